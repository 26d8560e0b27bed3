import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { testDatabases } from '../testing/db';
import { makeAdviserCampaign, makeCampaign, makeUser, sessionUserOf } from '../testing/factories';
import { makePlayedSession, type PlayedCandidate } from '../testing/results';
import { shortlistedAttempt } from '../hiring/access';
import {
	answerCheckpoint,
	recordContractBreak,
	recordOutcome,
	scheduleInterview
} from '../hiring/hiring';
import { recordDecision } from '../results/decisions';
import { hireFollowUp, hiringEvidence, ratingEvidence, sameJobCampaigns } from './validity';

describe('a hire’s follow-up', () => {
	it('is a stay once day 90 has come with the contract running, a departure if it ended before', () => {
		// Start 2027-01-04: day 90 is 2027-04-04.
		expect(hireFollowUp('2027-01-04', null, [], '2027-04-03').stayed).toBeNull();
		expect(hireFollowUp('2027-01-04', null, [], '2027-04-04').stayed).toBe(true);
		expect(hireFollowUp('2027-01-04', '2027-02-10', [], '2027-02-11').stayed).toBe(false);
		// A contract that ends after day 90 was a stay to day 90.
		expect(hireFollowUp('2027-01-04', '2027-05-01', [], '2027-05-02').stayed).toBe(true);
	});

	it('has a difficulty when any check-point says so, none when they all say fine', () => {
		expect(hireFollowUp('2027-01-04', null, [], '2027-05-01').difficulty).toBeNull();
		expect(hireFollowUp('2027-01-04', null, ['ok', 'ok'], '2027-05-01').difficulty).toBe(false);
		expect(hireFollowUp('2027-01-04', null, ['ok', 'difficulty'], '2027-05-01').difficulty).toBe(
			true
		);
	});
});

