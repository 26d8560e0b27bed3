import { levelOf, type Level } from '$lib/domain/levels';
import type { HabileteId } from '$lib/domain/habiletes';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { audit } from '../audit/log';
import { followUp, type FollowUp } from './hiring';
import { groupBy } from '../group';
import { subscoreValues, type SubscoreValue } from '../results/subscores';
import { shortlistedAttempts } from './access';

export interface ShortlistedCandidate {
	attemptId: string;
	code: string;
	firstName: string;
	lastName: string;
	phone: string | null;
	email: string | null;
	/** The adviser's note with their decision to present the candidate. */
	note: string | null;
	profile: {
		habilete: HabileteId;
		level: Level;
		raw: number | null;
		max: number | null;
		/** The exercise's plain counts (`SubscoreSpec.plain`), only with the raw score. */
		subscores: SubscoreValue[];
	}[];
	followUp: FollowUp;
}

/**
 * The candidates an adviser presented for a campaign, as the employer sees them: name and
 * contact (shown to the employer only now, and each showing is written to the audit log), the
 * habileté profile as levels (raw scores and their plain counts only when the adviser chose to
 * share them), the adviser's note, and where each one is in the hiring steps. With `only`, just
 * that candidate (a page showing one reads and audits one).
 */
export async function employerShortlist(
	db: Db,
	user: SessionUser,
	campaign: { id: string; shareScores: boolean },
	now = new Date(),
	only?: { attemptId: string }
): Promise<ShortlistedCandidate[]> {
	const attempts = await shortlistedAttempts(db, campaign.id, only?.attemptId);
	if (attempts.length === 0) return [];
	const ids = attempts.map((a) => a.attemptId);
	const [people, scores, notes] = await Promise.all([
		db
			.selectFrom('attempts as a')
			.innerJoin('persons as p', 'p.id', 'a.person_id')
			.innerJoin('identities as i', 'i.person_id', 'p.id')
			.select(['a.id', 'p.code', 'i.first_name', 'i.last_name', 'i.phone', 'i.email'])
			.where('a.id', 'in', ids)
			.orderBy('i.last_name')
			.orderBy('i.first_name')
			.execute(),
		db
			.selectFrom('runs as r')
			.innerJoin('battery_exercises as be', 'be.id', 'r.battery_exercise_id')
			.leftJoin('scores as s', 's.run_id', 'r.id')
			.select([
				'r.attempt_id',
				'r.position',
				'be.habilete',
				'be.exercise_id',
				'be.threshold',
				'be.sem',
				'be.max_score',
				's.raw',
				's.max',
				's.subscores'
			])
			.where('r.attempt_id', 'in', ids)
			.orderBy('r.position')
			.execute(),
		db
			.selectFrom('decisions')
			.select(['attempt_id', 'note', 'decided_at', 'id'])
			.where('attempt_id', 'in', ids)
			.where('decision', '=', 'present')
			.orderBy('decided_at', 'desc')
			.orderBy('id', 'desc')
			.execute()
	]);
	// Grouped once: looking each candidate's rows up in the whole lists was quadratic.
	const scoresOf = groupBy(scores, (s) => s.attempt_id);
	const noteOf = new Map<string, string | null>();
	for (const n of notes) if (!noteOf.has(n.attempt_id)) noteOf.set(n.attempt_id, n.note);
	const result: ShortlistedCandidate[] = [];
	for (const p of people) {
		result.push({
			attemptId: p.id,
			code: p.code,
			firstName: p.first_name,
			lastName: p.last_name,
			phone: p.phone,
			email: p.email,
			note: noteOf.get(p.id) ?? null,
			profile: (scoresOf.get(p.id) ?? []).map((s) => {
				const max = s.max ?? s.max_score ?? 0;
				return {
					habilete: s.habilete as HabileteId,
					level:
						s.raw === null || s.threshold === null
							? 'below'
							: levelOf(s.raw, s.threshold, s.sem, max),
					raw: campaign.shareScores ? s.raw : null,
					max: campaign.shareScores ? max : null,
					subscores:
						campaign.shareScores && s.subscores !== null
							? subscoreValues(s.exercise_id, s.subscores).filter((v) => v.plain)
							: []
				};
			}),
			followUp: await followUp(db, p.id)
		});
	}
	if (user.role === 'employer') {
		await db.transaction().execute(async (trx) => {
			for (const c of result)
				await audit(
					trx,
					{
						actorId: user.id,
						action: 'identity.viewed',
						subjectType: 'attempt',
						subjectId: c.attemptId,
						details: { campaignId: campaign.id }
					},
					now
				);
		});
	}
	return result;
}
