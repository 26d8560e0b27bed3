import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { testDatabases } from '../testing/db';
import {
	makeAdviserCampaign,
	makeAgency,
	makeCompany,
	makeUser,
	sessionUserOf
} from '../testing/factories';
import { shortlistedCampaign } from '../testing/shortlist';
import { followUpAlerts } from './alerts';
import { shortlistedAttempt } from './access';
import {
	answerCheckpoint,
	followUp,
	nameTutor,
	outcomeSchema,
	recordContractBreak,
	recordOutcome,
	scheduleInterview
} from './hiring';
import { employerShortlist } from './shortlist';

const NOW = new Date('2026-11-28T10:00:00Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

describe.each(testDatabases())('hiring and follow-up [$name]', ({ open }) => {
	let db: Db;
	let adviser: SessionUser;
	let campaignId: string;
	let agencyId: string;
	beforeEach(async () => {
		db = await open();
		({ adviser, campaignId, agencyId } = await makeAdviserCampaign(db));
	});
	afterEach(async () => db.destroy());

	it('shows an employer only its company’s presented candidates, and audits each identity shown', async () => {
		const { attempts, employer } = await shortlistedCampaign(
			db,
			adviser,
			campaignId,
			['Awa', 'Bruno'],
			['Awa']
		);
		expect(await shortlistedAttempt(db, employer, attempts.Awa!)).toMatchObject({ campaignId });
		// Not presented, or another company: nothing.
		expect(await shortlistedAttempt(db, employer, attempts.Bruno!)).toBeNull();
		const other = await makeUser(db, {
			role: 'employer',
			companyId: await makeCompany(db, agencyId)
		});
		expect(
			await shortlistedAttempt(db, await sessionUserOf(db, other.id), attempts.Awa!)
		).toBeNull();

		const list = await employerShortlist(db, employer, { id: campaignId, shareScores: false });
		expect(list.map((c) => c.firstName)).toEqual(['Awa']);
		expect(list[0]).toMatchObject({
			note: 'Note pour Awa',
			phone: expect.stringMatching(/^07\d{8}$/)
		});
		expect(list[0]!.profile).toEqual([
			{
				habilete: 'consignes',
				level: expect.stringMatching(/strong|expected|below/),
				raw: null,
				max: null,
				subscores: []
			}
		]);
		const shared = await employerShortlist(db, employer, { id: campaignId, shareScores: true });
		expect(shared[0]!.profile[0]!.raw).toEqual(expect.any(Number));
		// With the score, the exercise's plain counts; never a model parameter.
		expect(shared[0]!.profile[0]!.subscores.map((s) => [s.key, s.plain])).toEqual([
			['base', true],
			['exceptions', true],
			['processed', true]
		]);
		const views = await db
			.selectFrom('audit_log')
			.select(['actor_id', 'subject_id'])
			.where('action', '=', 'identity.viewed')
			.execute();
		expect(views).toEqual([
			{ actor_id: employer.id, subject_id: attempts.Awa },
			{ actor_id: employer.id, subject_id: attempts.Awa }
		]);
		// A candidate no longer presented disappears. The decision to present was taken on the
		// real clock (shortlistedCampaign), so the later one is dated from it, not from NOW: from
		// NOW + 1 day, it became the earlier one on 2026-11-29 at 10:00 UTC.
		await db
			.insertInto('decisions')
			.values({
				id: 'later',
				attempt_id: attempts.Awa!,
				decision: 'not-present',
				reason: 'other',
				note: null,
				decided_by: adviser.id,
				decided_at: new Date(Date.now() + 60_000).toISOString()
			})
			.execute();
		expect(await shortlistedAttempt(db, employer, attempts.Awa!)).toBeNull();
	});

	it('goes from interview to hire to check-points, refusing what does not make sense', async () => {
		const { attempts, employer } = await shortlistedCampaign(db, adviser, campaignId, ['Awa']);
		const a = (await shortlistedAttempt(db, employer, attempts.Awa!))!;
		const hired = outcomeSchema.parse({
			outcome: 'hired',
			contractType: 'cdi',
			startDate: '2026-12-07'
		});

		expect(await recordOutcome(db, employer, a, hired, NOW)).toEqual({
			ok: false,
			reason: 'no-interview'
		});
		expect(
			await scheduleInterview(
				db,
				employer,
				a,
				{ date: '2026-11-27', time: '10:00', place: 'Siège' },
				NOW
			)
		).toEqual({ ok: false, reason: 'past' });
		expect(
			await scheduleInterview(
				db,
				employer,
				a,
				{ date: '2026-12-02', time: '10:00', place: 'Siège' },
				NOW
			)
		).toEqual({ ok: true });
		const early = outcomeSchema.parse({
			outcome: 'hired',
			contractType: 'cdi',
			startDate: '2026-12-01'
		});
		expect(await recordOutcome(db, employer, a, early, days(5))).toEqual({
			ok: false,
			reason: 'start-before-interview'
		});
		expect(await recordOutcome(db, employer, a, hired, days(5))).toEqual({ ok: true });
		expect(await recordOutcome(db, employer, a, hired, days(5))).toEqual({
			ok: false,
			reason: 'decided'
		});
		expect(
			await nameTutor(db, employer, a, { name: 'Karim B.', role: 'Chef d’équipe' }, days(5))
		).toEqual({
			ok: true
		});

		// Day 7 is due on 14 December.
		const day7 = { day: 7 as const, answer: 'ok' as const };
		expect(await answerCheckpoint(db, employer, a, day7, days(10))).toEqual({
			ok: false,
			reason: 'not-yet'
		});
		expect(await answerCheckpoint(db, employer, a, day7, days(17))).toEqual({ ok: true });
		expect(await answerCheckpoint(db, employer, a, day7, days(18))).toEqual({
			ok: false,
			reason: 'answered'
		});
		const adviserA = (await shortlistedAttempt(db, adviser, attempts.Awa!))!;
		expect(
			await answerCheckpoint(
				db,
				adviser,
				adviserA,
				{ day: 7, answer: 'difficulty', note: 'Horaires' },
				days(18)
			)
		).toEqual({ ok: true });
		// The adviser's dashboard: the day-7 difficulty, then day 30 overdue a week after it was due.
		expect(await followUpAlerts(db, adviser, days(30))).toEqual([
			{
				attemptId: a.attemptId,
				name: 'Awa Test',
				jobTitle: 'Poste test',
				kind: 'difficulty',
				day: 7
			}
		]);
		expect((await followUpAlerts(db, adviser, days(50))).map((x) => [x.kind, x.day])).toEqual([
			['difficulty', 7],
			['overdue', 30]
		]);
		// Another agency's adviser sees nothing.
		const stranger = await makeUser(db, { role: 'adviser', agencyId: await makeAgency(db) });
		expect(await followUpAlerts(db, await sessionUserOf(db, stranger.id), days(50))).toEqual([]);

		expect(
			await recordContractBreak(
				db,
				employer,
				a,
				{ endedOn: '2026-12-01', reason: 'resignation' },
				days(30)
			)
		).toEqual({ ok: false, reason: 'before-start' });
		expect(
			await recordContractBreak(
				db,
				adviser,
				adviserA,
				{ endedOn: '2027-01-10', reason: 'resignation' },
				days(45)
			)
		).toEqual({ ok: true });
		// A contract that ended raises no more alerts.
		expect(await followUpAlerts(db, adviser, days(50))).toEqual([]);

		const f = await followUp(db, a.attemptId);
		expect(f.outcome).toEqual({
			outcome: 'hired',
			details: { contractType: 'cdi', startDate: '2026-12-07' }
		});
		expect(f.tutor).toEqual({ name: 'Karim B.', role: 'Chef d’équipe' });
		expect(f.checkpoints[0]).toEqual({
			day: 7,
			due: '2026-12-14',
			employer: { answer: 'ok', note: null },
			adviser: { answer: 'difficulty', note: 'Horaires' }
		});
		expect(f.checkpoints.map((c) => c.due)).toEqual(['2026-12-14', '2027-01-06', '2027-03-07']);
		expect(f.contractBreak).toMatchObject({ endedOn: '2027-01-10' });
		const actions = (await db.selectFrom('audit_log').select('action').execute()).map(
			(r) => r.action
		);
		for (const action of [
			'interview.scheduled',
			'outcome.recorded',
			'tutor.named',
			'checkpoint.answered',
			'contract.broken'
		])
			expect(actions).toContain(action);
		expect(
			await db
				.selectFrom('placements')
				.select('code')
				.where('attempt_id', '=', a.attemptId)
				.orderBy('code')
				.execute()
		).toEqual([{ code: 'hired' }, { code: 'selected' }]);
	});

	it('refuses a reason for not retaining that is not in the fixed list', () => {
		expect(outcomeSchema.safeParse({ outcome: 'not-retained', reason: 'age' }).success).toBe(false);
		expect(outcomeSchema.safeParse({ outcome: 'not-retained', reason: 'motivation' }).success).toBe(
			true
		);
	});
});
