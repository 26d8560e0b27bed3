import { describe, expect, it } from 'vitest';
import { variance } from './descriptives';
import { handMatrix, partialCreditExpected, partialCreditMatrix } from './fixtures';
import { PsychometricsError, rowTotals, type ScoreMatrix } from './matrix';
import {
	cronbachAlpha,
	interpretReliability,
	itemReliability,
	oddEvenSplitHalf,
	spearmanBrown,
	standardErrorOfMeasurement,
	trialSplitHalf
} from './reliability';

const codeOf = (f: () => unknown) => {
	try {
		f();
	} catch (e) {
		if (e instanceof PsychometricsError) return e.code;
		throw e;
	}
	return 'no error';
};

describe('Cronbach’s α and item analysis, by hand', () => {
	// handMatrix: A = 1 1 1 0, B = 1 1 0 0, C = 1 0 0 0; totals 3 2 1 0.
	// Item variances (n − 1): A = C = 0.75/3 = 1/4, B = 1/3; Σ = 5/6. Totals: deviations
	// ±1.5, ±0.5 → 5/3 = 5/3. α = 3/2 · (1 − (5/6)/(5/3)) = 3/2 · 1/2 = 0.75.
	const result = itemReliability(handMatrix);

	it('computes α from the item variances and the variance of the totals', () => {
		expect(result.alpha).toBeCloseTo(0.75, 12);
		expect(result.totals).toEqual([3, 2, 1, 0]);
	});

	it('computes α if each item is deleted', () => {
		// Without A: B + C = 2 1 0 0, variance 2.75/3 = 11/12; Σ var = 1/3 + 1/4 = 7/12;
		// α = 2 · (1 − 7/11) = 8/11. Without B: A + C = 2 1 1 0, variance 2/3; Σ var = 1/2;
		// α = 2 · (1 − 3/4) = 0.5. Without C: A + B = 2 2 1 0, variance 11/12, Σ 7/12 → 8/11.
		expect(result.items.map((i) => i.alphaIfDeleted)).toEqual([
			expect.closeTo(8 / 11, 12),
			expect.closeTo(0.5, 12),
			expect.closeTo(8 / 11, 12)
		]);
	});

	it('correlates each item with the total of the other items', () => {
		// A against B + C: Σdxdy = 0.75, Σdx² = 0.75, Σdy² = 2.75 → 0.75/√2.0625 = 0.522233;
		// B against A + C: 1/√(1·2) = 0.707107; C against A + B: same sums as A → 0.522233.
		expect(result.items.map((i) => i.itemTotalCorrected)).toEqual([
			expect.closeTo(0.5222329678670935, 12),
			expect.closeTo(Math.SQRT1_2, 12),
			expect.closeTo(0.5222329678670935, 12)
		]);
	});

	it('gives each item’s difficulty as its mean over its maximum', () => {
		expect(result.items.map((i) => i.difficulty)).toEqual([0.75, 0.5, 0.25]);
		const perItem = itemReliability(handMatrix, [1, 2, 4]);
		expect(perItem.items.map((i) => i.difficulty)).toEqual([0.75, 0.25, 0.0625]);
	});
});

