import type { Translate } from '$lib/i18n';
import { utcToZoned } from '$lib/domain/time';
import { columnKey, type CandidateResult, type ResultColumn } from './results';

/**
 * The results as a spreadsheet opens them in France: UTF-8 with a byte order mark (or Excel
 * reads accents wrong), semicolons, CRLF line ends, decimal commas. One row per candidate, by
 * code — never by name.
 */
const BOM = '\uFEFF';
const SEPARATOR = ';';
const EOL = '\r\n';

const cell = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** 12.5 → "12,5"; at most 2 decimals. */
export const frenchNumber = (x: number | null) =>
	x === null ? '' : String(Math.round(x * 100) / 100).replace('.', ',');

/** The candidate's progress or status in words. */
export function statusText(r: CandidateResult, t: Translate): string {
	return r.status ? t(`results.status.${r.status}`) : t(`results.progress.${r.progress}`);
}

export function resultsCsv(
	results: readonly CandidateResult[],
	columns: readonly ResultColumn[],
	t: Translate
): string {
	const header = [
		t('results.csv.code'),
		t('results.csv.session'),
		...columns.flatMap((c) => [
			t('results.csv.score', { exercise: c.title }),
			t('results.csv.threshold', { exercise: c.title })
		]),
		t('results.csv.status'),
		t('results.csv.decision'),
		t('results.csv.reason')
	];
	const rows = results.map((r) => {
		const byColumn = new Map(r.exercises.map((e) => [columnKey(e), e]));
		const session = r.sessionStartsAt ? utcToZoned(r.sessionStartsAt) : null;
		return [
			r.code,
			session ? `${session.date} ${session.time}` : '',
			...columns.flatMap((c) => {
				const e = byColumn.get(c.key);
				return [frenchNumber(e?.raw ?? null), frenchNumber(e?.threshold ?? null)];
			}),
			statusText(r, t),
			r.decision ? t(`shortlist.decision.${r.decision.decision}`) : '',
			r.decision?.reason ? t(`shortlist.reason.${r.decision.reason}`) : ''
		];
	});
	return BOM + [header, ...rows].map((row) => row.map(cell).join(SEPARATOR)).join(EOL) + EOL;
}

/** Reads back a file `resultsCsv` wrote (cells by header name): for tests and re-imports. */
export function parseResultsCsv(content: string): Record<string, string>[] {
	const rows: string[][] = [];
	let row: string[] = [];
	let value = '';
	let quoted = false;
	const text = content.replace(/^\uFEFF/, '');
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted && ch === '"' && text[i + 1] === '"') {
			value += '"';
			i++;
		} else if (ch === '"') {
			quoted = !quoted;
		} else if (!quoted && ch === SEPARATOR) {
			row.push(value);
			value = '';
		} else if (!quoted && ch === '\r' && text[i + 1] === '\n') {
			row.push(value);
			rows.push(row);
			row = [];
			value = '';
			i++;
		} else {
			value += ch;
		}
	}
	const [header = [], ...body] = rows;
	return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

/** "12,5" → 12.5; an empty cell → null. */
export const readFrenchNumber = (text: string) =>
	text === '' ? null : Number(text.replace(',', '.'));
