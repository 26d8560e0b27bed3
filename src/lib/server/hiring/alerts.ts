import type { Db } from '../db';
import { zonedDate } from '$lib/domain/time';
import type { SessionUser } from '../auth/sessions';
import { CHECKPOINT_DAYS, dueDate } from './hiring';
import { groupBy } from '../group';

/** A check-point still unanswered this many days after it was due is overdue. */
export const OVERDUE_AFTER_DAYS = 7;

export interface FollowUpAlert {
	attemptId: string;
	name: string;
	jobTitle: string;
	kind: 'difficulty' | 'overdue';
	day: number;
}

/**
 * What needs the adviser after hiring, for the hires of their agency whose contract goes on: a
 * difficulty reported at a check-point (by either side), or a check-point overdue (a side has not
 * answered a week after it was due).
 */
export async function followUpAlerts(
	db: Db,
	user: SessionUser,
	now = new Date()
): Promise<FollowUpAlert[]> {
	const hires = await db
		.selectFrom('outcomes as o')
		.innerJoin('attempts as a', 'a.id', 'o.attempt_id')
		.innerJoin('persons as p', 'p.id', 'a.person_id')
		.innerJoin('identities as i', 'i.person_id', 'p.id')
		.innerJoin('campaigns as c', 'c.id', 'p.campaign_id')
		.leftJoin('contract_breaks as b', 'b.attempt_id', 'a.id')
		.select(['a.id', 'o.details', 'i.first_name', 'i.last_name', 'c.job_title'])
		.where('o.outcome', '=', 'hired')
		.where('c.agency_id', '=', user.agency_id ?? '')
		.where('b.attempt_id', 'is', null)
		.execute();
	if (hires.length === 0) return [];
	const answers = await db
		.selectFrom('checkpoints')
		.select(['attempt_id', 'day', 'respondent', 'answer'])
		.where(
			'attempt_id',
			'in',
			hires.map((h) => h.id)
		)
		.execute();
	const today = zonedDate(now);
	const answersOf = groupBy(answers, (a) => a.attempt_id);
	const alerts: FollowUpAlert[] = [];
	for (const h of hires) {
		const theirs = answersOf.get(h.id) ?? [];
		const start = (JSON.parse(h.details) as { startDate: string }).startDate;
		const base = { attemptId: h.id, name: `${h.first_name} ${h.last_name}`, jobTitle: h.job_title };
		for (const day of CHECKPOINT_DAYS) {
			const mine = theirs.filter((a) => a.day === day);
			if (mine.some((a) => a.answer === 'difficulty'))
				alerts.push({ ...base, kind: 'difficulty', day });
			else if (mine.length < 2 && dueDate(start, day + OVERDUE_AFTER_DAYS) < today)
				alerts.push({ ...base, kind: 'overdue', day });
		}
	}
	return alerts;
}
