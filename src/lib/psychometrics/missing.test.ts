import { describe, expect, it } from 'vitest';
import { partialCreditMatrix } from './fixtures';
import { PsychometricsError } from './matrix';
import { pairwiseCovariances, pairwiseItemReliability, sparseSplitHalf } from './missing';
import { itemReliability } from './reliability';

/**
 * 4 persons × 3 items; the 2nd person never reached item c. By hand, pairwise (the same as R's
 * `cov(x, use = "pairwise")`, which `psych::alpha` uses by default):
 * var a = 0.75/3 = 1/4 (all 4), var b = 1/3 (all 4), var c over persons 1, 3, 4 ([1, 0, 0]) = 1/3;
 * cov(a, b) over all 4 = 0.5/3 = 1/6; cov(a, c) and cov(b, c) over persons 1, 3, 4 ([1, 0, 1]
 * against [1, 0, 0]) = (2/9 + 2/9 − 1/9)/2 = 1/6.
 * α = 3/2 · (1 − (11/12) / (23/12)) = 18/23. Item a: corrected item–total = (1/6 + 1/6) /
 * √(1/4 · (1/3 + 1/3 + 2/6)) = 2/3; α without a = 2 · (1 − (2/3) / 1) = 2/3.
 */
const sparse = {
	items: ['a', 'b', 'c'],
	rows: [
		[1, 1, 1],
		[1, 0, null],
		[0, 0, 0],
		[1, 1, 0]
	]
};

describe('reliability with missing cells (pairwise covariances)', () => {
	it('computes the covariances pairwise', () => {
		const c = pairwiseCovariances(sparse);
		const expected = [
			[1 / 4, 1 / 6, 1 / 6],
			[1 / 6, 1 / 3, 1 / 6],
			[1 / 6, 1 / 6, 1 / 3]
		];
		c.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(expected[i]![j]!, 12)));
	});

	it('gives α and the item analysis from them, an unreached cell missing rather than 0', () => {
		const result = pairwiseItemReliability(sparse);
		expect(result.alpha).toBeCloseTo(18 / 23, 12);
		expect(result.missing).toBe(1);
		const [a, , c] = result.items;
		expect(a!.itemTotalCorrected).toBeCloseTo(2 / 3, 12);
		expect(a!.alphaIfDeleted).toBeCloseTo(2 / 3, 12);
		// Item c over the 3 persons who reached it: mean 1/3.
		expect(c).toMatchObject({ item: 'c', n: 3 });
		expect(c!.difficulty).toBeCloseTo(1 / 3, 12);
		// Scored 0 instead, the 2nd person's unreached item gives another α (by hand: 3/4).
		const zeroFilled = itemReliability({
			items: sparse.items,
			rows: sparse.rows.map((r) => r.map((v) => v ?? 0))
		});
		expect(zeroFilled.alpha).toBeCloseTo(0.75, 12);
	});

	it('is the usual α when nothing is missing', () => {
		const complete = itemReliability(partialCreditMatrix, 2);
		const pairwise = pairwiseItemReliability(partialCreditMatrix, 2);
		expect(pairwise.alpha).toBeCloseTo(complete.alpha, 12);
		expect(pairwise.missing).toBe(0);
		pairwise.items.forEach((item, j) => {
			const usual = complete.items[j]!;
			expect(item.difficulty).toBeCloseTo(usual.difficulty, 12);
			expect(item.itemTotalCorrected!).toBeCloseTo(usual.itemTotalCorrected!, 12);
			expect(item.alphaIfDeleted!).toBeCloseTo(usual.alphaIfDeleted!, 12);
		});
	});

	it('refuses items that fewer than 2 persons both reached', () => {
		const thin = {
			items: ['a', 'b'],
			rows: [
				[1, null],
				[0, 1],
				[1, null]
			]
		};
		expect(() => pairwiseItemReliability(thin)).toThrow(PsychometricsError);
	});

	it('splits each person’s cells that are not missing into odd and even halves', () => {
		// Halves (odd, even): person 1 (1, 1), person 2 (1, 0), person 3 (0, 0), person 4 (0.5, 1):
		// odd [1, 1, 0, 0.5] (mean 0.625), even [1, 0, 0, 1] (mean 0.5): cross products 0.25, sums of
		// squares 0.6875 and 1, r = 0.25/√0.6875 = 0.3015113 by hand; Spearman–Brown 2r/(1 + r).
		const result = sparseSplitHalf(sparse);
		expect(result.oddEven).toBeCloseTo(0.25 / Math.sqrt(0.6875), 12);
		expect(result.spearmanBrown).toBeCloseTo((2 * 0.3015113) / 1.3015113, 6);
	});
});
