/**
 * Everything the adviser sees about one exercise after calibration, computed in one call: the
 * distribution of the employees' totals, reliability, the standard error of measurement, the
 * item analysis when the exercise is scored by items, and warnings.
 */
import { summarize, type Descriptives } from './descriptives';
import type { ScoreMatrix } from './matrix';
import { pairwiseItemReliability, sparseSplitHalf, type SparseScoreMatrix } from './missing';
import {
	interpretReliability,
	itemReliability,
	splitHalfOfSequences,
	standardErrorOfMeasurement,
	trialSplitHalf,
	type ItemStats,
	type ReliabilityEstimate,
	type SplitHalf
} from './reliability';

/**
 * Below this many employees, norms and thresholds are shaky: the adviser is warned
 * ("étalonnage fragile"). A company often has only a handful of people in the job.
 */
export const SMALL_CALIBRATION = 8;
/** Below this reliability, the adviser is warned that the exercise measures unevenly. */
export const LOW_RELIABILITY = 0.6;

/**
 * `reliability-not-interpretable`: the coefficient is undefined or negative (no SEM, no
 * uncertainty zone); it replaces `low-reliability`, which is for a usable but low value.
 */
export type CalibrationWarning =
	'small-n' | 'low-reliability' | 'reliability-not-interpretable' | 'constant-items';

interface CommonStats {
	n: number;
	/** Each person's total, in row order (for the histogram). */
	totals: number[];
	total: Descriptives;
	/** The reliability the SEM is computed from, how it was estimated, and whether it can be used. */
	reliability: ReliabilityEstimate;
	/** `null` when the reliability is not interpretable. */
	sem: number | null;
	warnings: CalibrationWarning[];
}

export interface ItemCalibrationStats extends CommonStats {
	alpha: number;
	splitHalf: SplitHalf;
	items: ItemStats[];
	/** Items on which every employee has the same score (no discrimination, warned). */
	constantItems: string[];
}

export interface TrialCalibrationStats extends CommonStats {
	splitHalf: SplitHalf;
}

function warningsFor(n: number, reliability: ReliabilityEstimate, constantItems = 0) {
	const warnings: CalibrationWarning[] = [];
	if (n < SMALL_CALIBRATION) warnings.push('small-n');
	if (!reliability.interpretable) warnings.push('reliability-not-interpretable');
	else if (reliability.value! < LOW_RELIABILITY) warnings.push('low-reliability');
	if (constantItems > 0) warnings.push('constant-items');
	return warnings;
}

/**
 * Calibration statistics of an exercise scored by items. Reliability is Cronbach's α; the
 * odd–even split-half is given beside it. Throws a `PsychometricsError` when the matrix is
 * invalid or every total is the same; items that do not vary are kept in α and listed in
 * `constantItems` (their item–total correlation is `null`).
 */
export function calibrationStats(
	matrix: ScoreMatrix,
	itemMax: number | readonly number[] = 1
): ItemCalibrationStats {
	const { totals, alpha, items, constantItems } = itemReliability(matrix, itemMax);
	const total = summarize(totals);
	const reliability = interpretReliability('alpha', alpha);
	return {
		n: totals.length,
		totals,
		total,
		reliability,
		sem: reliability.interpretable ? standardErrorOfMeasurement(total.sd, alpha) : null,
		warnings: warningsFor(totals.length, reliability, constantItems.length),
		alpha,
		splitHalf: splitHalfOfSequences(matrix.rows),
		items,
		constantItems
	};
}

/**
 * Calibration statistics of an exercise scored from timed trials: `totals` are the persons'
 * scores, `trials` their trial scores in presentation order (same persons, same order).
 * Reliability is the odd–even split-half of the trials with the Spearman–Brown correction.
 */
export function trialCalibrationStats(
	totals: readonly number[],
	trials: readonly (readonly number[])[]
): TrialCalibrationStats {
	if (trials.length !== totals.length) {
		throw new RangeError(`${trials.length} trial lists for ${totals.length} totals`);
	}
	const splitHalf = trialSplitHalf(trials);
	const total = summarize(totals);
	// A negative half–half correlation makes Spearman–Brown meaningless (r = −0.9 gives −18):
	// the estimate is judged on the raw correlation, not on its "correction".
	const reliability = interpretReliability(
		'split-half',
		splitHalf.oddEven !== null && splitHalf.oddEven < 0
			? splitHalf.oddEven
			: splitHalf.spearmanBrown
	);
	return {
		n: totals.length,
		totals: [...totals],
		total,
		reliability,
		sem: reliability.interpretable ? standardErrorOfMeasurement(total.sd, reliability.value) : null,
		warnings: warningsFor(totals.length, reliability),
		splitHalf
	};
}

/**
 * Calibration statistics of an exercise scored by items when some cells are missing (items not
 * reached before the time ran out, content a person's form did not hold): α and the item
 * analysis from pairwise covariances (see `missing.ts`), the split-half over the cells present.
 * `totals` are the persons' scores as scored (what was not reached counts 0 there).
 */
export function sparseCalibrationStats(
	matrix: SparseScoreMatrix,
	totals: readonly number[],
	itemMax: number | readonly number[] = 1
): ItemCalibrationStats & { missing: number } {
	if (matrix.rows.length !== totals.length) {
		throw new RangeError(`${matrix.rows.length} rows for ${totals.length} totals`);
	}
	const { alpha, items, constantItems, missing } = pairwiseItemReliability(matrix, itemMax);
	const total = summarize(totals);
	const reliability = interpretReliability('alpha', alpha);
	return {
		n: totals.length,
		totals: [...totals],
		total,
		reliability,
		sem: reliability.interpretable ? standardErrorOfMeasurement(total.sd, alpha) : null,
		warnings: warningsFor(totals.length, reliability, constantItems.length),
		alpha,
		splitHalf: sparseSplitHalf(matrix),
		items,
		constantItems,
		missing
	};
}
