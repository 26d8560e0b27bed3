import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { testDatabases } from '../testing/db';
import { makeAdviserCampaign } from '../testing/factories';
import { makePlayedSession } from '../testing/results';
import { frenchNumber, parseResultsCsv, readFrenchNumber, resultsCsv } from './csv';
import { recordDecision } from './decisions';
import { campaignResults, resultColumns } from './results';

const t = translator('fr');

describe('French numbers', () => {
	it('write a decimal comma and read it back', () => {
		expect(frenchNumber(12.5)).toBe('12,5');
		expect(frenchNumber(3)).toBe('3');
		expect(frenchNumber(2 / 3)).toBe('0,67');
		expect(frenchNumber(null)).toBe('');
		expect(readFrenchNumber('12,5')).toBe(12.5);
		expect(readFrenchNumber('')).toBeNull();
	});
});

describe.each(testDatabases())('results CSV [$name]', ({ open }) => {
	let db: Db;
	let adviser: SessionUser;
	let campaignId: string;

	beforeEach(async () => {
		db = await open();
		({ adviser, campaignId } = await makeAdviserCampaign(db));
	});
	afterEach(async () => db.destroy());

	it('is a French spreadsheet by code, which reads back to the same numbers', async () => {
		const { candidates } = await makePlayedSession(db, adviser, campaignId, {
			skills: [1, 0.4, null],
			threshold: 6.5
		});
		await recordDecision(db, adviser, campaignId, candidates[0]!.personId, {
			decision: 'present',
			reason: 'thresholds-met'
		});
		const results = await campaignResults(db, campaignId);
		const csv = resultsCsv(results, resultColumns(results), t);

		expect(csv.startsWith('\uFEFFCode;Date de session;')).toBe(true);
		expect(csv.split('\r\n')).toHaveLength(results.length + 2); // header, rows, final CRLF
		expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
		expect(csv).not.toMatch(/Prénom|Nom\d/);

		const rows = parseResultsCsv(csv);
		expect(rows.map((r) => r['Code'])).toEqual(results.map((r) => r.code));
		for (const [i, row] of rows.entries()) {
			const r = results[i]!;
			expect(readFrenchNumber(row['Le poste de tri — score']!)).toBe(r.exercises[0]!.raw);
			expect(readFrenchNumber(row['Le poste de tri — seuil']!)).toBe(6.5);
			expect(row['Date de session']).toBe('2026-12-03 09:00');
		}
		expect(csv).toContain(';6,5;');
		const presented = rows.find((r) => r['Code'] === candidates[0]!.code)!;
		expect(presented).toMatchObject({
			Statut: 'Admis',
			Décision: 'Présenté',
			Motif: 'Seuils atteints'
		});
		expect(rows.find((r) => r['Code'] === candidates[2]!.code)!['Statut']).toBe('Pas commencé');
	});
});
