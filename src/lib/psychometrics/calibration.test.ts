import { describe, expect, it } from 'vitest';
import { calibrationStats, sparseCalibrationStats, trialCalibrationStats } from './calibration';
import { handMatrix, partialCreditExpected, partialCreditMatrix } from './fixtures';
import { PsychometricsError } from './matrix';

describe('calibrationStats', () => {
	it('gathers the distribution, reliability, SEM and item analysis (NumPy, see fixtures)', () => {
		const stats = calibrationStats(partialCreditMatrix, 2);
		const expected = partialCreditExpected;
		expect(stats.n).toBe(12);
		expect(stats.totals).toEqual(expected.totals);
		// Totals sorted: 1 2 2 2 5 6 7 7 9 10 11 11; median (6 + 7)/2; mean 73/12.
		expect(stats.total).toMatchObject({ n: 12, median: 6.5, min: 1, max: 11 });
		expect(stats.total.mean).toBeCloseTo(73 / 12, 12);
		expect(stats.alpha).toBeCloseTo(expected.alpha, 12);
		expect(stats.reliability).toEqual({
			method: 'alpha',
			value: stats.alpha,
			interpretable: true,
			warning: null
		});
		expect(stats.sem).toBeCloseTo(expected.sem, 12);
		expect(stats.splitHalf.spearmanBrown).toBeCloseTo(expected.spearmanBrown, 12);
		expect(stats.items.map((i) => i.item)).toEqual(partialCreditMatrix.items);
		expect(stats.items[0]!.difficulty).toBeCloseTo(expected.difficulty[0]!, 12);
		// α = 0.88 is fine, and 12 employees reach the 8 wanted: no warning.
		expect(stats.warnings).toEqual([]);
	});

	it('warns about low reliability and constant items', () => {
		// By hand: handMatrix has α = 0.75; a fourth item where everybody scores 1 leaves the
		// variances unchanged but makes k = 4: α = 4/3 · (1 − (5/6)/(5/3)) = 2/3, below 0.7.
		const withConstant = {
			items: [...handMatrix.items, 'D'],
			rows: handMatrix.rows.map((row) => [...row, 1])
		};
		const stats = calibrationStats(withConstant);
		expect(stats.alpha).toBeCloseTo(2 / 3, 12);
		expect(stats.constantItems).toEqual(['D']);
		// α = 2/3 is above the 0.6 warning line; 4 employees are fewer than 8.
		expect(stats.warnings).toEqual(['small-n', 'constant-items']);
	});

	it('warns when reliability is below 0.6', () => {
		// By hand: items (1,0,1,0) and (0,1,1,0) have variances 1/3 each; totals (1,1,2,0) have
		// variance 2/3; α = 2 × (1 − (2/3)/(2/3)) = 0.
		const stats = calibrationStats({
			items: ['A', 'B'],
			rows: [
				[1, 0],
				[0, 1],
				[1, 1],
				[0, 0]
			]
		});
		expect(stats.alpha).toBeCloseTo(0, 12);
		expect(stats.warnings).toEqual(['small-n', 'low-reliability']);
	});

	it('reports a negative α as not interpretable, with no SEM', () => {
		// By hand: a = 1 0 1 0 (variance 1/3), b = 0 1 0 0 (variance 1/4); totals 1 1 1 0
		// (variance 1/4). α = 2 · (1 − (7/12)/(1/4)) = −8/3. Its "SEM" would be
		// 0.5 · √(1 + 8/3) ≈ 0.96, nearly twice the SD of 0.5: meaningless.
		const stats = calibrationStats({
			items: ['a', 'b'],
			rows: [
				[1, 0],
				[0, 1],
				[1, 0],
				[0, 0]
			]
		});
		expect(stats.alpha).toBeCloseTo(-8 / 3, 12);
		expect(stats.reliability).toEqual({
			method: 'alpha',
			value: stats.alpha,
			interpretable: false,
			warning: 'negative'
		});
		expect(stats.sem).toBeNull();
		expect(stats.warnings).toEqual(['small-n', 'reliability-not-interpretable']);
	});

	it('throws a typed error when α is undefined', () => {
		const flat = {
			items: ['a', 'b'],
			rows: [
				[1, 1],
				[1, 1]
			]
		};
		expect(() => calibrationStats(flat)).toThrow(PsychometricsError);
	});
});

