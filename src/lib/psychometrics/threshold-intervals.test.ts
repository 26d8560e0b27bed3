import { describe, expect, it } from 'vitest';
import { createRng } from '$lib/engine/random';
import { resampler } from './bootstrap';
import { percentile, sortAscending } from './descriptives';
import {
	contrastingGroupsOfResamples,
	resampledMeanMinusSd,
	resampledPercentile,
	thresholdIntervals
} from './threshold-intervals';
import {
	contrastingGroupsThreshold,
	meanMinusSdThreshold,
	percentileThreshold,
	suggestThresholds,
	type SupervisorRating
} from './thresholds';

const C: SupervisorRating = 'confirme';
const P: SupervisorRating = 'en-progression';

/** The resample written out, value by value. */
const expand = (sorted: readonly number[], counts: Uint32Array) =>
	sorted.flatMap((v, i) => Array.from({ length: counts[i]! }, () => v));

describe('statistics of a resample from its counts', () => {
	it('equal the type 7 percentile and mean − k·SD of the resample written out', () => {
		// `percentile` and `meanMinusSdThreshold` agree with NumPy (thresholds.test.ts).
		const rng = createRng(3);
		for (let trial = 0; trial < 200; trial++) {
			const n = rng.int(2, 30);
			const sorted = sortAscending(Array.from({ length: n }, () => rng.int(0, 20)));
			const counts = new Uint32Array(n);
			resampler(trial)(counts);
			const resample = expand(sorted, counts);
			for (const p of [0, 10, 20, 25, 50, 90, 100]) {
				expect(resampledPercentile(sorted, counts, p)).toBeCloseTo(percentile(resample, p)!, 12);
			}
			expect(resampledMeanMinusSd(sorted, counts, 1.5)).toBeCloseTo(
				meanMinusSdThreshold(resample, 1.5)!,
				10
			);
		}
	});
});

describe('the contrasting groups of a resample from its counts', () => {
	it('equal the suggestion (Firth) on the resample written out, refusals included', () => {
		const rng = createRng(5);
		let separated = 0;
		let refused = 0;
		for (let trial = 0; trial < 150; trial++) {
			const n = rng.int(6, 40);
			const sorted = sortAscending(Array.from({ length: n }, () => rng.int(0, 20)));
			// Some nearly separated (where only Firth has a value), a few unrated employees.
			const spread = trial % 3 === 0 ? 0.5 : 4;
			const rated = sorted.map((x) =>
				rng.chance(0.1) ? null : rng.chance(1 / (1 + Math.exp(-(x - 10) / spread))) ? C : P
			);
			const statistic = contrastingGroupsOfResamples(Float64Array.from(sorted), rated);
			const counts = new Uint32Array(n);
			resampler(trial)(counts);
			const x = expand(sorted, counts);
			const r = sorted.flatMap((_, i) =>
				Array<SupervisorRating | null>(counts[i]!).fill(rated[i]!)
			);
			const reference = contrastingGroupsThreshold(x, r);
			const value = statistic(counts);
			if (reference === null) {
				refused++;
				expect(value).toBeNull();
				continue;
			}
			const confirmed = x.filter((_, i) => r[i] === C);
			const progressing = x.filter((_, i) => r[i] === P);
			if (Math.max(...progressing) <= Math.min(...confirmed)) separated++;
			expect(Math.abs(value! - reference)).toBeLessThan(1e-7);
		}
		expect(separated).toBeGreaterThan(5);
		expect(refused).toBeGreaterThan(0);
	});
});

describe('bootstrap intervals of the suggested thresholds', () => {
	// 12 employees on a 20-point exercise, as in issue 16.
	const totals = [9, 15, 12, 17, 10, 14, 18, 11, 16, 13, 19, 14];
	const ratings = [P, C, P, C, P, C, C, C, C, P, C, null];

	it('contain each suggestion and are the same on every call', () => {
		const intervals = thresholdIntervals(totals, ratings, { max: 20 });
		const suggestions = suggestThresholds(totals, ratings);
		for (const s of suggestions) {
			const interval = intervals[s.method];
			if (s.value === null) continue;
			expect(interval, s.method).toBeTruthy();
			expect(interval!.low).toBeLessThanOrEqual(s.value);
			expect(interval!.high).toBeGreaterThanOrEqual(s.value);
		}
		expect(Object.keys(intervals)).toEqual(suggestions.map((s) => s.method));
		expect(thresholdIntervals(totals, ratings, { max: 20 })).toEqual(intervals);
	});

	it('shows how much a 20th percentile moves at n = 12', () => {
		const { percentile: interval } = thresholdIntervals(totals, undefined, { max: 20 });
		expect(percentileThreshold(totals)).toBeCloseTo(11.2, 12);
		// The resample's lowest values are 9 or 10 in most draws, 12 or 13 in few.
		expect(interval!.low).toBeGreaterThanOrEqual(9);
		expect(interval!.low).toBeLessThanOrEqual(10);
		expect(interval!.high).toBeGreaterThanOrEqual(12.5);
		expect(interval!.high).toBeLessThanOrEqual(14);
	});

	it('starts the lowest-confirmé interval at the lowest confirmé (by hand)', () => {
		// The lowest confirmé (11) is drawn in a resample with probability 1 − (11/12)¹² ≈ 0.65,
		// far more than 2.5 %: the interval's lower end is 11 itself. Without them, the next
		// lowest confirmé are 14 and 15: the upper end is at least 14.
		const { 'lowest-confirmed': interval } = thresholdIntervals(totals, ratings);
		expect(interval!.low).toBe(11);
		expect(interval!.high).toBeGreaterThanOrEqual(14);
		const withNine = [...ratings];
		withNine[0] = C;
		expect(thresholdIntervals(totals, withNine)['lowest-confirmed']!.low).toBe(9);
	});

	it('keeps the values within the scale, and has no rated methods without ratings', () => {
		// mean − 2·SD of 0, 0, 1, 9 is negative; suggestions are kept at 0 or more.
		const low = thresholdIntervals([0, 0, 1, 9], undefined, { k: 2, max: 10 });
		expect(low['mean-minus-sd']!.low).toBe(0);
		expect(
			Object.keys(
				thresholdIntervals(
					totals,
					totals.map(() => null)
				)
			)
		).toEqual(['percentile', 'mean-minus-sd']);
	});
});
