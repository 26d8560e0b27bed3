/**
 * Reliability and item analysis: Cronbach's α, α if an item is deleted, corrected item–total
 * correlations, item difficulty, odd–even split-half with the Spearman–Brown correction, and the
 * standard error of measurement.
 */
import { correlation, correlationOf, pairedMoments, sum, variance } from './descriptives';
import {
	itemColumns,
	PsychometricsError,
	rowTotals,
	validateMatrix,
	type ScoreMatrix
} from './matrix';

/** Odd–even split-half reliability: the raw correlation of the halves and its correction. */
export interface SplitHalf {
	/** Correlation of the odd half with the even half; `null` if either half is constant. */
	oddEven: number | null;
	/** The same, corrected to the full length: 2r / (1 + r). */
	spearmanBrown: number | null;
}

export interface ItemStats {
	item: string;
	mean: number;
	sd: number;
	/** Item mean / item maximum: the share of the points obtained (0 = nobody, 1 = everybody). */
	difficulty: number;
	/**
	 * Correlation of the item with the total of the other items (the item's discrimination);
	 * `null` when the item or that total is constant.
	 */
	itemTotalCorrected: number | null;
	/** α of the other items; `null` with only one other item or when their total is constant. */
	alphaIfDeleted: number | null;
}

export interface ItemReliability {
	/** Each person's total, in row order. */
	totals: number[];
	alpha: number;
	items: ItemStats[];
	/** Items on which every person has the same score: they tell nobody apart. */
	constantItems: string[];
}

/** α = k/(k − 1) · (1 − Σ item variances / variance of the totals); `null` if undefined. */
function alphaOf(k: number, itemVariances: number, totalVariance: number): number | null {
	if (k < 2 || !(totalVariance > 0)) return null;
	return (k / (k - 1)) * (1 - itemVariances / totalVariance);
}

function maximumOf(itemMax: number | readonly number[], index: number, item: string): number {
	const max = typeof itemMax === 'number' ? itemMax : itemMax[index];
	if (max === undefined || !(Number.isFinite(max) && max > 0)) {
		throw new PsychometricsError(
			'bad-item-max',
			`item "${item}" needs a positive maximum score, got ${max}`,
			{ item }
		);
	}
	return max;
}

/**
 * Cronbach's α and the analysis of each item, in one pass over the columns. `itemMax` is the
 * maximum score of every item, or of each item in column order. Throws a `PsychometricsError`
 * on an invalid matrix or when the totals are all equal (α is then undefined).
 */
export function itemReliability(
	matrix: ScoreMatrix,
	itemMax: number | readonly number[] = 1
): ItemReliability {
	validateMatrix(matrix);
	const k = matrix.items.length;
	if (typeof itemMax !== 'number' && itemMax.length !== k) {
		throw new PsychometricsError('bad-item-max', `${itemMax.length} item maxima for ${k} items`);
	}
	const columns = itemColumns(matrix);
	const totals = rowTotals(matrix);
	// One pass per item gives its variance, the variance of the rest and their covariance.
	const moments = columns.map((column) =>
		pairedMoments(
			column,
			totals.map((t, i) => t - column[i]!)
		)
	);
	const sumOfVariances = sum(moments.map((m) => m.varianceX));
	const alpha = alphaOf(k, sumOfVariances, variance(totals)!);
	if (alpha === null) {
		throw new PsychometricsError(
			'zero-variance-total',
			'every person has the same total: α is undefined'
		);
	}
	const items = moments.map((m, j): ItemStats => {
		const item = matrix.items[j]!;
		return {
			item,
			mean: m.meanX,
			sd: Math.sqrt(m.varianceX),
			difficulty: m.meanX / maximumOf(itemMax, j, item),
			itemTotalCorrected: correlationOf(m),
			alphaIfDeleted: alphaOf(k - 1, sumOfVariances - m.varianceX, m.varianceY)
		};
	});
	const constantItems = items.filter((i) => i.sd === 0).map((i) => i.item);
	return { totals, alpha, items, constantItems };
}

/** Cronbach's α of a persons × items matrix (see `itemReliability` for the errors). */
export function cronbachAlpha(matrix: ScoreMatrix): number {
	return itemReliability(matrix).alpha;
}

/** Spearman–Brown: the reliability of a test `factor` times as long, 2r / (1 + r) by default. */
export function spearmanBrown(r: number | null, factor = 2): number | null {
	if (r === null) return null;
	const denominator = 1 + (factor - 1) * r;
	return denominator > 0 ? (factor * r) / denominator : null;
}

