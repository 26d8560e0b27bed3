import { describe, expect, it } from 'vitest';
import { decide, exerciseOutcome, reaches, type ExerciseResult } from './decision';

const result = (raw: number | null, extra: Partial<ExerciseResult> = {}): ExerciseResult => ({
	raw,
	max: 20,
	threshold: 12,
	eliminatory: false,
	sem: 1.5,
	...extra
});

describe('exerciseOutcome', () => {
	it('is uncertain strictly within one SEM of the threshold (by hand: 12 ± 1.5)', () => {
		expect(exerciseOutcome(result(14))).toBe('met');
		expect(exerciseOutcome(result(13.5))).toBe('met'); // exactly one SEM above: outside the zone
		expect(exerciseOutcome(result(13))).toBe('uncertain');
		expect(exerciseOutcome(result(12))).toBe('uncertain');
		expect(exerciseOutcome(result(10.6))).toBe('uncertain');
		expect(exerciseOutcome(result(10.5))).toBe('not-met');
		expect(exerciseOutcome(result(null))).toBe('missing');
	});

	it('without a SEM there is no zone: at the threshold is met', () => {
		expect(exerciseOutcome(result(12, { sem: null }))).toBe('met');
		expect(exerciseOutcome(result(11.9, { sem: 0 }))).toBe('not-met');
	});
});

describe('decide', () => {
	it('rule « all »: every threshold, the worst outcome wins', () => {
		expect(decide([result(15), result(16)], { kind: 'all' }).status).toBe('admis');
		expect(decide([result(15), result(12)], { kind: 'all' })).toEqual({
			status: 'incertain',
			outcomes: ['met', 'uncertain']
		});
		expect(decide([result(5), result(12)], { kind: 'all' }).status).toBe('non-admis');
		expect(decide([result(15), result(null)], { kind: 'all' }).status).toBe('non-admis');
	});

	it('rule « eliminatory and mean »: eliminatory thresholds, then the mean out of 100', () => {
		const rule = { kind: 'eliminatory-and-mean', minMean: 60 } as const;
		// By hand: 14/20 = 70, 10/20 = 50 → mean 60; SEM of the mean = √(7.5² + 7.5²)/2 = 5.303.
		const borderline = decide([result(14, { eliminatory: true }), result(10)], rule);
		expect(borderline.status).toBe('incertain');
		expect(borderline.mean!.value).toBeCloseTo(60, 12);
		expect(borderline.mean!.sem).toBeCloseTo(5.303300858899107, 12);
		// 18/20 = 90, 10/20 = 50 → 70 ≥ 60 + 5.3: admis, although the second is below its threshold.
		expect(decide([result(18, { eliminatory: true }), result(10)], rule).status).toBe('admis');
		// An eliminatory threshold clearly missed fails, whatever the mean.
		expect(decide([result(5, { eliminatory: true }), result(20)], rule).status).toBe('non-admis');
		// 10/20 and 8/20 → 45 < 60 − 5.3.
		expect(decide([result(10), result(8)], rule).status).toBe('non-admis');
		expect(decide([result(18), result(null)], rule)).toMatchObject({
			status: 'non-admis',
			mean: null
		});
	});
});

describe('comparisons allow for floating-point rounding', () => {
	it('a mean of exactly 44 on paper reaches a minimum of 44 (43.99999999999999 in binary)', () => {
		// 41/60, 31/50 and 1/60 rescaled: 68.33…, 62 and 1.66… sum to 132 on paper, 44 on average;
		// in IEEE 754 doubles the sum comes out 1 ulp low: 43.99999999999999.
		const raw = (100 * 41) / 60 + (100 * 31) / 50 + (100 * 1) / 60;
		expect(raw / 3).toBe(43.99999999999999);
		const rule = { kind: 'eliminatory-and-mean', minMean: 44 } as const;
		const none = { threshold: 0, sem: 0 };
		const decision = decide(
			[
				result(41, { max: 60, ...none }),
				result(31, { max: 50, ...none }),
				result(1, { max: 60, ...none })
			],
			rule
		);
		expect(decision.mean!.value).toBe(43.99999999999999);
		expect(decision.status).toBe('admis');
		// A real difference still fails: 43.9 < 44.
		expect(decide([result(43.9, { max: 100, ...none })], rule).status).toBe('non-admis');
	});

	it('a score 1 ulp under its threshold meets it', () => {
		// 0.7 − 0.4 is 0.29999999999999993 in doubles.
		expect(0.7 - 0.4).toBeLessThan(0.3);
		expect(exerciseOutcome(result(0.7 - 0.4, { threshold: 0.3, sem: null }))).toBe('met');
		expect(reaches(0.29999999999999993, 0.3)).toBe(true);
		expect(reaches(0.2999, 0.3)).toBe(false);
	});
});

describe('rule « eliminatory and mean of z-scores »', () => {
	const rule = { kind: 'eliminatory-and-z-mean', minZ: 0 } as const;
	// Exercise 1: employees' mean 12, SD 4 (out of 20); exercise 2: mean 30, SD 10 (out of 60).
	const one = (raw: number | null, extra: Partial<ExerciseResult> = {}) =>
		result(raw, { norm: { mean: 12, sd: 4 }, sem: 1, ...extra });
	const two = (raw: number | null, extra: Partial<ExerciseResult> = {}) =>
		result(raw, { max: 60, threshold: 20, norm: { mean: 30, sd: 10 }, sem: 2, ...extra });

	it('averages (score − employees’ mean) / employees’ SD (by hand)', () => {
		// z = (16 − 12)/4 = 1 and (25 − 30)/10 = −0.5: mean 0.25. SEM = √((1/4)² + (2/10)²)/2
		// = √(0.0625 + 0.04)/2 = 0.16007810593582121.
		const decision = decide([one(16), two(25)], rule);
		expect(decision.mean!.scale).toBe('z');
		expect(decision.mean!.value).toBeCloseTo(0.25, 12);
		expect(decision.mean!.sem).toBeCloseTo(Math.sqrt(0.1025) / 2, 12);
		expect(decision.status).toBe('admis');
		// The rescaled mean of the same scores, 80 and 41.67 → 60.8, weighs them differently.
		const percent = decide([one(16), two(25)], { kind: 'eliminatory-and-mean', minMean: 50 });
		expect(percent.mean).toMatchObject({ scale: 'percent', value: expect.closeTo(365 / 6, 12) });
	});

	it('is uncertain within one SEM of the minimum, fails below, and keeps eliminatory thresholds', () => {
		// z = 0 and −0.1 → −0.05, within 0.16 of 0.
		expect(decide([one(12), two(29)], rule).status).toBe('incertain');
		// z = −1 and −1 → −1.
		expect(decide([one(8), two(20)], rule).status).toBe('non-admis');
		// z mean 1.5 but an eliminatory threshold clearly missed: 5 < 12 − 1.
		expect(decide([one(5, { eliminatory: true }), two(60)], rule).status).toBe('non-admis');
	});

	it('leaves the decision to the adviser when a norm is missing', () => {
		expect(decide([one(16), two(25, { norm: null })], rule)).toMatchObject({
			status: 'incertain',
			mean: null
		});
		expect(decide([one(16), two(25, { norm: { mean: 30, sd: 0 } })], rule).mean).toBeNull();
	});
});
