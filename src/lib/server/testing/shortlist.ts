import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
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
