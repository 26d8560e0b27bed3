import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from '../src/lib/server/db';
import { makeAdviserCampaign } from '../src/lib/server/testing/factories';
import { makePlayedSession } from '../src/lib/server/testing/results';
import { run, type CliIo } from './run';

describe('habile purge', () => {
	it('deletes expired candidates at the given date, prints the counts, refuses a bad date', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'habile-purge-')), 'cli.db');
		const db = openDatabase(file);
		await migrateToLatest(db);
		const { adviser, campaignId } = await makeAdviserCampaign(db);
		await makePlayedSession(db, adviser, campaignId, { skills: [0.5, null] });
		await db.destroy();

		const out: string[] = [];
		const err: string[] = [];
		const io: CliIo = {
			stdout: (l) => out.push(l),
			stderr: (l) => err.push(l),
			readSecret: async () => '',
			env: { DATABASE_URL: file }
		};
		expect(await run(['purge', '--now', '2027-01-01T00:00:00Z'], io)).toBe(0);
		expect(out.at(-1)).toBe(
			'purged 0 candidates: 0 identities, 0 attempts, 0 runs, 0 events, 0 scores, 0 decisions, 0 hiring, 0 aggregated'
		);
		expect(await run(['purge', '--now', '2027-03-04'], io)).toBe(0);
		expect(out.at(-1)).toMatch(
			/^purged 2 candidates: 2 identities, 2 attempts, 2 runs, \d+ events, 1 scores, 0 decisions, 0 hiring, 1 aggregated$/
		);
		expect(await run(['purge', '--now', 'tomorrow'], io)).toBe(2);
		expect(err.at(-1)).toContain('--now must be an ISO 8601 date, got "tomorrow"');
		expect(await run(['purge', '--force'], io)).toBe(2);
	});
});
