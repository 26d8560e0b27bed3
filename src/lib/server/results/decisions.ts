import type { DecisionInput } from '$lib/domain/shortlist';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { audit } from '../audit/log';
import { newId } from '../ids';
import { campaignResults, type CandidateResult } from './results';

export type DecisionRefusal = 'not-found' | 'not-finished';

/**
 * Appends a decision and audits it. Decisions are never overwritten: a change is a new row
 * (the latest is the current one), so the history stays in the table as in the audit log.
 * Only a candidate who finished the battery can be presented.
 */
async function appendDecision(
	trx: Db,
	user: Pick<SessionUser, 'id'>,
	candidate: CandidateResult,
	input: DecisionInput & { bulk?: boolean },
	now: Date
): Promise<void> {
	// Strictly after the previous decision, so that "latest" is never a tie.
	const previous = candidate.decision;
	const at =
		previous && Date.parse(previous.decidedAt) >= now.getTime()
			? new Date(Date.parse(previous.decidedAt) + 1)
			: now;
	await trx
		.insertInto('decisions')
		.values({
			id: newId(),
			attempt_id: candidate.attemptId,
			decision: input.decision,
			reason: input.reason,
			note: input.note ?? null,
			decided_by: user.id,
			decided_at: at.toISOString()
		})
		.execute();
	// Reporting: a candidate presented to the employer was selected (kept if the decision changes).
	if (input.decision === 'present')
		await trx
			.insertInto('placements')
			.values({
				attempt_id: candidate.attemptId,
				code: 'selected',
				recorded_by: user.id,
				recorded_at: at.toISOString()
			})
			.onConflict((oc) => oc.doNothing())
			.execute();
	await audit(
		trx,
		{
			actorId: user.id,
			action: 'shortlist.decided',
			subjectType: 'person',
			subjectId: candidate.personId,
			details: {
				attemptId: candidate.attemptId,
				decision: input.decision,
				reason: input.reason,
				status: candidate.status,
				previous: previous ? { decision: previous.decision, reason: previous.reason } : null,
				...(input.bulk ? { bulk: true } : {})
			}
		},
		at
	);
}

/** Whether a decision would repeat the current one word for word (decision, reason, note). */
function repeats(current: CandidateResult['decision'], input: DecisionInput): boolean {
	return (
		current !== null &&
		current.decision === input.decision &&
		current.reason === input.reason &&
		(current.note ?? '') === (input.note ?? '')
	);
}

/**
 * Decides on one candidate of the campaign (a person of another campaign is not found). The
 * same decision again, with the same reason and note, changes nothing: no row, no audit entry.
 */
export async function recordDecision(
	db: Db,
	user: Pick<SessionUser, 'id'>,
	campaignId: string,
	personId: string,
	input: DecisionInput,
	now = new Date()
): Promise<{ ok: true } | { ok: false; reason: DecisionRefusal }> {
	return db.transaction().execute(async (trx) => {
		const [candidate] = await campaignResults(trx, campaignId, { personId });
		if (!candidate) return { ok: false as const, reason: 'not-found' as const };
		if (input.decision === 'present' && candidate.progress !== 'finished')
			return { ok: false as const, reason: 'not-finished' as const };
		if (!repeats(candidate.decision, input)) await appendDecision(trx, user, candidate, input, now);
		return { ok: true as const };
	});
}

/**
 * Bulk decisions for the candidates shown (a session, or the whole campaign): present every
 * admis, or not present every non admis, with the matching reason. Only candidates who finished
 * and have no decision yet: an adviser's individual decision is never overwritten by a bulk one.
 */
export const BULK_ACTIONS = {
	'present-admis': { status: 'admis', decision: 'present', reason: 'thresholds-met' },
	'not-present-non-admis': {
		status: 'non-admis',
		decision: 'not-present',
		reason: 'threshold-not-met'
	}
} as const;
export type BulkAction = keyof typeof BULK_ACTIONS;

/** Who a bulk action would decide on. */
export function bulkTargets(results: readonly CandidateResult[], action: BulkAction) {
	const { status } = BULK_ACTIONS[action];
	return results.filter(
		(r) => r.progress === 'finished' && r.status === status && r.decision === null
	);
}

export async function bulkDecide(
	db: Db,
	user: Pick<SessionUser, 'id'>,
	campaignId: string,
	action: BulkAction,
	options: { sessionId?: string } = {},
	now = new Date()
): Promise<number> {
	const { decision, reason } = BULK_ACTIONS[action];
	return db.transaction().execute(async (trx) => {
		const targets = bulkTargets(await campaignResults(trx, campaignId, options), action);
		for (const candidate of targets)
			await appendDecision(trx, user, candidate, { decision, reason, bulk: true }, now);
		return targets.length;
	});
}

/**
 * Records whether the candidate agrees to keep their results two years (to be proposed for
 * other jobs) or withdraws that agreement; audited either way. Saying again what is already
 * recorded changes nothing (the agreement keeps its date) and is not audited.
 */
export async function setRetention(
	db: Db,
	user: Pick<SessionUser, 'id'>,
	campaignId: string,
	personId: string,
	agreed: boolean,
	now = new Date()
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const updated = await trx
			.updateTable('persons')
			.set({
				retention: agreed ? 'two-years' : 'standard',
				retention_at: agreed ? now.toISOString() : null
			})
			.where('id', '=', personId)
			.where('campaign_id', '=', campaignId)
			.where('kind', '=', 'candidate')
			.where('retention', '=', agreed ? 'standard' : 'two-years')
			.executeTakeFirst();
		if (Number(updated.numUpdatedRows) === 0)
			return (
				(await trx
					.selectFrom('persons')
					.select('id')
					.where('id', '=', personId)
					.where('campaign_id', '=', campaignId)
					.where('kind', '=', 'candidate')
					.executeTakeFirst()) !== undefined
			);
		await audit(
			trx,
			{
				actorId: user.id,
				action: agreed ? 'retention.agreed' : 'retention.withdrawn',
				subjectType: 'person',
				subjectId: personId
			},
			now
		);
		return true;
	});
}