/**
 * Odd–even split-half of sequences of scores, one sequence per person in presentation order:
 * each person's mean over the odd-numbered entries (1st, 3rd, …) against their mean over the
 * even-numbered ones, correlated across persons, then corrected by Spearman–Brown. Means rather
 * than sums, so that persons who reached different numbers of trials stay comparable; for a
 * matrix, where everybody has the same items, it is the same correlation as with sums.
 */
export function splitHalfOfSequences(sequences: readonly (readonly number[])[]): SplitHalf {
	if (sequences.length < 2) {
		throw new PsychometricsError(
			'too-few-persons',
			`${sequences.length} person${sequences.length === 1 ? '' : 's'}: at least 2 are needed`
		);
	}
	const odd: number[] = [];
	const even: number[] = [];
	sequences.forEach((sequence, row) => {
		if (sequence.length < 2) {
			throw new PsychometricsError(
				'too-few-items',
				`person ${row + 1} has ${sequence.length} score${sequence.length === 1 ? '' : 's'}: a split-half needs at least 2`,
				{ row }
			);
		}
		let oddSum = 0;
		let evenSum = 0;
		for (let i = 0; i < sequence.length; i++) {
			if (i % 2 === 0) oddSum += sequence[i]!;
			else evenSum += sequence[i]!;
		}
		odd.push(oddSum / Math.ceil(sequence.length / 2));
		even.push(evenSum / Math.floor(sequence.length / 2));
	});
	const r = correlation(odd, even);
	return { oddEven: r, spearmanBrown: spearmanBrown(r) };
}

/** Odd-numbered items against even-numbered items, in column order (see `splitHalfOfSequences`). */
export function oddEvenSplitHalf(matrix: ScoreMatrix): SplitHalf {
	validateMatrix(matrix);
	return splitHalfOfSequences(matrix.rows);
}

/**
 * Split-half reliability of an exercise scored from timed trials rather than items: `trials`
 * holds each person's trial scores (e.g. 1 for a hit, 0 for a miss, or response times) in the
 * order they were presented; persons may have reached different numbers of trials.
 */
export function trialSplitHalf(trials: readonly (readonly number[])[]): SplitHalf {
	for (const [row, sequence] of trials.entries()) {
		const at = sequence.findIndex((v) => !Number.isFinite(v));
		if (at >= 0) {
			throw new PsychometricsError(
				'not-a-number',
				`person ${row + 1}, trial ${at + 1}: ${sequence[at]} is not a finite number`,
				{ row }
			);
		}
	}
	return splitHalfOfSequences(trials);
}

/** Why a reliability coefficient cannot be used: it is undefined, or negative (see `interpretReliability`). */
export type ReliabilityWarning = 'undefined' | 'negative';

/** A reliability coefficient and whether it can be used as one. */
export interface ReliabilityEstimate {
	method: 'alpha' | 'split-half';
	/** The coefficient as computed (kept for the record even when it is not interpretable). */
	value: number | null;
	/**
	 * `false` when the coefficient is undefined or negative: a reliability is a share of true
	 * variance, between 0 and 1; a negative α or split-half says the items (or halves) pull
	 * against each other, not that the measure is "less than unreliable". No SEM is then given.
	 */
	interpretable: boolean;
	warning: ReliabilityWarning | null;
}

/** Labels a coefficient interpretable (0 ≤ value ≤ 1) or not, with the reason. */
export function interpretReliability(
	method: ReliabilityEstimate['method'],
	value: number | null
): ReliabilityEstimate {
	const warning: ReliabilityWarning | null =
		value === null ? 'undefined' : value < 0 ? 'negative' : null;
	return { method, value, interpretable: warning === null, warning };
}

/**
 * Standard error of measurement: SD of the totals × √(1 − reliability). A person's observed
 * score lies within one SEM of their true score about two times out of three. `null` when the
 * reliability is undefined or negative: √(1 − r) would then exceed 1 and give an "error"
 * larger than the spread of the scores themselves, which means nothing.
 */
export function standardErrorOfMeasurement(
	sdTotal: number | null,
	reliability: number | null
): number | null {
	if (sdTotal === null || reliability === null || reliability < 0) return null;
	return sdTotal * Math.sqrt(Math.max(0, 1 - reliability));
}
