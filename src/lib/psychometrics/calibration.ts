/**
 * Everything the adviser sees about one exercise after calibration, computed in one call: the
 * distribution of the employees' totals, reliability, the standard error of measurement, the
 * item analysis when the exercise is scored by items, and warnings.
 */
import { summarize, type Descriptives } from './descriptives';
import type { ScoreMatrix } from './matrix';
import { pairwiseItemReliability, sparseSplitHalf, type SparseScoreMatrix } from './missing';
import {
	itemReliability,
	splitHalfOfSequences,
	standardErrorOfMeasurement,
	trialSplitHalf,
	type ItemStats,
	type SplitHalf
} from './reliability';

/**
 * Below this many employees, norms and thresholds are shaky: the adviser is warned
 * ("étalonnage fragile"). A company often has only a handful of people in the job.
 */
export const SMALL_CALIBRATION = 8;
/** Below this reliability, the adviser is warned that the exercise measures unevenly. */
export const LOW_RELIABILITY = 0.6;

export type CalibrationWarning = 'small-n' | 'low-reliability' | 'constant-items';

interface CommonStats {
	n: number;
	/** Each person's total, in row order (for the histogram). */
	totals: number[];
	total: Descriptives;
	/** The reliability the SEM is computed from, and how it was estimated. */
	reliability: { method: 'alpha' | 'split-half'; value: number | null };
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

function warningsFor(n: number, reliability: number | null, constantItems = 0) {
	const warnings: CalibrationWarning[] = [];
	if (n < SMALL_CALIBRATION) warnings.push('small-n');
	if (reliability === null || reliability < LOW_RELIABILITY) warnings.push('low-reliability');
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
	return {
		n: totals.length,
		totals,
		total,
		reliability: { method: 'alpha', value: alpha },
		sem: standardErrorOfMeasurement(total.sd, alpha),
		warnings: warningsFor(totals.length, alpha, constantItems.length),
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
	return {
		n: totals.length,
		totals: [...totals],
		total,
		reliability: { method: 'split-half', value: splitHalf.spearmanBrown },
		sem: standardErrorOfMeasurement(total.sd, splitHalf.spearmanBrown),
		warnings: warningsFor(totals.length, splitHalf.spearmanBrown),
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
	return {
		n: totals.length,
		totals: [...totals],
		total,
		reliability: { method: 'alpha', value: alpha },
		sem: standardErrorOfMeasurement(total.sd, alpha),
		warnings: warningsFor(totals.length, alpha, constantItems.length),
		alpha,
		splitHalf: sparseSplitHalf(matrix),
		items,
		constantItems,
		missing
	};
}
