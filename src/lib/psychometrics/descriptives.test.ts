import { describe, expect, it } from 'vitest';
import {
	correlation,
	isConstant,
	mean,
	median,
	pairedMoments,
	percentile,
	percentileRank,
	sd,
	stanineInSorted,
	stanines,
	summarize,
	variance,
	zScores
} from './descriptives';

// By hand: sorted 2, 4, 4, 5. Mean 15/4 = 3.75; deviations −1.75, 0.25, 0.25, 1.25; squares
// 3.0625 + 0.0625 + 0.0625 + 1.5625 = 4.75; variance 4.75/3 = 1.58333…; SD √1.58333 = 1.25831.
const tiny = [5, 2, 4, 4];

// Cross-checked with Python 3.11 `statistics`: mean 9, stdev 3.567530340063379, median 8.5;
// quantiles(method='inclusive') (type 7): p10 5.2, p20 7.0, p25 7.0, p75 11.25, p90 13.8;
// NumPy 2.4 `np.percentile` (linear, type 7) agrees and gives p33 = 7.0.
const twelve = [12, 7, 3, 14, 9, 7, 10, 15, 5, 8, 11, 7];

describe('mean, variance and SD', () => {
	it('computes them by hand on a tiny sample', () => {
		expect(mean(tiny)).toBe(3.75);
		expect(variance(tiny)).toBeCloseTo(4.75 / 3, 12);
		expect(sd(tiny)).toBeCloseTo(1.2583057392117916, 12);
	});

	it('matches Python’s statistics module', () => {
		expect(mean(twelve)).toBe(9);
		expect(sd(twelve)).toBeCloseTo(3.567530340063379, 12);
	});

	it('stays exact when values are huge compared to their spread (two-pass variance)', () => {
		// By hand: deviations −6, −3, 3, 6 from the mean 10⁹ + 10 → (36 + 9 + 9 + 36) / 3 = 30.
		// The one-pass Σx² − (Σx)²/n would subtract numbers near 4·10¹⁸, whose last bit is 512.
		expect(variance([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16])).toBe(30);
	});

	it('gives null rather than NaN when undefined, and 0 for a constant list', () => {
		expect(mean([])).toBeNull();
		expect(variance([3])).toBeNull();
		expect(sd([])).toBeNull();
		expect(variance([0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1])).toBe(0);
	});
});

describe('percentiles (type 7)', () => {
	it('interpolates between order statistics, by hand', () => {
		// h = (n − 1)·p: p25 → h 0.75 → 2 + 0.75·(4 − 2) = 3.5; p50 → h 1.5 → 4 + 0.5·0 = 4;
		// p90 → h 2.7 → 4 + 0.7·(5 − 4) = 4.7; p0 and p100 are the extremes.
		expect(percentile(tiny, 25)).toBe(3.5);
		expect(median(tiny)).toBe(4);
		expect(percentile(tiny, 90)).toBeCloseTo(4.7, 12);
		expect(percentile(tiny, 0)).toBe(2);
		expect(percentile(tiny, 100)).toBe(5);
	});

	it('matches Python’s statistics.quantiles(method="inclusive") and NumPy', () => {
		const expected: [number, number][] = [
			[10, 5.2],
			[20, 7],
			[25, 7],
			[33, 7],
			[50, 8.5],
			[75, 11.25],
			[90, 13.8]
		];
		for (const [p, value] of expected)
			expect(percentile(twelve, p), `p${p}`).toBeCloseTo(value, 12);
	});

	it('handles one value, no value, and refuses p outside 0–100', () => {
		expect(percentile([7], 20)).toBe(7);
		expect(percentile([], 20)).toBeNull();
		expect(() => percentile(tiny, 101)).toThrow(RangeError);
		expect(() => percentile(tiny, -1)).toThrow(RangeError);
	});
});

describe('percentile rank', () => {
	it('counts values below plus half the values equal, over n (by hand)', () => {
		// Among 2, 4, 4, 5: rank of 4 = (1 + 2/2)/4 = 0.5; of 2 = (0 + 1/2)/4 = 0.125;
		// of 3 = (1 + 0)/4 = 0.25; of 5 = (3 + 1/2)/4 = 0.875; 1 and 6 lie outside.
		expect(percentileRank(tiny, 4)).toBe(0.5);
		expect(percentileRank(tiny, 2)).toBe(0.125);
		expect(percentileRank(tiny, 3)).toBe(0.25);
		expect(percentileRank(tiny, 5)).toBe(0.875);
		expect(percentileRank(tiny, 1)).toBe(0);
		expect(percentileRank(tiny, 6)).toBe(1);
		expect(percentileRank([], 6)).toBeNull();
	});
});

