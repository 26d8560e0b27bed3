/**
 * The persons × items score matrix that reliability and item analysis work on, and the one typed
 * error of this module.
 */

/** One row per person, one column per item, in the order the items were presented. */
export interface ScoreMatrix {
	readonly items: readonly string[];
	readonly rows: readonly (readonly number[])[];
}

export type PsychometricsErrorCode =
	| 'too-few-persons'
	| 'too-few-items'
	| 'ragged-row'
	| 'not-a-number'
	| 'bad-item-max'
	| 'zero-variance-total';

/**
 * Input on which a statistic cannot be computed. `row` is 0-based (the first person is row 0);
 * `item` is the item's name. Messages are in English, for logs and the CLI; the adviser's page
 * shows its own words from `code`.
 */
export class PsychometricsError extends Error {
	override readonly name = 'PsychometricsError';
	constructor(
		readonly code: PsychometricsErrorCode,
		message: string,
		readonly where: { row?: number; item?: string } = {}
	) {
		super(message);
	}
}

/** Throws unless there are at least 2 persons and 2 items and every cell is a finite number. */
export function validateMatrix({ items, rows }: ScoreMatrix): void {
	if (items.length < 2) {
		throw new PsychometricsError(
			'too-few-items',
			`${items.length} item${items.length === 1 ? '' : 's'}: at least 2 are needed`
		);
	}
	if (rows.length < 2) {
		throw new PsychometricsError(
			'too-few-persons',
			`${rows.length} person${rows.length === 1 ? '' : 's'}: at least 2 are needed`
		);
	}
	rows.forEach((row, r) => {
		if (row.length !== items.length) {
			throw new PsychometricsError(
				'ragged-row',
				`row ${r + 1} has ${row.length} scores for ${items.length} items`,
				{ row: r }
			);
		}
		row.forEach((value, c) => {
			if (!Number.isFinite(value)) {
				const item = items[c]!;
				throw new PsychometricsError(
					'not-a-number',
					`row ${r + 1}, item "${item}": ${value} is not a finite number`,
					{ row: r, item }
				);
			}
		});
	});
}

/** The matrix by columns: one array of scores per item. */
export function itemColumns({ items, rows }: ScoreMatrix): number[][] {
	return items.map((_, c) => rows.map((row) => row[c]!));
}

/** Each person's total: the sum of their item scores. */
export function rowTotals({ rows }: ScoreMatrix): number[] {
	return rows.map((row) => row.reduce((s, v) => s + v, 0));
}

/** One scored item of a person's run, as item analysis reads it (see `ScoredItem`, contract). */
export interface ScoredCell {
	key: string;
	/** What the item is, the same on every form; the key when left out. */
	content?: string;
	score: number;
	max: number;
	/** `false`: never reached on a timed test, missing rather than wrong. */
	reached?: boolean;
}

/** Persons × content ids, with missing cells, and each column's maximum score. */
export interface ContentMatrix {
	readonly items: readonly string[];
	readonly rows: readonly (readonly (number | null)[])[];
	readonly itemMax: readonly number[];
	/** Cells left missing: content a person did not reach, or their form did not hold. */
	readonly missing: number;
}

/**
 * The matrix item analysis works on when each person sees different content at each position:
 * one column per content id (in the order they first appear), each cell the person's mean score
 * over the items of that content they reached, `null` when they reached none. Items not reached
 * are missing, not 0. With one fixed set of items (content ids left out, the same keys for
 * everyone) it is the usual persons × items matrix.
 */
export function contentMatrix(persons: readonly (readonly ScoredCell[])[]): ContentMatrix {
	const columns = new Map<string, number>();
	const itemMax: number[] = [];
	for (const items of persons) {
		for (const item of items) {
			const id = item.content ?? item.key;
			if (!columns.has(id)) {
				columns.set(id, columns.size);
				itemMax.push(item.max || 1);
			}
		}
	}
	let missing = 0;
	const rows = persons.map((items) => {
		const sums = new Array<number>(columns.size).fill(0);
		const counts = new Array<number>(columns.size).fill(0);
		for (const item of items) {
			if (item.reached === false) continue;
			const c = columns.get(item.content ?? item.key)!;
			sums[c]! += item.score;
			counts[c]! += 1;
		}
		return sums.map((s, c) => {
			if (counts[c] === 0) {
				missing++;
				return null;
			}
			return s / counts[c]!;
		});
	});
	return { items: [...columns.keys()], rows, itemMax, missing };
}