describe('Cronbach’s α and item analysis, against NumPy', () => {
	const result = itemReliability(partialCreditMatrix, 2);
	const expected = partialCreditExpected;

	it('matches NumPy on a 12 × 6 partial-credit matrix', () => {
		expect(result.totals).toEqual(expected.totals);
		expect(result.alpha).toBeCloseTo(expected.alpha, 12);
		result.items.forEach((item, j) => {
			expect(item.alphaIfDeleted).toBeCloseTo(expected.alphaIfDeleted[j]!, 12);
			expect(item.itemTotalCorrected).toBeCloseTo(expected.itemTotalCorrected[j]!, 12);
			expect(item.difficulty).toBeCloseTo(expected.difficulty[j]!, 12);
		});
		expect(result.constantItems).toEqual([]);
	});

	it('equals the mean of the Flanagan–Rulon split-halves over all 3 + 3 splits (Cronbach 1951)', () => {
		// An identity, independent of how α is computed: 2·(1 − (s²_A + s²_B)/s²_T), averaged
		// over the 10 ways of splitting 6 items into two halves of 3, is exactly α.
		const totals = rowTotals(partialCreditMatrix);
		const half = (columns: number[]) =>
			partialCreditMatrix.rows.map((row) => columns.reduce((s, c) => s + row[c]!, 0));
		const coefficients: number[] = [];
		for (let a = 1; a < 6; a++) {
			for (let b = a + 1; b < 6; b++) {
				const first = [0, a, b];
				const second = [0, 1, 2, 3, 4, 5].filter((c) => !first.includes(c));
				const parts = variance(half(first))! + variance(half(second))!;
				coefficients.push(2 * (1 - parts / variance(totals)!));
			}
		}
		expect(coefficients).toHaveLength(10);
		const meanOfSplits = coefficients.reduce((s, c) => s + c, 0) / coefficients.length;
		expect(cronbachAlpha(partialCreditMatrix)).toBeCloseTo(meanOfSplits, 12);
	});
});

describe('odd–even split-half', () => {
	it('correlates odd-numbered items with even-numbered items and corrects by Spearman–Brown', () => {
		// By hand on handMatrix: odd items A, C give means 1, ½, ½, 0; the even item B gives
		// 1, 1, 0, 0. r = 1/√2 (as for B against A + C above); 2r/(1 + r) = 2(√2 − 1).
		const { oddEven, spearmanBrown: corrected } = oddEvenSplitHalf(handMatrix);
		expect(oddEven).toBeCloseTo(Math.SQRT1_2, 12);
		expect(corrected).toBeCloseTo(2 * (Math.SQRT2 - 1), 12);
	});

	it('matches NumPy on the partial-credit matrix (Q1 + Q3 + Q5 against Q2 + Q4 + Q6)', () => {
		const { oddEven, spearmanBrown: corrected } = oddEvenSplitHalf(partialCreditMatrix);
		expect(oddEven).toBeCloseTo(partialCreditExpected.oddEven, 12);
		expect(corrected).toBeCloseTo(partialCreditExpected.spearmanBrown, 12);
	});

	it('is null when a half does not vary', () => {
		const matrix: ScoreMatrix = {
			items: ['a', 'b', 'c', 'd'],
			rows: [
				[1, 1, 0, 0],
				[0, 1, 1, 0],
				[1, 0, 0, 1]
			]
		};
		expect(oddEvenSplitHalf(matrix)).toEqual({ oddEven: null, spearmanBrown: null });
	});
});

describe('Spearman–Brown and the SEM', () => {
	it('follows their formulas (by hand)', () => {
		expect(spearmanBrown(0.5)).toBeCloseTo(2 / 3, 12); // 2·0.5 / 1.5
		expect(spearmanBrown(0.5, 3)).toBeCloseTo(0.75, 12); // 3·0.5 / (1 + 2·0.5)
		expect(spearmanBrown(-1)).toBeNull();
		expect(spearmanBrown(null)).toBeNull();
		// SEM = SD × √(1 − α): 4 × √(1 − 0.75) = 2; α ≥ 1 leaves no error.
		expect(standardErrorOfMeasurement(4, 0.75)).toBe(2);
		expect(standardErrorOfMeasurement(4, 1)).toBe(0);
		expect(standardErrorOfMeasurement(null, 0.8)).toBeNull();
		expect(standardErrorOfMeasurement(4, null)).toBeNull();
		// A negative reliability has no SEM: 4 × √(1 + 0.5) = 4.9 would exceed the SD.
		expect(standardErrorOfMeasurement(4, -0.5)).toBeNull();
	});

	it('labels a coefficient interpretable only from 0 up', () => {
		expect(interpretReliability('alpha', 0)).toEqual({
			method: 'alpha',
			value: 0,
			interpretable: true,
			warning: null
		});
		expect(interpretReliability('split-half', -0.1)).toMatchObject({
			interpretable: false,
			warning: 'negative'
		});
		expect(interpretReliability('alpha', null)).toMatchObject({
			interpretable: false,
			warning: 'undefined'
		});
	});
});

