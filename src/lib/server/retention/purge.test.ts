import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { testDatabases } from '../testing/db';
import { makeAdviserCampaign } from '../testing/factories';
import { makePlayedSession, type PlayedCandidate } from '../testing/results';
import { recordDecision, setRetention } from '../results/decisions';
import { dailyPurge, monthsBefore, purgeExpired } from './purge';

describe('months before', () => {
	it('counts calendar months', () => {
		expect(monthsBefore(new Date('2027-03-03T08:00:00Z'), 3).toISOString()).toBe(
			'2026-12-03T08:00:00.000Z'
		);
	});
});

describe.each(testDatabases())('retention purge [$name]', ({ open }) => {
	let db: Db;
	let adviser: SessionUser;
	let campaignId: string;
	let candidates: PlayedCandidate[];
	// The session is on 3 December 2026 at 09:00 in Paris (08:00 UTC).
	const at = (iso: string) => new Date(iso);

	beforeEach(async () => {
		db = await open();
		({ adviser, campaignId } = await makeAdviserCampaign(db));
		({ candidates } = await makePlayedSession(db, adviser, campaignId, {
			skills: [1, 0, 0.5, null]
		}));
		const [presented, rejected, kept] = candidates;
		await recordDecision(db, adviser, campaignId, presented!.personId, {
			decision: 'present',
			reason: 'thresholds-met'
		});
		await recordDecision(db, adviser, campaignId, rejected!.personId, {
			decision: 'not-present',
			reason: 'threshold-not-met'
		});
		await setRetention(db, adviser, campaignId, kept!.personId, true);
	});
	afterEach(async () => db.destroy());

	const remaining = async () =>
		(await db.selectFrom('persons').select('id').where('kind', '=', 'candidate').execute()).map(
			(p) => p.id
		);

	it('deletes non-shortlisted candidates 3 months after the session, 2 years if they agreed', async () => {
		const [presented, rejected, kept, absent] = candidates;
		expect((await purgeExpired(db, at('2027-03-03T07:59:00Z'))).persons).toBe(0);
		expect(await remaining()).toHaveLength(4);

		const counts = await purgeExpired(db, at('2027-03-03T08:01:00Z'));
		expect(counts).toMatchObject({ persons: 2, identities: 2, attempts: 2, runs: 2, scores: 1 });
		expect(counts.events).toBeGreaterThan(0);
		expect(counts.decisions).toBe(1);
		expect((await remaining()).sort()).toEqual([presented!.personId, kept!.personId].sort());
		// Everything of theirs went by cascade.
		for (const table of ['identities', 'attempts'] as const)
			expect(
				await db
					.selectFrom(table)
					.select('person_id')
					.where('person_id', 'in', [rejected!.personId, absent!.personId])
					.execute()
			).toEqual([]);
		expect(await db.selectFrom('decisions').select('id').execute()).toHaveLength(1);

		const audit = await db
			.selectFrom('audit_log')
			.select(['details', 'subject_id'])
			.where('action', '=', 'retention.purged')
			.execute();
		expect(audit).toHaveLength(2);
		expect(JSON.parse(audit.at(-1)!.details)).toEqual(counts);

		// Two years on, the one who agreed goes too; the shortlisted candidate stays.
		expect((await purgeExpired(db, at('2028-12-03T08:01:00Z'))).persons).toBe(1);
		expect(await remaining()).toEqual([presented!.personId]);
	});

	it('runs at most once a day from the server timer', async () => {
		const first = await dailyPurge(db, at('2027-03-04T03:00:00Z'));
		expect(first?.persons).toBe(2);
		expect(await dailyPurge(db, at('2027-03-04T20:00:00Z'))).toBeNull();
		expect(await dailyPurge(db, at('2027-03-05T03:00:00Z'))).toEqual(
			expect.objectContaining({ persons: 0 })
		);
	});
});
