import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';

/** A shortlisted candidate's attempt as the hiring steps need it. */
export interface HiringAttempt {
	attemptId: string;
	personId: string;
	campaignId: string;
	companyId: string;
	agencyId: string;
}

/**
 * Whether an attempt's latest decision is « présenter ». Decisions can be changed: the latest one
 * counts (by time, then id for two at the same instant).
 */
function presentedAttempts(db: Db) {
	return db
		.selectFrom('attempts as a')
		.innerJoin('persons as p', 'p.id', 'a.person_id')
		.innerJoin('campaigns as c', 'c.id', 'p.campaign_id')
		.select([
			'a.id as attemptId',
			'p.id as personId',
			'c.id as campaignId',
			'c.company_id as companyId',
			'c.agency_id as agencyId'
		])
		.where('a.kind', '=', 'candidate')
		.where((eb) =>
			eb(
				eb
					.selectFrom('decisions as d')
					.select('d.decision')
					.whereRef('d.attempt_id', '=', 'a.id')
					.orderBy('d.decided_at', 'desc')
					.orderBy('d.id', 'desc')
					.limit(1),
				'=',
				'present'
			)
		);
}

/**
 * A shortlisted candidate the user may act on: an employer of the campaign's company, or an
 * adviser of its agency. Anyone else, or a candidate not (or no longer) presented: null, which
 * pages turn into a 404 so that ids of other companies reveal nothing.
 */
export async function shortlistedAttempt(
	db: Db,
	user: SessionUser,
	attemptId: string
): Promise<HiringAttempt | null> {
	let query = presentedAttempts(db).where('a.id', '=', attemptId);
	if (user.role === 'employer') query = query.where('c.company_id', '=', user.company_id ?? '');
	else if (user.role === 'adviser') query = query.where('c.agency_id', '=', user.agency_id ?? '');
	else return null;
	return (await query.executeTakeFirst()) ?? null;
}

/**
 * The shortlisted candidates of a campaign (the caller has checked the campaign's access), or only
 * the one of `attemptId` among them.
 */
export async function shortlistedAttempts(
	db: Db,
	campaignId: string,
	attemptId?: string
): Promise<HiringAttempt[]> {
	let query = presentedAttempts(db).where('c.id', '=', campaignId);
	if (attemptId !== undefined) query = query.where('a.id', '=', attemptId);
	return query.execute();
}
