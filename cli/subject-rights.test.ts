import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from '../src/lib/server/db';
import { makeAdviserCampaign } from '../src/lib/server/testing/factories';
import { makePlayedSession } from '../src/lib/server/testing/results';
import { run, type CliIo } from './run';

describe('habile export-person and erase-person', () => {
	it('exports a candidate found by code, erases them with a reason, refuses the rest', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'habile-person-'));
		const file = join(dir, 'cli.db');
		const db = openDatabase(file);
		await migrateToLatest(db);
		const { adviser, campaignId } = await makeAdviserCampaign(db);
		const { candidates } = await makePlayedSession(db, adviser, campaignId, {
			skills: [0.5, null],
			names: ['Ysolde', 'Barnabé']
		});
		await db.destroy();
		const [ysolde, other] = candidates;

		const out: string[] = [];
		const err: string[] = [];
		const io: CliIo = {
			stdout: (l) => out.push(l),
			stderr: (l) => err.push(l),
			readSecret: async () => '',
			env: { DATABASE_URL: file }
		};
		const exported = join(dir, 'ysolde.json');
		expect(
			await run(['export-person', '--person', ysolde!.code.toLowerCase(), '--out', exported], io)
		).toBe(0);
		expect(out.at(-1)).toBe(`exported ${ysolde!.code} to ${exported}`);
		expect(JSON.parse(readFileSync(exported, 'utf8'))).toMatchObject({
			person: { id: ysolde!.personId },
			identity: { firstName: 'Ysolde' }
		});
		expect(await run(['export-person', '--person', other!.personId], io)).toBe(0);
		expect(JSON.parse(out.at(-1)!).identity.firstName).toBe('Barnabé');

		expect(await run(['erase-person', '--person', ysolde!.code], io)).toBe(2);
		expect(err.at(-1)).toContain('--reason must be one of consent-withdrawn, erasure-request');
		expect(
			await run(['erase-person', '--person', ysolde!.code, '--reason', 'erasure-request'], io)
		).toBe(0);
		expect(out.at(-1)).toMatch(
			new RegExp(`^erased ${ysolde!.code}: 1 identities, 1 attempts, 1 runs, \\d+ events, 1 scores`)
		);
		expect(await run(['export-person', '--person', ysolde!.code], io)).toBe(2);
		expect(err.at(-1)).toBe(`Error: no candidate "${ysolde!.code}"`);

		const check = openDatabase(file);
		const audit = await check
			.selectFrom('audit_log')
			.select(['actor_id', 'subject_id', 'details'])
			.where('action', '=', 'person.erased')
			.execute();
		await check.destroy();
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({ actor_id: null, subject_id: ysolde!.personId });
		expect(audit[0]!.details).not.toContain('Ysolde');
	});
});
