import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { testDatabases } from '../testing/db';
import { makeAdviserCampaign, makeUser, sessionUserOf } from '../testing/factories';
import { shortlistedAttempt } from '../hiring/access';
import { recordOutcome, scheduleInterview } from '../hiring/hiring';
import { makePlayedSession, type PlayedCandidate } from '../testing/results';
import { recordDecision, setRetention } from '../results/decisions';
import { dailyPurge, expiresAt, monthsBefore, purgeExpired, type RetentionFacts } from './purge';

describe('months before', () => {
	it('counts calendar months', () => {
		expect(monthsBefore(new Date('2027-03-03T08:00:00Z'), 3).toISOString()).toBe(
			'2026-12-03T08:00:00.000Z'
		);
	});
});

describe('expiry of a candidate’s data', () => {
	const facts: RetentionFacts = {
		sessionAt: '2026-12-03T08:00:00.000Z',
		retention: 'standard',
		shortlisted: false,
		decidedAt: null,
		interviewAt: null,
		outcome: null,
		startDate: null,
		endedOn: null
	};
	const expiry = (f: Partial<RetentionFacts>) => expiresAt({ ...facts, ...f }).toISOString();
	const hired = {
		shortlisted: true,
		decidedAt: '2026-12-04T10:00:00.000Z',
		outcome: { outcome: 'hired' as const, recordedAt: '2026-12-11T10:00:00.000Z' },
		startDate: '2027-01-04'
	};

	it('counts from the session when not shortlisted', () => {
		expect(expiry({})).toBe('2027-03-03T08:00:00.000Z');
		expect(expiry({ retention: 'two-years' })).toBe('2028-12-03T08:00:00.000Z');
	});

	it('keeps a shortlisted candidate not hired 2 years after the last step of their process', () => {
		const shortlisted = { shortlisted: true, decidedAt: '2026-12-04T10:00:00.000Z' };
		expect(expiry(shortlisted)).toBe('2028-12-04T10:00:00.000Z');
		expect(expiry({ ...shortlisted, interviewAt: '2026-12-20T09:00:00.000Z' })).toBe(
			'2028-12-20T09:00:00.000Z'
		);
		expect(
			expiry({
				...shortlisted,
				outcome: { outcome: 'not-retained', recordedAt: '2027-01-15T10:00:00.000Z' }
			})
		).toBe('2029-01-15T10:00:00.000Z');
	});

	it('keeps a hire 6 months after the day-90 check-point or the contract break, or the 2 years agreed', () => {
		expect(expiry(hired)).toBe('2027-10-04T00:00:00.000Z');
		expect(expiry({ ...hired, endedOn: '2027-02-01' })).toBe('2027-08-01T00:00:00.000Z');
		// A break after the last check-point does not extend the follow-up.
		expect(expiry({ ...hired, endedOn: '2027-06-01' })).toBe('2027-10-04T00:00:00.000Z');
		expect(expiry({ ...hired, retention: 'two-years' })).toBe('2028-12-03T08:00:00.000Z');
	});
});

describe.each(testDatabases())('retention purge [$name]', ({ open }) => {
	let db: Db;
	let adviser: SessionUser;
	let campaignId: string;
	let candidates: PlayedCandidate[];
	// The session is on 3 December 2026 at 09:00 in Paris (08:00 UTC).
	const at = (iso: string) => new Date(iso);
	const DECIDED = at('2026-12-04T10:00:00Z');

	beforeEach(async () => {
		db = await open();
		({ adviser, campaignId } = await makeAdviserCampaign(db));
		({ candidates } = await makePlayedSession(db, adviser, campaignId, {
			skills: [1, 0, 0.5, null]
		}));
		const [presented, rejected, kept] = candidates;
		await recordDecision(
			db,
			adviser,
			campaignId,
			presented!.personId,
			{ decision: 'present', reason: 'thresholds-met' },
			DECIDED
		);
		await recordDecision(
			db,
			adviser,
			campaignId,
			rejected!.personId,
			{ decision: 'not-present', reason: 'threshold-not-met' },
			DECIDED
		);
		await setRetention(db, adviser, campaignId, kept!.personId, true, DECIDED);
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
		// Shortlisted, no outcome ever recorded: two years after the last step, the decision.
		expect((await purgeExpired(db, at('2028-12-04T09:59:00Z'))).persons).toBe(0);
		expect((await purgeExpired(db, at('2028-12-04T10:01:00Z'))).persons).toBe(1);
	});

	it('keeps a shortlisted candidate 2 years after the outcome, a hire 6 months after the follow-up', async () => {
		const [presented, rejected] = candidates;
		const employer = await makeUser(db, {
			role: 'employer',
			companyId: (
				await db
					.selectFrom('campaigns')
					.select('company_id')
					.where('id', '=', campaignId)
					.executeTakeFirstOrThrow()
			).company_id
		});
		const boss = await sessionUserOf(db, employer.id);
		// The rejected one is presented after all, then withdraws in January.
		await recordDecision(
			db,
			adviser,
			campaignId,
			rejected!.personId,
			{ decision: 'present', reason: 'uncertain-interview' },
			at('2026-12-05T10:00:00Z')
		);
		const hiring = async (c: PlayedCandidate) => (await shortlistedAttempt(db, boss, c.attemptId))!;
		expect(
			await recordOutcome(
				db,
				boss,
				await hiring(rejected!),
				{ outcome: 'withdrew' },
				at('2027-01-15T10:00:00Z')
			)
		).toEqual({ ok: true });
		// The presented one is hired from 4 January: the last check-point is on 4 April.
		const a = await hiring(presented!);
		expect(
			await scheduleInterview(
				db,
				boss,
				a,
				{ date: '2026-12-10', time: '10:00', place: 'Siège' },
				at('2026-12-05T10:00:00Z')
			)
		).toEqual({ ok: true });
		expect(
			await recordOutcome(
				db,
				boss,
				a,
				{ outcome: 'hired', contractType: 'cdi', startDate: '2027-01-04' },
				at('2026-12-11T10:00:00Z')
			)
		).toEqual({ ok: true });

		const purged = async (iso: string) => (await purgeExpired(db, at(iso))).persons;
		expect(await purged('2027-03-03T08:01:00Z')).toBe(1); // the one who never came
		expect(await purged('2027-10-03T23:59:00Z')).toBe(0);
		expect(await purged('2027-10-04T00:01:00Z')).toBe(1);
		expect(await remaining()).not.toContain(presented!.personId);
		expect(await purged('2028-12-03T08:01:00Z')).toBe(1); // the one who agreed to 2 years
		expect(await purged('2029-01-15T09:59:00Z')).toBe(0);
		expect(await purged('2029-01-15T10:01:00Z')).toBe(1);
		expect(await remaining()).toEqual([]);
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
