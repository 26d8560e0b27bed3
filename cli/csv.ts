/**
 * Reads a score file: a header row naming the items, then one row per person with one number
 * per item. An identifier column is skipped: the one named by `idColumn`, or else a first
 * column named `id`. A row whose identifier cell reads `max`, right after the header, gives
 * each item's maximum score (for items scored 0–1, 0–2, 0–4… in one file). Made for what spreadsheets export:
 * comma or semicolon separators (with a semicolon, a decimal comma is accepted: `0,5`), a UTF-8
 * byte order mark, CRLF line ends, quoted cells, blank lines.
 */
import type { ScoreMatrix } from '../src/lib/psychometrics/matrix';

/** A file that cannot be read as scores; the message names the line (header = 1) or column. */
export class CsvError extends Error {
	override readonly name = 'CsvError';
}

export interface ScoreFile extends ScoreMatrix {
	/** The file line (1-based) of the header: 1 unless the file starts with blank lines. */
	headerLine: number;
	/** The file line of each row. */
	lines: number[];
	separator: ',' | ';';
	/** Each item's maximum from a `max` row, or `null` when the file has none. */
	maxima: number[] | null;
}

export interface ScoreFileOptions {
	/** The header of a column to skip (e.g. employees' codes), matched without case. */
	idColumn?: string;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Splits one line into cells; a quoted cell may hold the separator and doubled quotes. */
function splitLine(text: string, separator: string, line: number): string[] {
	const cells: string[] = [];
	let i = 0;
	for (;;) {
		while (text[i] === ' ' || text[i] === '\t') i++;
		let cell: string;
		if (text[i] === '"') {
			cell = '';
			for (i++; ; i++) {
				if (i >= text.length) throw new CsvError(`line ${line}: a quote is not closed`);
				if (text[i] === '"') {
					if (text[i + 1] !== '"') break;
					i++;
				}
				cell += text[i];
			}
			const next = text.indexOf(separator, i);
			const after = text.slice(i + 1, next < 0 ? undefined : next);
			if (after.trim()) throw new CsvError(`line ${line}: text after a closing quote`);
			i = next < 0 ? text.length : next;
		} else {
			const next = text.indexOf(separator, i);
			cell = text.slice(i, next < 0 ? undefined : next).trim();
			i = next < 0 ? text.length : next;
		}
		cells.push(cell);
		if (i >= text.length) return cells;
		i++; // the separator
	}
}

function parseScore(raw: string, separator: string): number | null {
	const text = separator === ';' ? raw.replace(/^([+-]?\d*),(\d+)$/, '$1.$2') : raw;
	return NUMBER.test(text) ? Number(text) : null;
}

/** Parses a score file; throws a `CsvError` naming the line or column of the first problem. */
export function parseScoreCsv(content: string, { idColumn }: ScoreFileOptions = {}): ScoreFile {
	const lines = content.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
	const headerIndex = lines.findIndex((l) => l.trim() !== '');
	if (headerIndex < 0) throw new CsvError('the file is empty');
	const headerLine = headerIndex + 1;
	const headerText = lines[headerIndex]!;
	// The header decides: a semicolon outside quotes makes it a semicolon file.
	const separator = headerText.replace(/"(?:[^"]|"")*"/g, '').includes(';') ? ';' : ',';
	const header = splitLine(headerText, separator, headerLine);
	const wanted = (idColumn ?? 'id').toLowerCase();
	let idIndex = header.findIndex((name) => name.toLowerCase() === wanted);
	if (idColumn === undefined && idIndex > 0) idIndex = -1;
	if (idColumn !== undefined && idIndex < 0) {
		throw new CsvError(`line ${headerLine}: no column "${idColumn}" (see --id)`);
	}
	const itemColumns = header.map((_, c) => c).filter((c) => c !== idIndex);
	const items = itemColumns.map((c) => header[c]!);
	const seen = new Set<string>();
	items.forEach((item, i) => {
		if (!item)
			throw new CsvError(`line ${headerLine}, column ${itemColumns[i]! + 1}: no item name`);
		if (seen.has(item)) throw new CsvError(`line ${headerLine}: column "${item}" appears twice`);
		seen.add(item);
	});

	const rows: number[][] = [];
	const rowLines: number[] = [];
	let maxima: number[] | null = null;
	for (let index = headerIndex + 1; index < lines.length; index++) {
		const line = index + 1;
		const text = lines[index]!;
		if (text.trim() === '') continue;
		const cells = splitLine(text, separator, line);
		if (cells.every((cell) => cell === '')) continue;
		if (cells.length !== header.length) {
			throw new CsvError(
				`line ${line} has ${cells.length} cell${cells.length === 1 ? '' : 's'} where the header has ${header.length}`
			);
		}
		const numbers = items.map((item, i) => {
			const raw = cells[itemColumns[i]!]!;
			if (raw === '') throw new CsvError(`line ${line}, column "${item}": the cell is empty`);
			const score = parseScore(raw, separator);
			if (score === null || !Number.isFinite(score)) {
				throw new CsvError(`line ${line}, column "${item}": "${raw}" is not a number`);
			}
			return score;
		});
		if (idIndex >= 0 && cells[idIndex]!.toLowerCase() === 'max') {
			if (maxima || rows.length) {
				throw new CsvError(`line ${line}: the "max" row must come once, right after the header`);
			}
			numbers.forEach((max, i) => {
				if (!(max > 0)) {
					throw new CsvError(
						`line ${line}, column "${items[i]}": a maximum must be above 0, got ${max}`
					);
				}
			});
			maxima = numbers;
			continue;
		}
		rows.push(numbers);
		rowLines.push(line);
	}
	return { items, rows, headerLine, lines: rowLines, separator, maxima };
}

/**
 * Reads a score file and checks what the statistics need: at least 2 items and 2 persons, and
 * every score from 0 to its item's maximum — `itemMax` (one for all items, or one per item),
 * or the file's `max` row, or 1. Returns the file with `maxima` filled for every item. Throws a
 * `CsvError` naming the line or the column.
 */
export function readScoreFile(
	content: string,
	itemMax?: number | readonly number[],
	options: ScoreFileOptions = {}
): ScoreFile & { maxima: number[] } {
	const file = parseScoreCsv(content, options);
	const { items, rows, headerLine, lines } = file;
	if (items.length < 2) {
		const found = items.length ? `one item column ("${items[0]}")` : 'no item column';
		throw new CsvError(`line ${headerLine}: ${found}; at least 2 are needed`);
	}
	if (rows.length < 2) {
		const found = rows.length ? `one person (line ${lines[0]})` : 'no person';
		throw new CsvError(`${found} after the header; at least 2 are needed`);
	}
	if (itemMax !== undefined && file.maxima) {
		throw new CsvError('the file has a "max" row and --item-max is given: keep only one of them');
	}
	if (typeof itemMax === 'object' && itemMax.length !== items.length) {
		throw new CsvError(
			`--item-max gives ${itemMax.length} maxima for ${items.length} items (${items.join(', ')})`
		);
	}
	const maxima =
		file.maxima ?? (typeof itemMax === 'object' ? [...itemMax] : items.map(() => itemMax ?? 1));
	rows.forEach((row, r) => {
		row.forEach((score, c) => {
			if (score < 0 || score > maxima[c]!) {
				throw new CsvError(
					`line ${lines[r]}, column "${items[c]}": ${score} is outside 0–${maxima[c]} (${file.maxima ? 'see the "max" row' : 'see --item-max'})`
				);
			}
		});
	});
	return { ...file, maxima };
}