describe('trialCalibrationStats', () => {
	it('takes its reliability from the split-half of the trials (Python statistics)', () => {
		// Same trials as in reliability.test.ts: Spearman–Brown 0.9307033081725359. By hand, the
		// totals 4, 3, 1, 0 have mean 2, deviations 2, 1, −1, −2, variance (4+1+1+4)/3 = 10/3.
		const stats = trialCalibrationStats(
			[4, 3, 1, 0],
			[
				[1, 1, 1, 1],
				[1, 0, 0, 1, 1],
				[0, 0, 1, 0],
				[0, 0]
			]
		);
		expect(stats.reliability.method).toBe('split-half');
		expect(stats.reliability.value).toBeCloseTo(0.9307033081725359, 12);
		expect(stats.total.sd).toBeCloseTo(Math.sqrt(10 / 3), 12);
		expect(stats.sem).toBeCloseTo(Math.sqrt(10 / 3) * Math.sqrt(1 - 0.9307033081725359), 12);
		expect(stats.warnings).toEqual(['small-n']);
	});

	it('reports a negative split-half as not interpretable, never its Spearman–Brown value', () => {
		// By hand: odd trials 1 0 1, even trials 0 1 1; both have mean 2/3 and Σd² = 2/3;
		// Σ dx·dy = −2/9 − 2/9 + 1/9 = −1/3, so r = −1/2 and 2r/(1 + r) = −2, not a reliability.
		const stats = trialCalibrationStats(
			[1, 1, 2],
			[
				[1, 0],
				[0, 1],
				[1, 1]
			]
		);
		expect(stats.splitHalf.oddEven).toBeCloseTo(-0.5, 12);
		expect(stats.splitHalf.spearmanBrown).toBeCloseTo(-2, 12);
		expect(stats.reliability).toEqual({
			method: 'split-half',
			value: expect.closeTo(-0.5, 12),
			interpretable: false,
			warning: 'negative'
		});
		expect(stats.sem).toBeNull();
		expect(stats.warnings).toEqual(['small-n', 'reliability-not-interpretable']);
	});

	it('refuses totals and trials of different persons', () => {
		expect(() => trialCalibrationStats([1, 2], [[1, 0]])).toThrow(RangeError);
	});
});

describe('calibration statistics with missing cells', () => {
	it('takes α from pairwise covariances and the SEM from the scored totals', () => {
		// The matrix of missing.test.ts (α = 18/23 by hand); totals as scored, the unreached
		// item counting 0: 3, 1, 0, 2 (SD √(5/3)).
		const stats = sparseCalibrationStats(
			{
				items: ['a', 'b', 'c'],
				rows: [
					[1, 1, 1],
					[1, 0, null],
					[0, 0, 0],
					[1, 1, 0]
				]
			},
			[3, 1, 0, 2]
		);
		expect(stats.alpha).toBeCloseTo(18 / 23, 12);
		expect(stats.reliability).toEqual({
			method: 'alpha',
			value: stats.alpha,
			interpretable: true,
			warning: null
		});
		expect(stats.sem!).toBeCloseTo(Math.sqrt(5 / 3) * Math.sqrt(5 / 23), 12);
		expect(stats.missing).toBe(1);
		expect(stats.warnings).toEqual(['small-n']);
	});

	it('reports a negative pairwise α as not interpretable, with no SEM', () => {
		// The matrix of the negative-α test above, nothing missing: pairwise α is the usual
		// α, −8/3 by hand.
		const stats = sparseCalibrationStats(
			{
				items: ['a', 'b'],
				rows: [
					[1, 0],
					[0, 1],
					[1, 0],
					[0, 0]
				]
			},
			[1, 1, 1, 0]
		);
		expect(stats.alpha).toBeCloseTo(-8 / 3, 12);
		expect(stats.reliability).toMatchObject({ interpretable: false, warning: 'negative' });
		expect(stats.sem).toBeNull();
		expect(stats.warnings).toEqual(['small-n', 'reliability-not-interpretable']);
	});
});
