/**
 * Score matrices shared by the tests of this module and of the `stats` command, each with where
 * its expected values come from.
 */
import type { ScoreMatrix } from './matrix';

/**
 * 4 persons × 3 right/wrong items, small enough to compute everything by hand (see
 * reliability.test.ts for the arithmetic). Totals 3, 2, 1, 0.
 */
export const handMatrix: ScoreMatrix = {
	items: ['A', 'B', 'C'],
	rows: [
		[1, 1, 1],
		[1, 1, 0],
		[1, 0, 0],
		[0, 0, 0]
	]
};

/**
 * 12 persons × 6 items scored 0–2. Expected values recomputed with NumPy 2.4 from the textbook
 * formulas (`var(ddof=1)`, `corrcoef`, `percentile`): see `partialCreditExpected`.
 */
export const partialCreditMatrix: ScoreMatrix = {
	items: ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6'],
	rows: [
		[2, 1, 2, 1, 0, 1],
		[2, 2, 2, 1, 1, 2],
		[1, 0, 1, 0, 0, 0],
		[2, 2, 1, 2, 1, 1],
		[0, 1, 0, 0, 0, 1],
		[2, 2, 2, 2, 2, 1],
		[1, 1, 2, 0, 1, 0],
		[2, 1, 1, 1, 0, 2],
		[1, 0, 0, 1, 0, 0],
		[2, 2, 2, 2, 1, 2],
		[1, 2, 1, 1, 1, 0],
		[0, 0, 1, 0, 0, 0]
	]
};

export const partialCreditExpected = {
	totals: [7, 10, 2, 9, 2, 11, 5, 7, 2, 11, 6, 1],
	alpha: 0.8812810601877417,
	alphaIfDeleted: [
		0.841483292583537, 0.8403538331929233, 0.8779325513196481, 0.85008038585209, 0.8677536231884059,
		0.8824640967498111
	],
	itemTotalCorrected: [
		0.8043281452747836, 0.8049378761325651, 0.581534021517072, 0.7531233792104256,
		0.6518495877428554, 0.5675333074043405
	],
	/** With an item maximum of 2. */
	difficulty: [
		0.6666666666666666, 0.5833333333333334, 0.625, 0.4583333333333333, 0.2916666666666667,
		0.4166666666666667
	],
	oddEven: 0.7493747173620504,
	spearmanBrown: 0.8567343633410474,
	sem: 1.2762397418933003,
	percentile20: 2,
	meanMinus1Sd: 2.3793224033147715
};
