import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { testDatabases } from '../testing/db';
import { makeAdviserCampaign } from '../testing/factories';
import { makePlayedSession, type PlayedCandidate } from '../testing/results';
import { purgeExpired } from '../retention/purge';
import { agencyFairness, campaignFairness } from './fairness';

describe.each(testDatabases())('fairness counts [$name]', ({ open }) => {
	let db: Db;
	let adviser: SessionUser;
	let campaignId: string;
	let agencyId: string;
	let candidates: PlayedCandidate[];

	beforeEach(async () => {
		db = await open();
		({ adviser, campaignId, agencyId } = await makeAdviserCampaign(db));
		// Session on 3 December 2026; threshold 5 of 10 on consignes.
		({ candidates } = await makePlayedSession(db, adviser, campaignId, {
			skills: [0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.1, 0.1]
		}));
		// The last three had extra time; two of them chose English on the kiosk.
		for (const [i, c] of candidates.entries())
			await db
				.updateTable('attempts')
				.set({
					accommodations: JSON.stringify({ timeMultiplier: i >= 5 ? 1.5 : 1 }),
					preferences: JSON.stringify({ locale: i >= 6 ? 'en' : 'fr' })
				})
				.where('id', '=', c.attemptId)
				.execute();
	});
	afterEach(async () => db.destroy());

	const table = (f: Awaited<ReturnType<typeof campaignFairness>>, dimension: string) =>
		f.tables.find((t) => t.dimension === dimension && t.exercise === 'consignes')!;

	it('compares pass rates by time multiplier, language and session', async () => {
		const f = await campaignFairness(db, campaignId);
		expect(f.live).toBe(8);
		expect(f.exercises.map((e) => e.id)).toEqual(['battery', 'consignes']);
		const time = table(f, 'time');
		const extra = time.groups.find((g) => g.group === 'extra')!;
		const standard = time.groups.find((g) => g.group === 'standard')!;
		expect(standard).toMatchObject({ tested: 5 });
		expect(extra).toMatchObject({ tested: 3, tooSmall: true, impactRatio: null });
		expect(table(f, 'session').groups).toHaveLength(1);
		expect(table(f, 'language').groups.map((g) => [g.group, g.tested])).toEqual([
			['en', 2],
			['fr', 6]
		]);
	});

	it('lists sessions in date order', async () => {
		const earlier = await makePlayedSession(db, adviser, campaignId, {
			skills: [0.95],
			date: '2026-11-30'
		});
		const later = await makePlayedSession(db, adviser, campaignId, {
			skills: [0.95],
			date: '2026-12-20'
		});
		const f = await campaignFairness(db, campaignId);
		const first = f.tables.find((t) => t.dimension === 'session' && t.exercise === 'battery')!;
		const ids = first.groups.map((g) => g.group);
		expect(ids).toHaveLength(3);
		expect(ids[0]).toBe(earlier.session.id);
		expect(ids[2]).toBe(later.session.id);
		expect(ids.map((id) => f.sessions[id]!)).toEqual([...ids.map((id) => f.sessions[id]!)].sort());
	});

	it('keeps the counts of purged candidates in an anonymised aggregate', async () => {
		const before = await campaignFairness(db, campaignId);
		// Nobody was shortlisted: three months after the session, all of them go.
		const counts = await purgeExpired(db, new Date('2027-03-03T08:01:00Z'));
		expect(counts).toMatchObject({ persons: 8, aggregated: 8 });
		const after = await campaignFairness(db, campaignId);
		expect(after).toMatchObject({ live: 0, archived: 8 });
		for (const dimension of ['time', 'spoken', 'language'])
			expect(table(after, dimension).groups).toEqual(table(before, dimension).groups);
		// Sessions are not kept: their dates could point to a person.
		expect(after.tables.some((t) => t.dimension === 'session')).toBe(false);
		const stored = await db.selectFrom('fairness_aggregates').selectAll().execute();
		expect(Object.keys(stored[0]!).sort()).toEqual(
			['campaign_id', 'dimension', 'exercise', 'grp', 'passed', 'tested', 'updated_at'].sort()
		);
		// A second purge adds nothing twice.
		expect((await purgeExpired(db, new Date('2027-03-04T08:01:00Z'))).aggregated).toBe(0);
		expect(await campaignFairness(db, campaignId)).toEqual(after);
	});

	it('pools the agency’s closed campaigns, suppressing groups under 5 people', async () => {
		expect((await agencyFairness(db, agencyId)).campaigns).toEqual([]);
		await db
			.updateTable('campaigns')
			.set({ status: 'closed' })
			.where('id', '=', campaignId)
			.execute();
		const pooled = await agencyFairness(db, agencyId);
		expect(pooled.campaigns).toHaveLength(1);
		expect(pooled.campaigns[0]!.candidates).toBe(8);
		const time = pooled.tables.find((t) => t.dimension === 'time' && t.exercise === 'battery')!;
		// Extra time (3 people) and English (2) are suppressed, not shown as small numbers.
		expect(time.groups.map((g) => g.group)).toEqual(['standard']);
		const language = pooled.tables.find(
			(t) => t.dimension === 'language' && t.exercise === 'battery'
		)!;
		expect(language.groups.map((g) => g.group)).toEqual(['fr']);
		expect(pooled.tables.some((t) => t.dimension === 'session')).toBe(false);
	});
});