describe('split-half of timed trials', () => {
	it('averages each person’s odd and even trials, whatever their number (Python statistics)', () => {
		// Halves by hand: [1,1,1,1] → 1 and 1; [1,0,0,1,1] → (1+0+1)/3 and (0+1)/2;
		// [0,0,1,0] → ½ and 0; [0,0] → 0 and 0. statistics.correlation of
		// (1, ⅔, ½, 0) and (1, ½, 0, 0) = 0.8703882797784892; 2r/(1 + r) = 0.9307033081725359.
		const result = trialSplitHalf([
			[1, 1, 1, 1],
			[1, 0, 0, 1, 1],
			[0, 0, 1, 0],
			[0, 0]
		]);
		expect(result.oddEven).toBeCloseTo(0.8703882797784892, 12);
		expect(result.spearmanBrown).toBeCloseTo(0.9307033081725359, 12);
	});

	it('needs 2 persons with 2 finite trials each', () => {
		expect(codeOf(() => trialSplitHalf([[1, 0]]))).toBe('too-few-persons');
		expect(codeOf(() => trialSplitHalf([[1, 0], [1]]))).toBe('too-few-items');
		expect(
			codeOf(() =>
				trialSplitHalf([
					[1, 0],
					[1, NaN]
				])
			)
		).toBe('not-a-number');
	});
});

describe('edge cases', () => {
	it('refuses matrices it cannot analyse, with a typed error', () => {
		expect(codeOf(() => cronbachAlpha({ items: ['a', 'b'], rows: [[1, 0]] }))).toBe(
			'too-few-persons'
		);
		expect(codeOf(() => cronbachAlpha({ items: ['a'], rows: [[1], [0]] }))).toBe('too-few-items');
		expect(codeOf(() => cronbachAlpha({ items: ['a', 'b'], rows: [[1, 0], [1]] }))).toBe(
			'ragged-row'
		);
		expect(
			codeOf(() =>
				cronbachAlpha({
					items: ['a', 'b'],
					rows: [
						[1, 0],
						[1, NaN]
					]
				})
			)
		).toBe('not-a-number');
		expect(codeOf(() => itemReliability(handMatrix, 0))).toBe('bad-item-max');
		expect(codeOf(() => itemReliability(handMatrix, [1, 1]))).toBe('bad-item-max');
	});

	it('refuses a matrix whose totals are all equal: α is undefined', () => {
		// Totals 1, 1, 1 (b = 1 − a): Σ item variances 2/3 over a total variance of 0.
		const matrix = {
			items: ['a', 'b'],
			rows: [
				[1, 0],
				[0, 1],
				[1, 0]
			]
		};
		expect(codeOf(() => cronbachAlpha(matrix))).toBe('zero-variance-total');
	});

	it('keeps a constant item in α, lists it, and gives it no item–total correlation', () => {
		// By hand: a = 1 1 0 0 (variance 1/3), b = 1 1 1 1 (0), c = 1 0 1 0 (1/3); totals
		// 3 2 2 1 (variance 2/3). α = 3/2 · (1 − (2/3)/(2/3)) = 0.
		const matrix = {
			items: ['a', 'b', 'c'],
			rows: [
				[1, 1, 1],
				[1, 1, 0],
				[0, 1, 1],
				[0, 1, 0]
			]
		};
		const result = itemReliability(matrix);
		expect(result.alpha).toBeCloseTo(0, 12);
		expect(result.constantItems).toEqual(['b']);
		expect(result.items[1]!.itemTotalCorrected).toBeNull();
	});

	it('gives no α if deleted with two items: one item left has no α', () => {
		const result = itemReliability({
			items: ['a', 'b'],
			rows: [
				[1, 1],
				[0, 1],
				[0, 0]
			]
		});
		expect(result.items.map((i) => i.alphaIfDeleted)).toEqual([null, null]);
	});
});
