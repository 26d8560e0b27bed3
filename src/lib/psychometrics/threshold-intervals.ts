/**
 * Bootstrap 95 % intervals of the suggested thresholds: each method is recomputed on resamples
 * of the employees (score and supervisor's rating drawn together), so that the adviser sees how
 * far the suggestion would move had other employees taken the exercises.
 */
import { bootstrapInterval, type BootstrapInterval, type BootstrapOptions } from './bootstrap';
import {
	contrastingGroupsThreshold,
	type SupervisorRating,
	type ThresholdMethod
} from './thresholds';

/**
 * The p-th percentile (type 7, as `percentile`) of a resample of ascending `sorted` values,
 * `counts[i]` holding how many times `sorted[i]` was drawn. One pass, no sort.
 */
export function resampledPercentile(
	sorted: ArrayLike<number>,
	counts: Uint32Array,
	p: number
): number | null {
	let n = 0;
	for (let i = 0; i < counts.length; i++) n += counts[i]!;
	if (n === 0) return null;
	const h = ((n - 1) * p) / 100;
	const lo = Math.floor(h);
	let below: number | null = null;
	let cumulative = 0;
	for (let i = 0; i < counts.length; i++) {
		cumulative += counts[i]!;
		if (below === null && cumulative > lo) below = sorted[i]!;
		if (cumulative > lo + 1 || (cumulative === n && cumulative > lo)) {
			const above = lo + 1 < n ? sorted[i]! : below!;
			return below! + (h - lo) * (above - below!);
		}
	}
	return below;
}

/** Mean − k·SD (SD with n − 1) of a resample; `null` below 2 draws. */
export function resampledMeanMinusSd(
	values: ArrayLike<number>,
	counts: Uint32Array,
	k: number
): number | null {
	let n = 0;
	let total = 0;
	for (let i = 0; i < counts.length; i++) {
		n += counts[i]!;
		total += counts[i]! * values[i]!;
	}
	if (n < 2) return null;
	const m = total / n;
	let squares = 0;
	for (let i = 0; i < counts.length; i++) squares += counts[i]! * (values[i]! - m) ** 2;
	return m - k * Math.sqrt(squares / (n - 1));
}

export interface ThresholdIntervalOptions extends BootstrapOptions {
	/** As in `suggestThresholds`: the percentile (20) and k of mean − k·SD (1). */
	percentile?: number;
	k?: number;
	/** The score's maximum: replicates are kept within [0, max] as suggestions are. */
	max?: number;
}

/**
 * A bootstrap interval for each method `suggestThresholds` applies (the same order of methods;
 * `null` where the method gives too few values on resamples). All methods share the same
 * resamples (same seed), so their intervals can be compared.
 */
export function thresholdIntervals(
	totals: readonly number[],
	ratings: readonly (SupervisorRating | null)[] | undefined,
	{ percentile: p = 20, k = 1, max, ...options }: ThresholdIntervalOptions = {}
): Partial<Record<ThresholdMethod, BootstrapInterval | null>> {
	const order = totals.map((_, i) => i).sort((a, b) => totals[a]! - totals[b]!);
	const sorted = Float64Array.from(order, (i) => totals[i]!);
	const rated = order.map((i) => ratings?.[i] ?? null);
	const clamp = (x: number | null) =>
		x === null ? null : Math.min(max ?? Infinity, Math.max(max === undefined ? -Infinity : 0, x));
	const interval = (statistic: (counts: Uint32Array) => number | null) =>
		bootstrapInterval(sorted.length, (counts) => clamp(statistic(counts)), options);

	const result: Partial<Record<ThresholdMethod, BootstrapInterval | null>> = {
		percentile: interval((counts) => resampledPercentile(sorted, counts, p)),
		'mean-minus-sd': interval((counts) => resampledMeanMinusSd(sorted, counts, k))
	};
	if (!rated.some((r) => r !== null)) return result;

	result['contrasting-groups'] = interval((counts) => {
		const x: number[] = [];
		const y: SupervisorRating[] = [];
		for (let i = 0; i < counts.length; i++) {
			const rating = rated[i];
			if (rating === null) continue;
			for (let c = 0; c < counts[i]!; c++) {
				x.push(sorted[i]!);
				y.push(rating!);
			}
		}
		return contrastingGroupsThreshold(x, y);
	});
	result['lowest-confirmed'] = interval((counts) => {
		// Ascending order: the first confirmé drawn is the lowest.
		for (let i = 0; i < counts.length; i++) {
			if (counts[i]! > 0 && rated[i] === 'confirme') return sorted[i]!;
		}
		return null;
	});
	return result;
}
