import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, migrateToLatest, type Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { campaignResults } from '../results/results';
import { testDatabases } from '../testing/db';
import { makeAdviserCampaign } from '../testing/factories';
import { recordingQueries, sqlitePlans } from '../testing/queries';
import { shortlistedCampaign } from '../testing/shortlist';
import { employerShortlist } from './shortlist';

describe.each(testDatabases())('a page about one shortlisted candidate [$name]', ({ open }) => {
	let db: Db;
	let adviser: SessionUser;
	let campaignId: string;
	beforeEach(async () => {
		db = await open();
		({ adviser, campaignId } = await makeAdviserCampaign(db));
	});
	afterEach(async () => db.destroy());

	// The follow-up page of one candidate built the whole shortlist (each one's follow-up too)
	// and audited every identity in it as viewed.
	it('reads and audits that candidate only', async () => {
		const { attempts, employer } = await shortlistedCampaign(db, adviser, campaignId, [
			'Awa',
			'Bruno',
			'Chloé'
		]);
		const one = await employerShortlist(
			db,
			employer,
			{ id: campaignId, shareScores: false },
			new Date(),
			{ attemptId: attempts.Bruno! }
		);
		expect(one.map((c) => c.firstName)).toEqual(['Bruno']);
		expect(one[0]!.note).toBe('Note pour Bruno');
		const views = await db
			.selectFrom('audit_log')
			.select('subject_id')
			.where('action', '=', 'identity.viewed')
			.execute();
		expect(views).toEqual([{ subject_id: attempts.Bruno }]);
		// The whole shortlist is still there for the campaign's page.
		const all = await employerShortlist(db, employer, { id: campaignId, shareScores: false });
		expect(all.map((c) => c.firstName)).toEqual(['Awa', 'Bruno', 'Chloé']);
	});
});

describe('decisions are read by attempt [sqlite]', () => {
	let db: Db;
	afterEach(async () => db.destroy());

	// Every decision of every campaign was read to find one campaign's current ones: once for
	// the results page, once per candidate (a correlated subquery) for the shortlist.
	it('through an index, never a scan of all decisions', async () => {
		db = openDatabase(':memory:');
		await migrateToLatest(db);
		const { adviser, campaignId } = await makeAdviserCampaign(db);
		const { employer } = await shortlistedCampaign(db, adviser, campaignId, ['Awa', 'Bruno']);
		const recorded = recordingQueries(db);
		await campaignResults(recorded.db, campaignId);
		await employerShortlist(recorded.db, employer, { id: campaignId, shareScores: false });
		const plans = sqlitePlans(db, recorded.queries);
		const decisions = plans.filter((p) => /\b(d|decisions)\b/.test(p));
		expect(decisions.length).toBeGreaterThan(0);
		expect(decisions.filter((p) => p.startsWith('SCAN'))).toEqual([]);
	});
});
