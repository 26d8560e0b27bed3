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
 * When a candidate passes the battery: every threshold reached (`all`), or every eliminatory
 * threshold reached and the mean of the scores, each out of 100, at least `minMean`.
 */
export const batteryRuleSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('all') }),
	z.object({ kind: z.literal('eliminatory-and-mean'), minMean: z.number().min(0).max(100) })
]);
export type BatteryRule = z.infer<typeof batteryRuleSchema>;
