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
