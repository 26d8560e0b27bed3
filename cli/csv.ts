/**
 * Reads a score file: a header row naming the items, then one row per person with one number
 * per item. An optional first column named `id` is ignored. Made for what spreadsheets export:
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
export function parseScoreCsv(content: string): ScoreFile {
	const lines = content.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
	const headerIndex = lines.findIndex((l) => l.trim() !== '');
	if (headerIndex < 0) throw new CsvError('the file is empty');
	const headerLine = headerIndex + 1;
	const headerText = lines[headerIndex]!;
	// The header decides: a semicolon outside quotes makes it a semicolon file.
	const separator = headerText.replace(/"(?:[^"]|"")*"/g, '').includes(';') ? ';' : ',';
	const header = splitLine(headerText, separator, headerLine);
	const skip = header[0]?.toLowerCase() === 'id' ? 1 : 0;
	const items = header.slice(skip);
	const seen = new Set<string>();
	items.forEach((item, c) => {
		if (!item) throw new CsvError(`line ${headerLine}, column ${c + skip + 1}: no item name`);
		if (seen.has(item)) throw new CsvError(`line ${headerLine}: column "${item}" appears twice`);
		seen.add(item);
	});

	const rows: number[][] = [];
	const rowLines: number[] = [];
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
		rows.push(
			items.map((item, c) => {
				const raw = cells[c + skip]!;
				if (raw === '') throw new CsvError(`line ${line}, column "${item}": the cell is empty`);
				const score = parseScore(raw, separator);
				if (score === null || !Number.isFinite(score)) {
					throw new CsvError(`line ${line}, column "${item}": "${raw}" is not a number`);
				}
				return score;
			})
		);
		rowLines.push(line);
	}
	return { items, rows, headerLine, lines: rowLines, separator };
}

/**
 * Reads a score file and checks what the statistics need: at least 2 items and 2 persons, and
 * every score from 0 to `itemMax`. Throws a `CsvError` naming the line or the column.
 */
export function readScoreFile(content: string, itemMax: number): ScoreFile {
	const file = parseScoreCsv(content);
	const { items, rows, headerLine, lines } = file;
	if (items.length < 2) {
		const found = items.length ? `one item column ("${items[0]}")` : 'no item column';
		throw new CsvError(`line ${headerLine}: ${found}; at least 2 are needed`);
	}
	if (rows.length < 2) {
		const found = rows.length ? `one person (line ${lines[0]})` : 'no person';
		throw new CsvError(`${found} after the header; at least 2 are needed`);
	}
	rows.forEach((row, r) => {
		row.forEach((score, c) => {
			if (score < 0 || score > itemMax) {
				throw new CsvError(
					`line ${lines[r]}, column "${items[c]}": ${score} is outside 0–${itemMax} (see --item-max)`
				);
			}
		});
	});
	return file;
}
