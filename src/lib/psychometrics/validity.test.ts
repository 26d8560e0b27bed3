import { describe, expect, it } from 'vitest';
import { fisherInterval, pointBiserial, readEvidence } from './validity';

// Scores of twelve employees and their rating (1 confirmé, 0 en progression). Reference:
// SciPy 1.17 `stats.pointbiserialr` and `stats.pearsonr(...).confidence_interval(0.95)` (Fisher z):
// r = 0.7423074889580903, 95 % interval [0.29339588271610856, 0.9230003652078989].
// By hand: mean of the 7 rated 1 is 78/7 = 11.142857…, of the 5 rated 0 is 30/5 = 6.
const scores = [12, 7, 3, 14, 9, 7, 10, 15, 5, 8, 11, 7];
const rated = [1, 0, 0, 1, 1, 0, 1, 1, 0, 0, 1, 1].map((c) => c === 1);

describe('point-biserial correlation', () => {
	it('is Pearson’s r with the criterion coded 0/1, with its Fisher interval', () => {
		const pb = pointBiserial(scores, rated);
		expect(pb).toMatchObject({ n: 12, n1: 7, n0: 5, mean0: 6 });
		expect(pb.mean1).toBeCloseTo(78 / 7, 12);
		expect(pb.r).toBeCloseTo(0.7423074889580903, 12);
		expect(pb.interval!.low).toBeCloseTo(0.29339588271610856, 6);
		expect(pb.interval!.high).toBeCloseTo(0.9230003652078989, 6);
		expect(readEvidence(pb)).toBe('supports');
	});

	it('changes sign when the criterion is reversed, and reads as contradicting', () => {
		const pb = pointBiserial(
			scores,
			rated.map((c) => !c)
		);
		expect(pb.r).toBeCloseTo(-0.7423074889580903, 12);
		expect(pb.interval!.high).toBeCloseTo(-0.29339588271610856, 6);
		expect(readEvidence(pb)).toBe('contradicts');
		// For a criterion to avoid (a difficulty), lower scores among those who have it support.
		expect(readEvidence(pb, 'negative')).toBe('supports');
		expect(readEvidence(pointBiserial(scores, rated), 'negative')).toBe('contradicts');
	});

	it('leaves out the people whose criterion is not known', () => {
		const pb = pointBiserial([...scores, 20, 0], [...rated, null, null]);
		expect(pb.n).toBe(12);
		expect(pb.r).toBeCloseTo(0.7423074889580903, 12);
	});

	it('has no correlation when one group is empty or all scores are equal', () => {
		expect(pointBiserial([1, 2, 3], [true, true, true]).r).toBeNull();
		expect(pointBiserial([4, 4, 4, 4], [true, false, true, false]).r).toBeNull();
		expect(readEvidence(pointBiserial([4, 4, 4, 4], [true, false, true, false]))).toBe('too-few');
	});

	it('says too few when a group has fewer than 5 people, whatever r', () => {
		// 4 against 2: r is large but nothing can be concluded.
		const pb = pointBiserial([10, 11, 12, 13, 2, 3], [true, true, true, true, false, false]);
		expect(pb.r!).toBeGreaterThan(0.9);
		expect(readEvidence(pb)).toBe('too-few');
	});

	it('refuses lists of different lengths', () => {
		expect(() => pointBiserial([1, 2], [true])).toThrow(RangeError);
	});
});

describe('Fisher interval of a correlation', () => {
	it('matches the formula tanh(atanh r ± 1.959964/√(n − 3))', () => {
		// By hand: r = 0.5, n = 28: atanh 0.5 = 0.549306, half-width 1.959964/5 = 0.391993;
		// tanh(0.157313) = 0.156028, tanh(0.941299) = 0.735818 (Python 3 math.tanh).
		const i = fisherInterval(0.5, 28)!;
		expect(i.low).toBeCloseTo(0.156028, 5);
		expect(i.high).toBeCloseTo(0.735818, 5);
	});

	it('is not defined below 4 pairs, and is the point itself at |r| = 1', () => {
		expect(fisherInterval(0.9, 3)).toBeNull();
		expect(fisherInterval(1, 10)).toEqual({ low: 1, high: 1 });
	});
});
