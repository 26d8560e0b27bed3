import { z } from 'zod';

/**
 * How an adviser set a threshold: one of the calibration methods, or their own judgement (the
 * reason then says on what).
 */
export const THRESHOLD_METHODS = [
	'percentile',
	'mean-minus-sd',
	'contrasting-groups',
	'lowest-confirmed',
	'judgement'
] as const;
export const thresholdMethodSchema = z.enum(THRESHOLD_METHODS);
export type ThresholdMethodChoice = z.infer<typeof thresholdMethodSchema>;

/**
 * When a candidate passes the battery: every threshold reached (`all`); or every eliminatory
 * threshold reached and the battery score at least a minimum, the battery score being the mean
 * of the exercises' z-scores against the employees (`eliminatory-and-z-mean`, recommended: each
 * exercise counts by how far the candidate stands from the employees in that exercise's own
 * spread) or the mean of the scores each rescaled out of 100 (`eliminatory-and-mean`, kept for
 * the campaigns that chose it: there the exercises with the widest spread weigh most).
 */
export const batteryRuleSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('all') }),
	z.object({ kind: z.literal('eliminatory-and-mean'), minMean: z.number().min(0).max(100) }),
	z.object({ kind: z.literal('eliminatory-and-z-mean'), minZ: z.number().min(-3).max(3) })
]);
export type BatteryRule = z.infer<typeof batteryRuleSchema>;