describe.each(testDatabases())('validity evidence [$name]', ({ open }) => {
	let db: Db;
	let adviser: SessionUser;
	let campaignId: string;
	let agencyId: string;

	beforeEach(async () => {
		db = await open();
		({ adviser, campaignId, agencyId } = await makeAdviserCampaign(db));
	});
	afterEach(async () => db.destroy());

	it('correlates the employees’ scores with their supervisor’s rating', async () => {
		await makePlayedSession(db, adviser, campaignId, { skills: [] });
		// makePlayedSession calibrates with two employees (skills 0.6 and 0.9): rate them.
		const employees = await db
			.selectFrom('persons as p')
			.innerJoin('attempts as a', 'a.person_id', 'p.id')
			.innerJoin('runs as r', 'r.attempt_id', 'a.id')
			.innerJoin('scores as s', 's.run_id', 'r.id')
			.select(['p.id', 's.raw'])
			.where('p.kind', '=', 'calibration')
			.orderBy('s.raw')
			.execute();
		expect(employees).toHaveLength(2);
		await db
			.updateTable('persons')
			.set({ supervisor_rating: 'en-progression' })
			.where('id', '=', employees[0]!.id)
			.execute();
		let [consignes] = await ratingEvidence(db, campaignId);
		// One rated employee: no correlation yet.
		expect(consignes).toMatchObject({ exerciseId: 'consignes', employees: 2 });
		expect(consignes!.rating).toMatchObject({ n: 1, n0: 1, n1: 0, r: null, reading: 'too-few' });
		await db
			.updateTable('persons')
			.set({ supervisor_rating: 'confirme' })
			.where('id', '=', employees[1]!.id)
			.execute();
		[consignes] = await ratingEvidence(db, campaignId);
		// Two points, the higher one confirmé: r = +1 if their scores differ (by hand).
		const [low, high] = employees.map((e) => e.raw);
		expect(consignes!.rating).toMatchObject({ n: 2, mean0: low, mean1: high, reading: 'too-few' });
		if (low !== high) expect(consignes!.rating.r).toBe(1);
	});

	it('relates the hires’ scores to staying at day 90 and to difficulties reported', async () => {
		const skills = [0.95, 0.9, 0.85, 0.4, 0.35, 0.3];
		const { candidates } = await makePlayedSession(db, adviser, campaignId, { skills });
		const companyId = (
			await db
				.selectFrom('campaigns')
				.select('company_id')
				.where('id', '=', campaignId)
				.executeTakeFirstOrThrow()
		).company_id;
		const boss = await sessionUserOf(db, (await makeUser(db, { role: 'employer', companyId })).id);
		const at = new Date('2026-12-05T10:00:00Z');
		const hire = async (c: PlayedCandidate, startDate: string) => {
			await recordDecision(
				db,
				adviser,
				campaignId,
				c.personId,
				{ decision: 'present', reason: 'thresholds-met' },
				at
			);
			const a = (await shortlistedAttempt(db, boss, c.attemptId))!;
			await scheduleInterview(
				db,
				boss,
				a,
				{ date: '2026-12-10', time: '10:00', place: 'Siège' },
				at
			);
			expect(
				await recordOutcome(db, boss, a, { outcome: 'hired', contractType: 'cdi', startDate }, at)
			).toEqual({ ok: true });
			return a;
		};
		const late = new Date('2027-06-01T10:00:00Z');
		// The three strongest stay; of the three weakest, two leave in the trial period.
		for (const c of candidates.slice(0, 4)) {
			const a = await hire(c, '2027-01-04');
			await answerCheckpoint(
				db,
				boss,
				a,
				{ day: 30, answer: c === candidates[3] ? 'difficulty' : 'ok' },
				late
			);
		}
		for (const c of candidates.slice(4)) {
			const a = await hire(c, '2027-01-04');
			await answerCheckpoint(db, boss, a, { day: 7, answer: 'difficulty' }, late);
			await recordContractBreak(
				db,
				boss,
				a,
				{ endedOn: '2027-01-20', reason: 'trial-period-employer' },
				late
			);
		}
		const before90 = await hiringEvidence(db, campaignId, new Date('2027-03-01T10:00:00Z'));
		expect(before90).toMatchObject({ hires: 6, known: 2, stayed: 0 });
		const evidence = await hiringEvidence(db, campaignId, late);
		expect(evidence).toMatchObject({
			hires: 6,
			known: 6,
			stayed: 4,
			followed: 6,
			withDifficulty: 3
		});
		const [consignes] = evidence.exercises;
		const raws = (
			await db
				.selectFrom('scores as s')
				.innerJoin('runs as r', 'r.id', 's.run_id')
				.select(['r.attempt_id', 's.raw'])
				.where(
					'r.attempt_id',
					'in',
					candidates.map((c) => c.attemptId)
				)
				.execute()
		).map((r) => [r.attempt_id, r.raw] as const);
		const rawOf = new Map(raws);
		const scores = candidates.map((c) => rawOf.get(c.attemptId)!);
		const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
		expect(consignes!.stay).toMatchObject({ n: 6, n1: 4, n0: 2, reading: 'too-few' });
		expect(consignes!.stay.mean1).toBeCloseTo(mean(scores.slice(0, 4)), 12);
		expect(consignes!.stay.mean0).toBeCloseTo(mean(scores.slice(4)), 12);
		expect(consignes!.difficulty).toMatchObject({ n: 6, n1: 3, n0: 3 });
	});

	it('finds the other campaigns for the same job at the same company', async () => {
		const self = await db
			.selectFrom('campaigns')
			.select(['company_id', 'job_title'])
			.where('id', '=', campaignId)
			.executeTakeFirstOrThrow();
		const again = await makeCampaign(db, {
			agencyId,
			companyId: self.company_id,
			adviserId: adviser.id,
			jobTitle: `  ${self.job_title.toUpperCase()} `
		});
		await makeCampaign(db, {
			agencyId,
			companyId: self.company_id,
			adviserId: adviser.id,
			jobTitle: 'Autre métier'
		});
		expect((await sameJobCampaigns(db, agencyId, again)).map((c) => c.id)).toEqual([campaignId]);
		// A ROME code names the job better than its title: same code, other title, same job.
		await db
			.updateTable('campaigns')
			.set({ rome_code: 'N1103' })
			.where('id', 'in', [campaignId, again])
			.execute();
		const renamed = await makeCampaign(db, {
			agencyId,
			companyId: self.company_id,
			adviserId: adviser.id,
			jobTitle: 'Préparatrice de commandes'
		});
		await db
			.updateTable('campaigns')
			.set({ rome_code: 'N1103' })
			.where('id', '=', renamed)
			.execute();
		expect((await sameJobCampaigns(db, agencyId, renamed)).map((c) => c.id).sort()).toEqual(
			[campaignId, again].sort()
		);
		expect(await sameJobCampaigns(db, 'another-agency', again)).toEqual([]);
	});
});
