import { z } from 'zod';
import { habileteIdSchema } from './habiletes';
import { KIOSK_CODE_PATTERN, normaliseKioskCode } from './kiosk-code';

/** Staff roles. Candidates and calibrating employees never log in: they use a kiosk code. */
export const ROLES = ['admin', 'adviser', 'employer'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const LOCALES = ['fr', 'en'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

export const CONTRACT_TYPES = ['cdi', 'cdd', 'interim', 'alternance'] as const;
export const contractTypeSchema = z.enum(CONTRACT_TYPES);
export type ContractType = z.infer<typeof contractTypeSchema>;

/** draft → calibration (battery being calibrated) → open (candidate sessions) → closed. */
export const CAMPAIGN_STATUSES = ['draft', 'calibration', 'open', 'closed'] as const;
export const campaignStatusSchema = z.enum(CAMPAIGN_STATUSES);
export type CampaignStatus = z.infer<typeof campaignStatusSchema>;

/** A person takes a battery either as a candidate or as an employee calibrating it. */
export const ATTEMPT_KINDS = ['candidate', 'calibration'] as const;
export const attemptKindSchema = z.enum(ATTEMPT_KINDS);
export type AttemptKind = z.infer<typeof attemptKindSchema>;

/** A calibrating employee's supervisor may rate them; used by the contrasting-groups method. */
export const SUPERVISOR_RATINGS = ['confirme', 'en-progression'] as const;
export const supervisorRatingSchema = z.enum(SUPERVISOR_RATINGS);

/**
 * Accommodations are recorded as what is provided, never as why: there is no field for a
 * reason, a diagnosis or a disability.
 */
export const accommodationsSchema = z.object({
	/** Multiplies every timed part's duration (1 = standard time). */
	timeMultiplier: z.number().min(1).max(3).default(1),
	spokenInstructions: z.boolean().default(false),
	largeText: z.boolean().default(false),
	highContrast: z.boolean().default(false)
});
export type Accommodations = z.infer<typeof accommodationsSchema>;

/** How long a person's timed part lasts: the exercise's duration times their time multiplier. */
export function timedPartMs(durationSeconds: number, accommodations: Accommodations): number {
	return Math.round(durationSeconds * 1000 * accommodations.timeMultiplier);
}

/** The job-analysis note that says why the job needs one habileté. */
export const jobAnalysisItemSchema = z.object({
	habilete: habileteIdSchema,
	note: z.string().trim().min(1).max(2000)
});
export type JobAnalysisItem = z.infer<typeof jobAnalysisItemSchema>;

export { CODE_ALPHABET, KIOSK_CODE_LENGTH } from './kiosk-code';
export const kioskCodeSchema = z
	.string()
	.transform(normaliseKioskCode)
	.pipe(z.string().regex(KIOSK_CODE_PATTERN));
