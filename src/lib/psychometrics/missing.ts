/**
 * Reliability and item analysis when some cells are missing: items a person never reached on a
 * timed test (they count 0 in the person's score, but are not wrong answers), or item kinds a
 * person's form did not hold. Scoring them 0 would make everyone who stopped early look
 * consistently weak on the last items and inflate α.
 *
 * Method: Cronbach's α from the covariance matrix of the items computed pairwise (each
 * covariance over the persons who have both items, each variance over those who have the item),
 * α = k/(k − 1) · (1 − Σ variances / Σ all covariances), as R's `psych::alpha` does by default
 * (`use = "pairwise"`); the corrected item–total correlations and α-if-deleted come from the same
 * matrix, as `psych::alpha`'s `r.drop` and `alpha.drop`. With no missing cell it is exactly the
 * usual α (`itemReliability`). Reference: Revelle, *psych* package, `alpha`; on the choice of
 * pairwise covariances over dropping persons, Enders, *Applied Missing Data Analysis* (2010), ch. 2.
 */
import { correlation, pairedMoments } from './descriptives';
import { PsychometricsError } from './matrix';
import { spearmanBrown, type ItemStats, type SplitHalf } from './reliability';

/** A persons × items matrix where `null` is a missing cell (not reached, not on the form). */
export interface SparseScoreMatrix {
	readonly items: readonly string[];
	readonly rows: readonly (readonly (number | null)[])[];
}

export interface SparseItemReliability {
	alpha: number;
	items: (ItemStats & { /** Persons who have the item. */ n: number })[];
	constantItems: string[];
	/** Cells left missing. */
	missing: number;
}

function validateSparse({ items, rows }: SparseScoreMatrix): void {
	if (items.length < 2)
		throw new PsychometricsError('too-few-items', `${items.length} item(s): at least 2 are needed`);
	if (rows.length < 2)
		throw new PsychometricsError(
			'too-few-persons',
			`${rows.length} person(s): at least 2 are needed`
		);
	rows.forEach((row, r) => {
		if (row.length !== items.length)
			throw new PsychometricsError(
				'ragged-row',
				`row ${r + 1} has ${row.length} scores for ${items.length} items`,
				{ row: r }
			);
		row.forEach((value, c) => {
			if (value !== null && !Number.isFinite(value))
				throw new PsychometricsError(
					'not-a-number',
					`row ${r + 1}, item "${items[c]}": ${value} is not a finite number`,
					{ row: r, item: items[c]! }
				);
		});
	});
}

/** The pairwise covariance matrix (sample, n − 1): each pair over the persons who have both. */
export function pairwiseCovariances(matrix: SparseScoreMatrix): number[][] {
	validateSparse(matrix);
	const k = matrix.items.length;
	const c: number[][] = Array.from({ length: k }, () => Array<number>(k).fill(0));
	for (let i = 0; i < k; i++) {
		for (let j = i; j < k; j++) {
			const x: number[] = [];
			const y: number[] = [];
			for (const row of matrix.rows) {
				if (row[i] !== null && row[j] !== null) {
					x.push(row[i]!);
					y.push(row[j]!);
				}
			}
			if (x.length < 2) {
				const [a, b] = [matrix.items[i]!, matrix.items[j]!];
				throw new PsychometricsError(
					'too-few-persons',
					i === j
						? `item "${a}" was reached by fewer than 2 persons`
						: `items "${a}" and "${b}" were both reached by fewer than 2 persons`,
					{ item: a }
				);
			}
			const m = pairedMoments(x, y);
			c[i]![j] = c[j]![i] = i === j ? m.varianceX : m.covariance;
		}
	}
	return c;
}

/** α of the items kept, from a covariance matrix; `null` with fewer than 2 or no total variance. */
function alphaOfCovariances(c: number[][], kept: readonly number[]): number | null {
	const k = kept.length;
	let trace = 0;
	let total = 0;
	for (const i of kept) {
		trace += c[i]![i]!;
		for (const j of kept) total += c[i]![j]!;
	}
	if (k < 2 || !(total > 0)) return null;
	return (k / (k - 1)) * (1 - trace / total);
}

/**
 * α and the analysis of each item with missing cells (see the module's comment for the method).
 * `itemMax` is every item's maximum or each item's in column order. Throws a
 * `PsychometricsError` on an invalid matrix, a pair of items that fewer than 2 persons both
 * have, or no variance in the total.
 */
export function pairwiseItemReliability(
	matrix: SparseScoreMatrix,
	itemMax: number | readonly number[] = 1
): SparseItemReliability {
	const c = pairwiseCovariances(matrix);
	const k = matrix.items.length;
	const all = Array.from({ length: k }, (_, i) => i);
	const alpha = alphaOfCovariances(c, all);
	if (alpha === null)
		throw new PsychometricsError(
			'zero-variance-total',
			'the items have no variance in total: α is undefined'
		);
	let missing = 0;
	const items = matrix.items.map((item, j) => {
		const observed = matrix.rows.flatMap((row) => (row[j] === null ? [] : [row[j]!]));
		missing += matrix.rows.length - observed.length;
		const max = typeof itemMax === 'number' ? itemMax : itemMax[j];
		if (max === undefined || !(Number.isFinite(max) && max > 0))
			throw new PsychometricsError(
				'bad-item-max',
				`item "${item}" needs a positive maximum score, got ${max}`,
				{ item }
			);
		const others = all.filter((i) => i !== j);
		let withOthers = 0;
		let othersVariance = 0;
		for (const i of others) {
			withOthers += c[j]![i]!;
			for (const l of others) othersVariance += c[i]![l]!;
		}
		const variance = c[j]![j]!;
		const itemMean = observed.reduce((s, v) => s + v, 0) / observed.length;
		return {
			item,
			n: observed.length,
			mean: itemMean,
			sd: Math.sqrt(variance),
			difficulty: itemMean / max,
			itemTotalCorrected:
				variance > 0 && othersVariance > 0
					? Math.max(-1, Math.min(1, withOthers / Math.sqrt(variance * othersVariance)))
					: null,
			alphaIfDeleted: alphaOfCovariances(c, others)
		};
	});
	return {
		alpha,
		items,
		constantItems: items.filter((i) => i.sd === 0).map((i) => i.item),
		missing
	};
}

/**
 * Odd–even split-half over each person's cells that are not missing, in column order (means
 * of each half, as `splitHalfOfSequences`), then Spearman–Brown. Persons with fewer than 2
 * cells are left out.
 */
export function sparseSplitHalf({ rows }: SparseScoreMatrix): SplitHalf {
	const odd: number[] = [];
	const even: number[] = [];
	for (const row of rows) {
		const cells = row.filter((v): v is number => v !== null);
		if (cells.length < 2) continue;
		const half = (parity: number) => {
			const part = cells.filter((_, i) => i % 2 === parity);
			return part.reduce((s, v) => s + v, 0) / part.length;
		};
		odd.push(half(0));
		even.push(half(1));
	}
	const r = odd.length >= 2 ? correlation(odd, even) : null;
	return { oddEven: r, spearmanBrown: spearmanBrown(r) };
}
