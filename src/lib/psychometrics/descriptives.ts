/**
 * Descriptive statistics of a list of scores, and of two paired lists (covariance, correlation).
 *
 * Conventions for the whole module: inputs are finite numbers (validated at the boundary, see
 * `validateMatrix`); a statistic that is undefined for the sample (the mean of nothing, the SD
 * of one value, a correlation with a constant) is `null`, never `NaN`, so that results can go to
 * JSON and the type checker makes callers decide what to show instead.
 */
import { normalQuantile } from './normal';

export function sum(values: readonly number[]): number {
	let s = 0;
	for (const v of values) s += v;
	return s;
}

/** Arithmetic mean; `null` for an empty list. */
export function mean(values: readonly number[]): number | null {
	return values.length ? sum(values) / values.length : null;
}

/**
 * Sample variance (divisor n − 1); `null` below 2 values. Two passes (mean, then squared
 * deviations) with the correction term of Chan, Golub & LeVeque, which cancels most of the
 * rounding error of the first pass; never the one-pass Σx² − (Σx)²/n, which loses all precision
 * when scores are large compared to their spread (e.g. response times in milliseconds).
 */
export function variance(values: readonly number[]): number | null {
	const n = values.length;
	if (n < 2) return null;
	if (isConstant(values)) return 0;
	const m = sum(values) / n;
	let squares = 0;
	let deviations = 0;
	for (const v of values) {
		const d = v - m;
		squares += d * d;
		deviations += d;
	}
	return Math.max(0, (squares - (deviations * deviations) / n) / (n - 1));
}

/** Sample standard deviation (divisor n − 1); `null` below 2 values. */
export function sd(values: readonly number[]): number | null {
	const v = variance(values);
	return v === null ? null : Math.sqrt(v);
}

const RELATIVE_EPSILON = 64 * Number.EPSILON;

/** Whether values from `min` to `max` differ by no more than the rounding of sums. */
const negligibleSpread = (min: number, max: number) =>
	!(max - min > RELATIVE_EPSILON * Math.max(Math.abs(min), Math.abs(max)));

/**
 * Whether every value is the same, up to the rounding of sums: totals that are equal on paper
 * may differ in their last bits when added in a different order, and must not produce an
 * enormous α or a correlation out of rounding noise. The tolerance, 64 units in the last
 * place of the largest value, is far above the error of summing 40 items and far below any real
 * difference between scores.
 */
export function isConstant(values: readonly number[]): boolean {
	let min = Infinity;
	let max = -Infinity;
	for (const v of values) {
		if (v < min) min = v;
		if (v > max) max = v;
	}
	return negligibleSpread(min, max);
}

/** Means, sample variances and covariance of two paired lists (see `pairedMoments`). */
export interface PairedMoments {
	n: number;
	meanX: number;
	meanY: number;
	/** 0 when the list is constant (`isConstant`). */
	varianceX: number;
	varianceY: number;
	/** 0 when either list is constant. */
	covariance: number;
}

/**
 * Means, sample variances (n − 1) and covariance of two lists of the same length, at least 2
 * long, in two passes with the same correction as `variance`. Item analysis calls it once per
 * item instead of computing each moment on its own.
 */
export function pairedMoments(x: readonly number[], y: readonly number[]): PairedMoments {
	sameLength(x, y);
	const n = x.length;
	if (n < 2) throw new RangeError(`paired moments need at least 2 pairs, got ${n}`);
	let sx = 0;
	let sy = 0;
	let minX = Infinity;
	let maxX = -Infinity;
	let minY = Infinity;
	let maxY = -Infinity;
	for (let i = 0; i < n; i++) {
		const a = x[i]!;
		const b = y[i]!;
		sx += a;
		sy += b;
		if (a < minX) minX = a;
		if (a > maxX) maxX = a;
		if (b < minY) minY = b;
		if (b > maxY) maxY = b;
	}
	const meanX = sx / n;
	const meanY = sy / n;
	let xx = 0;
	let yy = 0;
	let xy = 0;
	let dxSum = 0;
	let dySum = 0;
	for (let i = 0; i < n; i++) {
		const dx = x[i]! - meanX;
		const dy = y[i]! - meanY;
		xx += dx * dx;
		yy += dy * dy;
		xy += dx * dy;
		dxSum += dx;
		dySum += dy;
	}
	const constantX = negligibleSpread(minX, maxX);
	const constantY = negligibleSpread(minY, maxY);
	return {
		n,
		meanX,
		meanY,
		varianceX: constantX ? 0 : Math.max(0, (xx - (dxSum * dxSum) / n) / (n - 1)),
		varianceY: constantY ? 0 : Math.max(0, (yy - (dySum * dySum) / n) / (n - 1)),
		covariance: constantX || constantY ? 0 : (xy - (dxSum * dySum) / n) / (n - 1)
	};
}