describe('z-scores', () => {
	it('centres on the mean and divides by the sample SD (Python statistics)', () => {
		const z = zScores(tiny)!;
		const expected = [
			0.9933992677987828, -1.390758974918296, 0.1986798535597566, 0.1986798535597566
		];
		z.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 12));
	});

	it('is null when the SD is undefined or 0', () => {
		expect(zScores([4])).toBeNull();
		expect(zScores([4, 4, 4])).toBeNull();
	});
});

describe('stanines', () => {
	it('cut 100 distinct scores into bands of 4, 7, 12, 17, 20, 17, 12, 7 and 4', () => {
		// By hand: score k has rank (k − ½)/100; the stanine limits are Φ(−1.75) = 4.01 %,
		// Φ(−1.25) = 10.56 %, Φ(−0.75) = 22.66 %, Φ(−0.25) = 40.13 % and symmetrically above,
		// so scores 1–4 are stanine 1, 5–11 stanine 2, 12–23 stanine 3, … 97–100 stanine 9.
		const scores = Array.from({ length: 100 }, (_, i) => i + 1);
		const counts = Array<number>(10).fill(0);
		for (const s of stanines(scores)) counts[s]!++;
		expect(counts.slice(1)).toEqual([4, 7, 12, 17, 20, 17, 12, 7, 4]);
	});

	it('place a score outside the reference group at 1 or 9, and the median at 5', () => {
		expect(stanineInSorted([10, 20, 30], 5)).toBe(1);
		expect(stanineInSorted([10, 20, 30], 35)).toBe(9);
		expect(stanineInSorted([10, 20, 30], 20)).toBe(5);
		expect(stanineInSorted([], 20)).toBeNull();
	});

	it('give tied scores the same stanine', () => {
		const s = stanines([1, 2, 2, 2, 3]);
		expect(s[1]).toBe(s[2]);
		expect(s[2]).toBe(s[3]);
	});
});

describe('correlation', () => {
	it('computes Pearson’s r (by hand, and Python statistics.correlation)', () => {
		// dx = −1.5, −0.5, 0.5, 1.5; dy = −3, −1, 0, 4; Σdxdy = 11, Σdx² = 5, Σdy² = 26;
		// r = 11 / √130 = 0.964763821…
		expect(correlation([1, 2, 3, 4], [2, 4, 5, 9])).toBeCloseTo(0.9647638212377322, 12);
		expect(correlation([1, 2, 3], [3, 2, 1])).toBe(-1);
	});

	it('gives means, variances and covariance in one call (by hand, same sums as above)', () => {
		// Σdx² = 5, Σdy² = 26, Σdxdy = 11, each over n − 1 = 3.
		const m = pairedMoments([1, 2, 3, 4], [2, 4, 5, 9]);
		expect(m).toMatchObject({ n: 4, meanX: 2.5, meanY: 5 });
		expect(m.varianceX).toBeCloseTo(5 / 3, 12);
		expect(m.varianceY).toBeCloseTo(26 / 3, 12);
		expect(m.covariance).toBeCloseTo(11 / 3, 12);
		expect(pairedMoments([1, 2, 3], [7, 7, 7])).toMatchObject({ varianceY: 0, covariance: 0 });
		expect(() => pairedMoments([1], [2])).toThrow(RangeError);
	});

	it('is null with a constant list or fewer than 2 pairs, and refuses unequal lengths', () => {
		expect(correlation([1, 2, 3], [5, 5, 5])).toBeNull();
		expect(correlation([0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1], [1, 2])).toBeNull();
		expect(correlation([1], [2])).toBeNull();
		expect(() => correlation([1, 2], [1])).toThrow(RangeError);
	});

	it('treats sums that differ only by rounding as constant', () => {
		expect(isConstant([0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1])).toBe(true);
		expect(isConstant([1, 1 + 1e-9])).toBe(false);
	});
});

describe('summarize', () => {
	it('summarises a distribution in one call (Python statistics, see above)', () => {
		const d = summarize(twelve);
		expect(d).toMatchObject({ n: 12, mean: 9, median: 8.5, min: 3, max: 15, p25: 7, p75: 11.25 });
		expect(d.sd).toBeCloseTo(3.567530340063379, 12);
		expect(d.p10).toBeCloseTo(5.2, 12);
		expect(d.p90).toBeCloseTo(13.8, 12);
	});

	it('gives nulls for an empty list and no SD for one value', () => {
		expect(summarize([])).toEqual({
			n: 0,
			mean: null,
			sd: null,
			median: null,
			min: null,
			max: null,
			p10: null,
			p25: null,
			p75: null,
			p90: null
		});
		expect(summarize([4])).toMatchObject({ n: 1, mean: 4, sd: null, median: 4, p90: 4 });
	});
});
