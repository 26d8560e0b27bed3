import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { shortlistedAttempt } from '../hiring/access';
import {
	answerCheckpoint,
	nameTutor,
	recordContractBreak,
	recordOutcome,
	recordTraining,
	scheduleInterview
} from '../hiring/hiring';
import { recordDecision } from '../results/decisions';
import { makeCompany, makeUser, sessionUserOf } from './factories';
import { makePlayedSession } from './results';

/**
 * A campaign carried up to the shortlist through the real services: a consignes battery
 * calibrated by 2 employees and validated, a session, `names.length` candidates who played it
 * (by the bots), and the adviser's decision to present each one named in `present`.
 */
export async function shortlistedCampaign(
	db: Db,
	adviser: SessionUser,
	campaignId: string,
	names: string[],
	present: string[] = names
): Promise<{ sessionId: string; attempts: Record<string, string>; employer: SessionUser }> {
	const { session, candidates } = await makePlayedSession(db, adviser, campaignId, {
		skills: names.map(() => 0.9),
		names,
		date: '2099-12-03',
		now: new Date()
	});
	const attempts: Record<string, string> = {};
	for (const [i, firstName] of names.entries()) {
		const attemptId = candidates[i]!.attemptId;
		attempts[firstName] = attemptId;
		if (present.includes(firstName)) {
			const decided = await recordDecision(db, adviser, campaignId, candidates[i]!.personId, {
				decision: 'present',
				reason: 'thresholds-met',
				note: `Note pour ${firstName}`
			});
			if (!decided.ok) throw new Error(`shortlistedCampaign: ${decided.reason}`);
		}
	}
	const campaign = await db
		.selectFrom('campaigns')
		.select(['company_id', 'agency_id'])
		.where('id', '=', campaignId)
		.executeTakeFirstOrThrow();
	const employer = await makeUser(db, { role: 'employer', companyId: campaign.company_id });
	// Another company of the same agency, whose employer must see nothing of this campaign.
	await makeCompany(db, campaign.agency_id, 'Autre entreprise');
	return { sessionId: session.id, attempts, employer: await sessionUserOf(db, employer.id) };
}

/**
 * Carries a shortlisted candidate through every hiring step, each with a note where it takes
 * one (`${tag} …`): interview, hire from 14 December 2026, tutor, day-7 check-points by both
 * sides, a contract break, and an entry into training.
 */
export async function followedUp(
	db: Db,
	adviser: SessionUser,
	employer: SessionUser,
	attemptId: string,
	tag: string
): Promise<void> {
	const at = (iso: string) => new Date(iso);
	const asEmployer = (await shortlistedAttempt(db, employer, attemptId))!;
	const asAdviser = (await shortlistedAttempt(db, adviser, attemptId))!;
	const steps = [
		await scheduleInterview(
			db,
			employer,
			asEmployer,
			{ date: '2026-12-10', time: '10:00', place: `${tag} salle` },
			at('2026-11-28T10:00:00Z')
		),
		await recordOutcome(
			db,
			employer,
			asEmployer,
			{ outcome: 'hired', contractType: 'cdi', startDate: '2026-12-14' },
			at('2026-12-11T10:00:00Z')
		),
		await nameTutor(
			db,
			employer,
			asEmployer,
			{ name: `${tag} tuteur`, role: 'Chef d’équipe' },
			at('2026-12-11T10:00:00Z')
		),
		await answerCheckpoint(
			db,
			employer,
			asEmployer,
			{ day: 7, answer: 'ok', note: `${tag} employeur` },
			at('2026-12-22T10:00:00Z')
		),
		await answerCheckpoint(
			db,
			adviser,
			asAdviser,
			{ day: 7, answer: 'difficulty', note: `${tag} conseiller` },
			at('2026-12-22T10:00:00Z')
		),
		await recordContractBreak(
			db,
			employer,
			asEmployer,
			{ endedOn: '2027-01-10', reason: 'resignation', note: `${tag} rupture` },
			at('2027-01-11T10:00:00Z')
		)
	];
	const refused = steps.find((s) => !s.ok);
	if (refused) throw new Error(`followedUp: ${JSON.stringify(refused)}`);
	await recordTraining(db, adviser, attemptId, at('2027-01-12T10:00:00Z'));
}
