import { describe, expect, it } from 'vitest';
import { decide, exerciseOutcome, type ExerciseResult } from './decision';

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
