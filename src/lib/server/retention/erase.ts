import { z } from 'zod';
import { flushDeletions, type Db } from '../db';
import { audit } from '../audit/log';
import { deletePersons, type DeletedCounts } from './delete';

/**
 * Why an adviser erases a candidate: the candidate withdrew the consent they gave on the kiosk
 * (which a kiosk call can never undo by itself), or asked for their data to be erased.
 */
export const ERASURE_REASONS = ['consent-withdrawn', 'erasure-request'] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

/** The erasure form: a reason, and the adviser's confirmation that this cannot be undone. */
export const erasureSchema = z.object({
	reason: z.enum(ERASURE_REASONS, { error: 'form.choose' }),
	confirm: z.literal('on', { error: 'erasure.confirm.required' })
});

/**
 * Erases one candidate of the campaign on their request: their identity, attempts, runs, events,
 * scores, decisions and hiring data (`deletePersons`), then flushes the deleted rows out of the
 * SQLite file. The audit entry says who erased whom (by id), when and why — nothing of the
 * erased data. The actor is the adviser, or null from the command line. Null when the person is
 * not a candidate of that campaign.
 */
export async function eraseCandidate(
	db: Db,
	actorId: string | null,
	campaignId: string,
	personId: string,
	reason: ErasureReason,
	now = new Date()
): Promise<DeletedCounts | null> {
	const counts = await db.transaction().execute(async (trx) => {
		const person = await trx
			.selectFrom('persons')
			.select('id')
			.where('id', '=', personId)
			.where('campaign_id', '=', campaignId)
			.where('kind', '=', 'candidate')
			.executeTakeFirst();
		if (!person) return null;
		const deleted = await deletePersons(trx, [personId]);
		await audit(
			trx,
			{
				actorId,
				action: 'person.erased',
				subjectType: 'person',
				subjectId: personId,
				details: { campaignId, reason, ...deleted }
			},
			now
		);
		return deleted;
	});
	if (counts) await flushDeletions(db);
	return counts;
}
