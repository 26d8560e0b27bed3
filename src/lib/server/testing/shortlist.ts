import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { saveBattery } from '../campaigns/battery-edit';
import { saveThresholds, thresholdsView } from '../calibration/thresholds';
import { simulateAttempt } from '../demo/simulate';
import { newId, nowIso } from '../ids';
import { registerPerson } from '../kiosk/attempts';
import {
	candidateSchema,
	createSession,
	getSession,
	registerCandidate
} from '../sessions/sessions';
import { makeCompany, makeUser, sessionUserOf } from './factories';

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
	await saveBattery(db, adviser, campaignId, [
		{ exerciseId: 'consignes', config: { theme: 'soin', itemCount: 10 } }
	]);
	const view = (await thresholdsView(db, campaignId))!;
	for (const skill of [0.6, 0.9]) {
		const e = await registerPerson(db, {
			campaignId,
			batteryVersionId: view.versionId,
			kind: 'calibration'
		});
		await simulateAttempt(db, e.attemptId, skill, 3);
	}
	const frozen = await saveThresholds(
		db,
		adviser,
		campaignId,
		view.versionId,
		{
			lockVersion: 0,
			rule: { kind: 'all' },
			lines: [{ position: 0, threshold: 5, method: 'judgement', reason: 'Test', eliminatory: true }]
		},
		{ freeze: true }
	);
	if (!frozen.ok) throw new Error('shortlistedCampaign: not frozen');
	const created = await createSession(
		db,
		adviser,
		campaignId,
		{ date: '2099-12-03', time: '09:00', place: 'Lyon', capacity: 12 },
		new Date()
	);
	const session = (await getSession(db, campaignId, created.ok ? created.sessionId : ''))!;
	const attempts: Record<string, string> = {};
	for (const [i, firstName] of names.entries()) {
		const r = await registerCandidate(
			db,
			adviser,
			session,
			candidateSchema.parse({ firstName, lastName: 'Test', phone: '0612345678' })
		);
		if (!r.ok) throw new Error('shortlistedCampaign: not registered');
		const attempt = await db
			.selectFrom('attempts')
			.select('id')
			.where('person_id', '=', r.personId)
			.executeTakeFirstOrThrow();
		await simulateAttempt(db, attempt.id, 0.9, 10 + i);
		attempts[firstName] = attempt.id;
		if (present.includes(firstName))
			await db
				.insertInto('decisions')
				.values({
					id: newId(),
					attempt_id: attempt.id,
					decision: 'present',
					reason: null,
					note: `Note pour ${firstName}`,
					decided_by: adviser.id,
					decided_at: nowIso()
				})
				.execute();
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