/** The correlation from paired moments; `null` when either list is constant. */
export function correlationOf({ varianceX, varianceY, covariance }: PairedMoments): number | null {
	if (varianceX === 0 || varianceY === 0) return null;
	return Math.max(-1, Math.min(1, covariance / Math.sqrt(varianceX * varianceY)));
}

/**
 * Pearson correlation of two lists of the same length; `null` below 2 pairs or when either
 * list is constant (the correlation is then undefined, not 0).
 */
export function correlation(x: readonly number[], y: readonly number[]): number | null {
	sameLength(x, y);
	return x.length < 2 ? null : correlationOf(pairedMoments(x, y));
}

function sameLength(x: readonly number[], y: readonly number[]): void {
	if (x.length !== y.length) {
		throw new RangeError(`paired lists differ in length (${x.length} and ${y.length})`);
	}
}

export const sortAscending = (values: readonly number[]): number[] =>
	[...values].sort((a, b) => a - b);

/**
 * The p-th percentile (p from 0 to 100) of an ascending list, by linear interpolation between
 * order statistics: h = (n − 1)·p/100, then x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎) (0-based).
 * This is Hyndman & Fan's type 7, the default of R, NumPy and spreadsheets, and Python's
 * `statistics.quantiles(method='inclusive')`. `null` for an empty list.
 */
export function percentileOfSorted(sorted: readonly number[], p: number): number | null {
	if (!(p >= 0 && p <= 100)) throw new RangeError(`a percentile needs 0 ≤ p ≤ 100, got ${p}`);
	const n = sorted.length;
	if (n === 0) return null;
	const h = ((n - 1) * p) / 100;
	const lo = Math.floor(h);
	const below = sorted[lo]!;
	return lo + 1 < n ? below + (h - lo) * (sorted[lo + 1]! - below) : below;
}

/** The p-th percentile (0 to 100, type 7, see `percentileOfSorted`); `null` for no values. */
export function percentile(values: readonly number[], p: number): number | null {
	return percentileOfSorted(sortAscending(values), p);
}

export const median = (values: readonly number[]): number | null => percentile(values, 50);

/** Index of the first element of `sorted` that is ≥ x (or > x when `strict`). */
function bound(sorted: readonly number[], x: number, strict: boolean): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! < x || (strict && sorted[mid] === x)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Percentile rank of `x` in an ascending reference list, as a proportion from 0 to 1:
 * (number of values below x + ½ number equal to x) / n. `null` for an empty list.
 */
export function percentileRankInSorted(sorted: readonly number[], x: number): number | null {
	if (sorted.length === 0) return null;
	const below = bound(sorted, x, false);
	const equal = bound(sorted, x, true) - below;
	return (below + equal / 2) / sorted.length;
}

/** Percentile rank of `x` among `reference` (proportion 0–1, see `percentileRankInSorted`). */
export function percentileRank(reference: readonly number[], x: number): number | null {
	return percentileRankInSorted(sortAscending(reference), x);
}

/** (x − mean) / SD for each value; `null` below 2 values or when every value is the same. */
export function zScores(values: readonly number[]): number[] | null {
	const m = mean(values);
	const s = sd(values);
	if (m === null || s === null || s === 0) return null;
	return values.map((v) => (v - m) / s);
}

/**
 * Normalised stanine (1 to 9) of `x` against an ascending reference list: its percentile rank
 * turned into a normal score z = Φ⁻¹(rank), then round(2z + 5) kept within 1–9. This gives the
 * classic bands of 4, 7, 12, 17, 20, 17, 12, 7 and 4 % whatever the shape of the distribution,
 * which suits calibration groups whose scores are often skewed by easy exercises. A score below
 * (above) every reference score is stanine 1 (9). `null` for an empty reference.
 */
export function stanineInSorted(sorted: readonly number[], x: number): number | null {
	const rank = percentileRankInSorted(sorted, x);
	if (rank === null) return null;
	if (rank <= 0) return 1;
	if (rank >= 1) return 9;
	return Math.min(9, Math.max(1, Math.round(2 * normalQuantile(rank) + 5)));
}

/** The normalised stanine of each value within its own group (see `stanineInSorted`). */
export function stanines(values: readonly number[]): number[] {
	const sorted = sortAscending(values);
	return values.map((v) => stanineInSorted(sorted, v)!);
}

/** What the adviser sees of a distribution of scores. */
export interface Descriptives {
	n: number;
	mean: number | null;
	sd: number | null;
	median: number | null;
	min: number | null;
	max: number | null;
	p10: number | null;
	p25: number | null;
	p75: number | null;
	p90: number | null;
}

/** n, mean, SD, median, extremes and the usual percentiles, sorting once. */
export function summarize(values: readonly number[]): Descriptives {
	const sorted = sortAscending(values);
	const at = (p: number) => percentileOfSorted(sorted, p);
	return {
		n: values.length,
		mean: mean(values),
		sd: sd(values),
		median: at(50),
		min: sorted[0] ?? null,
		max: sorted.at(-1) ?? null,
		p10: at(10),
		p25: at(25),
		p75: at(75),
		p90: at(90)
	};
}
