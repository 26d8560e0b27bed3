/**
 * The nonparametric bootstrap (Efron & Tibshirani 1993, ch. 6 and 13): how much a statistic of
 * the employees would move had other employees of the same company taken the exercises. Each
 * resample draws n employees with replacement; it is represented by how many times each one is
 * drawn (`counts`), so that a statistic on presorted data costs one pass, not a sort.
 */

/**
 * Resamples drawn for each interval: 1,000, the order Efron & Tibshirani (1993) recommend for
 * percentile intervals (25 values beyond each bound); 2,000 would double the cost (bench/README.md).
 */
export const BOOTSTRAP_RESAMPLES = 1000;
/** A fixed seed: the same data give the same interval on every reload of a page. */
export const BOOTSTRAP_SEED = 20261204;
/** Below this share of resamples with a value (a fit that fails), no interval is given. */
const MIN_VALID_SHARE = 0.5;

export interface BootstrapInterval {
	/** The bounds of the percentile interval (type 7 quantiles of the resamples' values). */
	low: number;
	high: number;
	/** 0.95 for a 95 % interval. */
	level: number;
	resamples: number;
	/** Resamples where the statistic had a value (the others are left out). */
	valid: number;
}

export interface BootstrapOptions {
	resamples?: number;
	seed?: number;
	level?: number;
}

/**
 * Draws resamples of n observations with replacement into `counts` (zeroed first), from the same
 * mulberry32 generator as `createRng(seed)`, written out here: the bootstrap draws a million
 * numbers per exercise, and the inlined generator takes a third of the time.
 */
export function resampler(seed: number): (counts: Uint32Array) => void {
	let state = seed >>> 0;
	return (counts) => {
		const n = counts.length;
		counts.fill(0);
		for (let i = 0; i < n; i++) {
			state = (state + 0x6d2b79f5) >>> 0;
			let x = Math.imul(state ^ (state >>> 15), state | 1);
			x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
			counts[Math.floor((((x ^ (x >>> 14)) >>> 0) / 4294967296) * n)]!++;
		}
	};
}

/** Type 7 quantile (q from 0 to 1) of values sorted in place. */
function quantileOfSorted(sorted: Float64Array, q: number): number {
	const h = (sorted.length - 1) * q;
	const lo = Math.floor(h);
	const below = sorted[lo]!;
	return lo + 1 < sorted.length ? below + (h - lo) * (sorted[lo + 1]! - below) : below;
}

export type ResampleStatistic = (counts: Uint32Array) => number | null;

/**
 * Percentile bootstrap intervals of several statistics of the same n observations, on the same
 * resamples: each statistic on each of `resamples` resamples (seeded), then the (1 − level)/2
 * and (1 + level)/2 quantiles of its values. A statistic reads `counts[i]`, how many times
 * observation i is in the resample, and returns `null` where it has no value (left out). A
 * statistic gets `null` when n < 2 or fewer than half the resamples gave it a value.
 */
export function bootstrapIntervals<K extends string>(
	n: number,
	statistics: Record<K, ResampleStatistic>,
	{ resamples = BOOTSTRAP_RESAMPLES, seed = BOOTSTRAP_SEED, level = 0.95 }: BootstrapOptions = {}
): Record<K, BootstrapInterval | null> {
	if (!(level > 0 && level < 1)) throw new RangeError(`a level needs 0 < level < 1, got ${level}`);
	const keys = Object.keys(statistics) as K[];
	const result = {} as Record<K, BootstrapInterval | null>;
	if (n < 2) {
		for (const key of keys) result[key] = null;
		return result;
	}
	const draw = resampler(seed);
	const counts = new Uint32Array(n);
	const functions = keys.map((key) => statistics[key]);
	const values = keys.map(() => new Float64Array(resamples));
	const valid = keys.map(() => 0);
	for (let b = 0; b < resamples; b++) {
		draw(counts);
		for (let j = 0; j < functions.length; j++) {
			const value = functions[j]!(counts);
			if (value !== null && Number.isFinite(value)) values[j]![valid[j]!++] = value;
		}
	}
	keys.forEach((key, j) => {
		if (valid[j]! < MIN_VALID_SHARE * resamples) {
			result[key] = null;
			return;
		}
		const sorted = values[j]!.subarray(0, valid[j]).sort();
		result[key] = {
			low: quantileOfSorted(sorted, (1 - level) / 2),
			high: quantileOfSorted(sorted, (1 + level) / 2),
			level,
			resamples,
			valid: valid[j]!
		};
	});
	return result;
}

/** The percentile bootstrap interval of one statistic (see `bootstrapIntervals`). */
export function bootstrapInterval(
	n: number,
	statistic: ResampleStatistic,
	options: BootstrapOptions = {}
): BootstrapInterval | null {
	return bootstrapIntervals(n, { statistic }, options).statistic;
}
