/**
 * The nonparametric bootstrap (Efron & Tibshirani 1993, ch. 6 and 13): how much a statistic of
 * the employees would move had other employees of the same company taken the exercises. Each
 * resample draws n employees with replacement; it is represented by how many times each one is
 * drawn (`counts`), so that a statistic on presorted data costs one pass, not a sort.
 */
import { createRng, type Rng } from '$lib/engine/random';

/** Resamples drawn for each interval: enough for the 2.5th and 97.5th percentiles (50 beyond each). */
export const BOOTSTRAP_RESAMPLES = 2000;
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

/** Draws one resample of n observations with replacement into `counts` (zeroed first). */
export function drawResample(rng: Rng, counts: Uint32Array): void {
	const n = counts.length;
	counts.fill(0);
	for (let i = 0; i < n; i++) counts[Math.floor(rng.next() * n)]!++;
}

/** Type 7 quantile (q from 0 to 1) of values sorted in place. */
function quantileOfSorted(sorted: Float64Array, q: number): number {
	const h = (sorted.length - 1) * q;
	const lo = Math.floor(h);
	const below = sorted[lo]!;
	return lo + 1 < sorted.length ? below + (h - lo) * (sorted[lo + 1]! - below) : below;
}

/**
 * Percentile bootstrap interval of a statistic of n observations: the statistic on each of
 * `resamples` resamples (seeded), then the (1 − level)/2 and (1 + level)/2 quantiles of those
 * values. `statistic` reads `counts[i]`, how many times observation i is in the resample, and
 * returns `null` where it has no value. `null` when n < 2 or too few resamples have a value.
 */
export function bootstrapInterval(
	n: number,
	statistic: (counts: Uint32Array) => number | null,
	{ resamples = BOOTSTRAP_RESAMPLES, seed = BOOTSTRAP_SEED, level = 0.95 }: BootstrapOptions = {}
): BootstrapInterval | null {
	if (!(level > 0 && level < 1)) throw new RangeError(`a level needs 0 < level < 1, got ${level}`);
	if (n < 2) return null;
	const rng = createRng(seed);
	const counts = new Uint32Array(n);
	const values = new Float64Array(resamples);
	let valid = 0;
	for (let b = 0; b < resamples; b++) {
		drawResample(rng, counts);
		const value = statistic(counts);
		if (value !== null && Number.isFinite(value)) values[valid++] = value;
	}
	if (valid < MIN_VALID_SHARE * resamples) return null;
	const sorted = values.subarray(0, valid).sort();
	return {
		low: quantileOfSorted(sorted, (1 - level) / 2),
		high: quantileOfSorted(sorted, (1 + level) / 2),
		level,
		resamples,
		valid
	};
}
