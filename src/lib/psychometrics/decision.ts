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
}

/** One exercise: within one SEM of the threshold (strictly) is uncertain. */
export function exerciseOutcome(r: ExerciseResult): ExerciseOutcome {
	if (r.raw === null) return 'missing';
	const zone = r.sem ?? 0;
	if (Math.abs(r.raw - r.threshold) < zone) return 'uncertain';
	return r.raw >= r.threshold ? 'met' : 'not-met';
}

/** The worst of several statuses: non admis over incertain over admis. */
function worst(statuses: CandidateStatus[]): CandidateStatus {
	if (statuses.includes('non-admis')) return 'non-admis';
	if (statuses.includes('incertain')) return 'incertain';
	return 'admis';
}

const statusOf = (outcome: ExerciseOutcome): CandidateStatus =>
	outcome === 'met' ? 'admis' : outcome === 'uncertain' ? 'incertain' : 'non-admis';

export interface Decision {
	status: CandidateStatus;
	outcomes: ExerciseOutcome[];
	/** With the mean rule: the mean of the scores, each out of 100, and its SEM. */
	mean?: { value: number; sem: number } | null;
}

/**
 * The battery rule applied to one candidate. `all`: every threshold must be met. `eliminatory-and-mean`:
 * every eliminatory threshold must be met, and the mean of the scores (each out of 100) must
 * reach `minMean`; that mean's uncertainty is the SEM of a mean of independent measures,
 * √(Σ SEMᵢ²) / k on the same 0–100 scale. A missing score fails the candidate (they did not
 * show the ability), whatever the rule.
 */
export function decide(results: readonly ExerciseResult[], rule: BatteryRule): Decision {
	const outcomes = results.map(exerciseOutcome);
	if (rule.kind === 'all') return { status: worst(outcomes.map(statusOf)), outcomes };

	const eliminatory = outcomes.filter((_, i) => results[i]!.eliminatory).map(statusOf);
	if (outcomes.includes('missing') || results.length === 0)
		return { status: 'non-admis', outcomes, mean: null };
	const k = results.length;
	const value = results.reduce((sum, r) => sum + (100 * r.raw!) / r.max, 0) / k;
	const sem =
		Math.sqrt(results.reduce((sum, r) => sum + ((100 * (r.sem ?? 0)) / r.max) ** 2, 0)) / k;
	const meanStatus: CandidateStatus =
		Math.abs(value - rule.minMean) < sem
			? 'incertain'
			: value >= rule.minMean
				? 'admis'
				: 'non-admis';
	return { status: worst([...eliminatory, meanStatus]), outcomes, mean: { value, sem } };
}
