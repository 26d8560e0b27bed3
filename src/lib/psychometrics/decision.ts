/**
 * Whether a candidate passes the battery: each exercise's score against its threshold, with an
 * uncertainty zone of one standard error of measurement (SEM) around it, combined by the
 * battery's rule. Scores are compared as they are; the zone says where the measure cannot tell.
 */
import type { BatteryRule } from '$lib/domain/thresholds';

/** `met` above the zone, `uncertain` within one SEM of the threshold, `not-met` below, `missing` without a score. */
export type ExerciseOutcome = 'met' | 'uncertain' | 'not-met' | 'missing';
/** admis / zone d'incertitude / non admis. */
export type CandidateStatus = 'admis' | 'incertain' | 'non-admis';

export interface ExerciseResult {
	/** The candidate's score, or null when the exercise was not finished. */
	raw: number | null;
	max: number;
	threshold: number;
	eliminatory: boolean;
	/** Null or 0: no zone. */
	sem: number | null;
	/** The employees' mean and SD on this exercise, frozen with the thresholds (z-score rule). */
	norm?: { mean: number | null; sd: number | null } | null;
}

/**
 * Relative tolerance of every "at least" comparison. Scores and means are computed in binary
 * floating point: 41/60, 31/50 and 1/60 rescaled to 100 average to 43.99999999999999, not 44.
 * A candidate the page shows at 44 must not fail a minimum of 44 by one unit in the last place;
 * 1e-9 is far below any real difference between scores and far above rounding error.
 */
export const COMPARISON_TOLERANCE = 1e-9;

/** `value ≥ minimum`, up to the rounding of floating-point arithmetic (see `COMPARISON_TOLERANCE`). */
export const reaches = (value: number, minimum: number): boolean =>
	value >= minimum - COMPARISON_TOLERANCE * Math.max(1, Math.abs(minimum));

/** One exercise: within one SEM of the threshold (strictly) is uncertain. */
export function exerciseOutcome(r: ExerciseResult): ExerciseOutcome {
	if (r.raw === null) return 'missing';
	const zone = r.sem ?? 0;
	if (Math.abs(r.raw - r.threshold) < zone) return 'uncertain';
	return reaches(r.raw, r.threshold) ? 'met' : 'not-met';
}

/** The worst of several statuses: non admis over incertain over admis. */
function worst(statuses: CandidateStatus[]): CandidateStatus {
	if (statuses.includes('non-admis')) return 'non-admis';
	if (statuses.includes('incertain')) return 'incertain';
	return 'admis';
}

const statusOf = (outcome: ExerciseOutcome): CandidateStatus =>
	outcome === 'met' ? 'admis' : outcome === 'uncertain' ? 'incertain' : 'non-admis';

/** `percent`: each score out of 100; `z`: each score as a z-score against the employees. */
export type BatteryScale = 'percent' | 'z';

export interface Decision {
	status: CandidateStatus;
	outcomes: ExerciseOutcome[];
	/** With a mean rule: the battery score, its SEM and its scale; null when it cannot be computed. */
	mean?: { value: number; sem: number; scale: BatteryScale } | null;
}

/** Each exercise on the rule's scale: the score and its SEM; null when the scale is undefined. */
function onScale(r: ExerciseResult, scale: BatteryScale): { value: number; sem: number } | null {
	if (scale === 'percent') {
		return r.max > 0 ? { value: (100 * r.raw!) / r.max, sem: (100 * (r.sem ?? 0)) / r.max } : null;
	}
	const mean = r.norm?.mean;
	const sd = r.norm?.sd;
	if (mean == null || sd == null || !(sd > 0)) return null;
	return { value: (r.raw! - mean) / sd, sem: (r.sem ?? 0) / sd };
}

/**
 * The battery rule applied to one candidate. `all`: every threshold must be met. With a mean
 * rule, every eliminatory threshold must be met, and the battery score must reach the minimum:
 * `eliminatory-and-z-mean`, the mean of the z-scores (score − employees' mean) / employees' SD;
 * `eliminatory-and-mean`, the mean of the scores each out of 100. The battery score's uncertainty
 * is the SEM of a mean of independent measures, √(Σ SEMᵢ²) / k on the same scale. A missing
 * score fails the candidate (they did not show the ability), whatever the rule. Comparisons
 * allow for floating-point rounding (`reaches`).
 */
export function decide(results: readonly ExerciseResult[], rule: BatteryRule): Decision {
	const outcomes = results.map(exerciseOutcome);
	if (rule.kind === 'all') return { status: worst(outcomes.map(statusOf)), outcomes };

	const eliminatory = outcomes.filter((_, i) => results[i]!.eliminatory).map(statusOf);
	if (outcomes.includes('missing') || results.length === 0)
		return { status: 'non-admis', outcomes, mean: null };
	const scale: BatteryScale = rule.kind === 'eliminatory-and-z-mean' ? 'z' : 'percent';
	const minimum = rule.kind === 'eliminatory-and-z-mean' ? rule.minZ : rule.minMean;
	const scaled = results.map((r) => onScale(r, scale));
	// No norm to compare with (a battery frozen without the employees' SD): the adviser judges.
	if (scaled.some((x) => x === null))
		return { status: worst([...eliminatory, 'incertain']), outcomes, mean: null };
	const k = results.length;
	const value = scaled.reduce((sum, x) => sum + x!.value, 0) / k;
	const sem = Math.sqrt(scaled.reduce((sum, x) => sum + x!.sem ** 2, 0)) / k;
	const meanStatus: CandidateStatus =
		Math.abs(value - minimum) < sem ? 'incertain' : reaches(value, minimum) ? 'admis' : 'non-admis';
	return { status: worst([...eliminatory, meanStatus]), outcomes, mean: { value, sem, scale } };
}
