import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { simulateAttempt } from '../demo/simulate';
import { candidateData } from '../retention/export';
import { eraseCandidate } from '../retention/erase';
import { candidateSchema, registerCandidate, type SessionSummary } from '../sessions/sessions';
import { testDatabases } from '../testing/db';
import { employerShortlist } from '../hiring/shortlist';
import { recordDecision } from '../results/decisions';
import {
	makeAdviserCampaign,
	makeCampaign,
	makeCompany,
	makeUser,
	sessionUserOf
} from '../testing/factories';
import { makePlayedSession } from '../testing/results';
import { backfillContactKeys } from '../db/migrations/0014_retests';
import { registrationsOfContact, retestFlags } from './matches';

/** Seeds the runs get: the queued ones in turn, then 1000, 1001…: a retest must skip its own. */
const seeds = vi.hoisted(() => ({ queue: [] as number[], next: 1000 }));
vi.mock('$lib/engine/random', async (original) => ({
	...(await original<typeof import('$lib/engine/random')>()),
	newSeed: () => seeds.queue.shift() ?? seeds.next++
}));

const REASON = 'Séance interrompue par une alerte incendie.';
const awa = (extra: Record<string, string> = {}) =>
	candidateSchema.parse({ firstName: 'Awa', lastName: 'Diallo', ...extra });

