/**
 * Bootstrap 95 % intervals of the suggested thresholds: each method is recomputed on resamples
 * of the employees (score and supervisor's rating drawn together), so that the adviser sees how
 * far the suggestion would move had other employees taken the exercises.
 */
import {
	bootstrapIntervals,
	type BootstrapInterval,
	type BootstrapOptions,
	type ResampleStatistic
} from './bootstrap';
import { fitGroupedFirth } from './grouped-logistic';
import { MIN_GROUP, type SupervisorRating, type ThresholdMethod } from './thresholds';

/**
 * The p-th percentile (type 7, as `percentile`) of a resample of ascending `sorted` values,
 * `counts[i]` holding how many times `sorted[i]` was drawn (n draws in all, n = `counts.length`,
 * as `resampler` makes them). One pass up to the percentile, no sort.
 */
export function resampledPercentile(
	sorted: ArrayLike<number>,
	counts: Uint32Array,
	p: number
): number {
	const n = counts.length;
	const h = ((n - 1) * p) / 100;
	const lo = Math.floor(h);
	let below = NaN;
	let cumulative = 0;
	for (let i = 0; i < n; i++) {
		cumulative += counts[i]!;
		if (Number.isNaN(below) && cumulative > lo) below = sorted[i]!;
		if (cumulative > lo + 1) return below + (h - lo) * (sorted[i]! - below);
	}
	// The percentile's upper neighbour is past the end (p = 100): the largest value drawn.
	return below;
}

/** Mean − k·SD (SD with n − 1) of a resample of n draws (n = `counts.length` ≥ 2), one pass. */
export function resampledMeanMinusSd(
	values: ArrayLike<number>,
	counts: Uint32Array,
	k: number
): number {
	const n = counts.length;
	let total = 0;
	let squares = 0;
	// No branch on zero counts: a third of them are, at random, which costs more than a product.
	for (let i = 0; i < n; i++) {
		const c = counts[i]!;
		const x = values[i]!;
		total += c * x;
		squares += c * x * x;
	}
	const m = total / n;
	return m - k * Math.sqrt(Math.max(0, (squares - n * m * m) / (n - 1)));
}

export interface ThresholdIntervalOptions extends BootstrapOptions {
	/** As in `suggestThresholds`: the percentile (20) and k of mean − k·SD (1). */
	percentile?: number;
	k?: number;
	/** The score's maximum: replicates are kept within [0, max] as suggestions are. */
	max?: number;
}

/**
 * The contrasting-groups crossing of a resample, from its counts: grouped by score level and
 * fitted by Firth's penalised likelihood from the whole sample's fit, as the suggestion is
 * (`contrastingGroupsThreshold`: `null` with fewer than 2 employees in a group, identical
 * scores, no convergence, or when a higher score does not make « confirmé » likelier; separated
 * groups give a value).
 */
export function contrastingGroupsOfResamples(
	sorted: Float64Array,
	rated: readonly (SupervisorRating | null)[]
): ResampleStatistic {
	const levels = [...new Set(sorted)];
	const levelOf = Array.from(sorted, (x) => levels.indexOf(x));
	// 1/0 flags, so that a resample is tallied without a branch per employee.
	const isRated = Uint8Array.from(rated, (r) => (r === null ? 0 : 1));
	const isConfirmed = Uint8Array.from(rated, (r) => (r === 'confirme' ? 1 : 0));
	const successes = new Float64Array(levels.length);
	const trials = new Float64Array(levels.length);
	/** Tallies a resample by level; returns the smaller group's size. */
	const tally = (counts: Uint32Array | null) => {
		successes.fill(0);
		trials.fill(0);
		let ratedDraws = 0;
		let confirmedDraws = 0;
		for (let i = 0; i < sorted.length; i++) {
			const c = counts ? counts[i]! : 1;
			const level = levelOf[i]!;
			const r = c * isRated[i]!;
			const s = c * isConfirmed[i]!;
			trials[level] = trials[level]! + r;
			successes[level] = successes[level]! + s;
			ratedDraws += r;
			confirmedDraws += s;
		}
		return Math.min(confirmedDraws, ratedDraws - confirmedDraws);
	};
	tally(null);
	const start = fitGroupedFirth(levels, successes, trials)?.start;
	return (counts) => {
		if (tally(counts) < MIN_GROUP) return null;
		const fit = fitGroupedFirth(levels, successes, trials, start);
		return fit && fit.slope > 0 ? fit.crossing : null;
	};
}

/**
 * A bootstrap interval for each method `suggestThresholds` applies (the same order of methods;
 * `null` where the method gives too few values on resamples). All methods are computed on the
 * same resamples (same seed), so their intervals can be compared.
 */
export function thresholdIntervals(
	totals: readonly number[],
	ratings: readonly (SupervisorRating | null)[] | undefined,
	{ percentile: p = 20, k = 1, max, ...options }: ThresholdIntervalOptions = {}
): Partial<Record<ThresholdMethod, BootstrapInterval | null>> {
	const order = totals.map((_, i) => i).sort((a, b) => totals[a]! - totals[b]!);
	const sorted = Float64Array.from(order, (i) => totals[i]!);
	const rated = order.map((i) => ratings?.[i] ?? null);
	const clamp =
		(statistic: ResampleStatistic): ResampleStatistic =>
		(counts) => {
			const x = statistic(counts);
			return x === null || max === undefined ? x : Math.min(max, Math.max(0, x));
		};
	const statistics: Partial<Record<ThresholdMethod, ResampleStatistic>> = {
		percentile: (counts) => resampledPercentile(sorted, counts, p),
		'mean-minus-sd': (counts) => resampledMeanMinusSd(sorted, counts, k)
	};
	if (rated.some((r) => r !== null)) {
		statistics['contrasting-groups'] = contrastingGroupsOfResamples(sorted, rated);
		const confirmed = Uint8Array.from(rated, (r) => (r === 'confirme' ? 1 : 0));
		statistics['lowest-confirmed'] = (counts) => {
			// Ascending order: the first confirmé drawn is the lowest.
			for (let i = 0; i < counts.length; i++) {
				if (counts[i]! * confirmed[i]! > 0) return sorted[i]!;
			}
			return null;
		};
	}
	const clamped = Object.fromEntries(
		Object.entries(statistics).map(([method, statistic]) => [method, clamp(statistic!)])
	) as Record<ThresholdMethod, ResampleStatistic>;
	return bootstrapIntervals(sorted.length, clamped, options);
}