describe.each(testDatabases())('retests [$name]', ({ open }) => {
	let db: Db;
	let adviser: SessionUser;
	let agencyId: string;
	let june: SessionSummary;
	let september: SessionSummary;
	let firstId: string;

	/** A campaign of the agency with a validated battery and a session on `date` (09:00). */
	async function campaignWithSession(date: string, now: string, campaignId?: string) {
		const id =
			campaignId ??
			(await makeCampaign(db, {
				agencyId,
				companyId: await makeCompany(db, agencyId),
				adviserId: adviser.id,
				jobTitle: `Poste du ${date}`
			}));
		return (await makePlayedSession(db, adviser, id, { skills: [], date, now: new Date(now) }))
			.session;
	}

	const seedsOf = (personId: string) =>
		db
			.selectFrom('runs as r')
			.innerJoin('attempts as a', 'a.id', 'r.attempt_id')
			.select('r.seed')
			.where('a.person_id', '=', personId)
			.execute()
			.then((rows) => rows.map((r) => Number(r.seed)));

	beforeEach(async () => {
		db = await open();
		let campaignId: string;
		({ adviser, campaignId, agencyId } = await makeAdviserCampaign(db));
		// Awa took the battery on 10 June 2026 (consent at 07:30 UTC); her runs had seed 42.
		june = await campaignWithSession('2026-06-10', '2026-06-01T10:00:00Z', campaignId);
		seeds.queue.push(42);
		const first = await registerCandidate(
			db,
			adviser,
			june,
			awa({ phone: '06 12 34 56 78' }),
			new Date('2026-06-01T10:00:00Z')
		);
		if (!first.ok) throw new Error(first.reason);
		expect(first.retest).toBeNull();
		firstId = first.personId;
		const attempt = await db
			.selectFrom('attempts')
			.select('id')
			.where('person_id', '=', firstId)
			.executeTakeFirstOrThrow();
		await simulateAttempt(db, attempt.id, 0.7, 1, new Date('2026-06-10T07:30:00Z'));
		september = await campaignWithSession('2026-09-01', '2026-08-20T10:00:00Z');
	});
	afterEach(async () => {
		seeds.queue.length = 0;
		seeds.next = 1000;
		await db.destroy();
	});

	it('refuses a registration within the interval, with the dates, keeping nothing', async () => {
		const persons = async () => (await db.selectFrom('persons').select('id').execute()).length;
		const before = await persons();
		// The same phone, written another way, in another campaign of the agency.
		const result = await registerCandidate(
			db,
			adviser,
			september,
			awa({ phone: '+33 6 12 34 56 78' }),
			new Date('2026-08-20T10:00:00Z')
		);
		expect(result).toEqual({
			ok: false,
			reason: 'retest-too-soon',
			retest: {
				months: 6,
				testAt: '2026-06-10T07:30:00.000Z',
				// By hand: 10 June + 6 months.
				eligibleFrom: '2026-12-10T07:30:00.000Z',
				earlier: [
					{
						jobTitle: 'Poste test',
						registeredAt: '2026-06-01T10:00:00.000Z',
						testAt: '2026-06-10T07:30:00.000Z',
						matchedBy: ['phone']
					}
				]
			}
		});
		expect(await persons()).toBe(before);
	});

	it('registers on an override with a reason: audited, flagged, another form', async () => {
		expect(await seedsOf(firstId)).toEqual([42]);
		seeds.queue.push(42, 42, 99);
		const result = await registerCandidate(
			db,
			adviser,
			september,
			awa({ phone: '0033 6 12 34 56 78', retestOverride: 'on', retestReason: REASON }),
			new Date('2026-08-20T10:00:00Z')
		);
		if (!result.ok) throw new Error(result.reason);
		expect(result.retest?.earlier).toHaveLength(1);
		// Seed 42 gave Awa her first form: drawn again twice, skipped twice.
		expect(await seedsOf(result.personId)).toEqual([99]);
		const attempt = await db
			.selectFrom('attempts')
			.select(['id', 'retest_override'])
			.where('person_id', '=', result.personId)
			.executeTakeFirstOrThrow();
		expect(attempt.retest_override).toBe(REASON);
		const entry = await db
			.selectFrom('audit_log')
			.select(['actor_id', 'subject_type', 'subject_id', 'details'])
			.where('action', '=', 'candidate.retest-override')
			.executeTakeFirstOrThrow();
		expect({ ...entry, details: JSON.parse(entry.details) }).toEqual({
			actor_id: adviser.id,
			subject_type: 'attempt',
			subject_id: attempt.id,
			details: {
				sessionId: september.id,
				months: 6,
				testAt: '2026-06-10T07:30:00.000Z',
				eligibleFrom: '2026-12-10T07:30:00.000Z',
				note: REASON
			}
		});
		const flags = await retestFlags(db, agencyId, [firstId, result.personId]);
		expect(flags.get(result.personId)).toEqual({
			earlier: 1,
			lastTestAt: '2026-06-10T07:30:00.000Z',
			override: REASON
		});
		// The first registration is not a retest.
		expect(flags.has(firstId)).toBe(false);
		// The export holds the reason; the person's data is theirs.
		const exported = await candidateData(db, september.campaignId, result.personId);
		expect(exported?.attempts[0]?.retestOverride).toBe(REASON);
	});

	it('employers never see the flag, the reason or the earlier campaign', async () => {
		const at = new Date('2026-08-20T10:00:00Z');
		const again = await registerCandidate(
			db,
			adviser,
			september,
			awa({ phone: '06 12 34 56 78', retestOverride: 'on', retestReason: REASON }),
			at
		);
		if (!again.ok) throw new Error(again.reason);
		const attempt = await db
			.selectFrom('attempts')
			.select('id')
			.where('person_id', '=', again.personId)
			.executeTakeFirstOrThrow();
		await simulateAttempt(db, attempt.id, 0.9, 2, new Date('2026-09-01T07:30:00Z'));
		const decided = await recordDecision(db, adviser, september.campaignId, again.personId, {
			decision: 'present',
			reason: 'thresholds-met',
			note: 'Présentée.'
		});
		expect(decided.ok).toBe(true);
		const { company_id } = await db
			.selectFrom('campaigns')
			.select('company_id')
			.where('id', '=', september.campaignId)
			.executeTakeFirstOrThrow();
		const employer = await sessionUserOf(
			db,
			(await makeUser(db, { role: 'employer', companyId: company_id })).id
		);
		const shown = await employerShortlist(db, employer, {
			id: september.campaignId,
			shareScores: true
		});
		expect(shown.map((c) => c.firstName)).toEqual(['Awa']);
		const text = JSON.stringify(shown);
		expect(text).not.toMatch(/retest/i);
		expect(text).not.toContain(REASON);
		expect(text).not.toContain('Poste test');
		expect(text).not.toContain('2026-06-10');
	});

	it('an override needs a reason', () => {
		const parsed = candidateSchema.safeParse({
			firstName: 'Awa',
			lastName: 'Diallo',
			phone: '0612345678',
			retestOverride: 'on',
			retestReason: 'court'
		});
		expect(parsed.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
			['retestReason', 'retest.reason.required']
		]);
	});

	it('registers without override after the interval, or with the rule off, flagged all the same', async () => {
		const january = await campaignWithSession('2027-01-15', '2027-01-02T10:00:00Z');
		const later = await registerCandidate(
			db,
			adviser,
			january,
			awa({ email: 'awa@example.fr', phone: '06.12.34.56.78' }),
			new Date('2027-01-02T10:00:00Z')
		);
		expect(later).toMatchObject({
			ok: true,
			retest: { earlier: [{ testAt: '2026-06-10T07:30:00.000Z', matchedBy: ['phone'] }] }
		});
		const off = await registerCandidate(
			db,
			adviser,
			september,
			awa({ email: 'AWA@Example.fr' }),
			new Date('2026-08-20T10:00:00Z'),
			{ retestIntervalMonths: 0 }
		);
		// Matched by the email of the January registration, now the phone is not typed.
		expect(off).toMatchObject({ ok: true, retest: { earlier: [{ matchedBy: ['email'] }] } });
	});

	it('matches within the agency only', async () => {
		const other = await makeAdviserCampaign(db);
		const elsewhere = await makePlayedSession(db, other.adviser, other.campaignId, {
			skills: [],
			date: '2026-09-01',
			now: new Date('2026-08-20T10:00:00Z')
		});
		// Seed 42 again: another agency's Awa is another person.
		seeds.queue.push(42);
		const result = await registerCandidate(
			db,
			other.adviser,
			elsewhere.session,
			awa({ phone: '06 12 34 56 78' }),
			new Date('2026-08-20T10:00:00Z')
		);
		expect(result).toMatchObject({ ok: true, retest: null });
		if (!result.ok) return;
		expect(await retestFlags(db, other.agencyId, [result.personId])).toEqual(new Map());
		expect(await seedsOf(result.personId)).toEqual([42]);
	});

	it('counts a test planned in a session to come, not a registration nobody came to', async () => {
		// Bruno is registered for 1 September; registering him for 15 September is too soon.
		const bruno = (extra: Record<string, string> = {}) =>
			candidateSchema.parse({
				firstName: 'Bruno',
				lastName: 'Morel',
				email: 'b@example.fr',
				...extra
			});
		const at = new Date('2026-08-20T10:00:00Z');
		expect((await registerCandidate(db, adviser, september, bruno(), at)).ok).toBe(true);
		const mid = await campaignWithSession('2026-09-15', '2026-08-20T10:00:00Z');
		expect(await registerCandidate(db, adviser, mid, bruno(), at)).toMatchObject({
			ok: false,
			reason: 'retest-too-soon',
			retest: { testAt: '2026-09-01T07:00:00.000Z', eligibleFrom: '2027-03-01T07:00:00.000Z' }
		});
		// Once 1 September is past and he never came, nothing stands in the way.
		expect(
			await registerCandidate(db, adviser, mid, bruno(), new Date('2026-09-02T10:00:00Z'))
		).toMatchObject({ ok: true, retest: { earlier: [{ testAt: null }] } });
	});

	it('erasing a person erases their contact keys and the override reason, and the match', async () => {
		const second = await registerCandidate(
			db,
			adviser,
			september,
			awa({ phone: '06 12 34 56 78', retestOverride: 'on', retestReason: REASON }),
			new Date('2026-08-20T10:00:00Z')
		);
		if (!second.ok) throw new Error(second.reason);
		await eraseCandidate(db, adviser.id, september.campaignId, second.personId, 'erasure-request');
		expect(
			await db
				.selectFrom('identities')
				.select('person_id')
				.where('phone_key', '=', '+33612345678')
				.execute()
		).toEqual([{ person_id: firstId }]);
		expect(
			await db
				.selectFrom('attempts')
				.select('id')
				.where('retest_override', 'is not', null)
				.execute()
		).toEqual([]);
		const logged = await db
			.selectFrom('audit_log')
			.select('details')
			.where('action', '=', 'candidate.retest-override')
			.executeTakeFirstOrThrow();
		expect(logged.details).not.toContain(REASON);
		await eraseCandidate(db, adviser.id, june.campaignId, firstId, 'erasure-request');
		expect(
			await registrationsOfContact(db, agencyId, { phoneKey: '+33612345678', emailKey: null })
		).toEqual([]);
		// Nothing left to refuse: she may be registered as a new person.
		expect(
			await registerCandidate(
				db,
				adviser,
				september,
				awa({ phone: '06 12 34 56 78' }),
				new Date('2026-08-20T10:00:00Z')
			)
		).toMatchObject({ ok: true, retest: null });
	});

	it('the migration fills the keys of identities stored before it', async () => {
		await db
			.updateTable('identities')
			.set({ email_key: null, phone_key: null })
			.where('person_id', '=', firstId)
			.execute();
		await backfillContactKeys(db);
		expect(
			await db
				.selectFrom('identities')
				.select(['phone_key', 'email_key'])
				.where('person_id', '=', firstId)
				.executeTakeFirstOrThrow()
		).toEqual({ phone_key: '+33612345678', email_key: null });
	});
});
