import type { Db } from '../db';
import { newId, nowIso } from '../ids';

export interface AuditEntry {
	actorId: string | null;
	/** Dotted verb, e.g. `user.created`, `threshold.set`, `shortlist.decided`. */
	action: string;
	subjectType: string;
	subjectId: string | null;
	details?: Record<string, unknown>;
}

/** Appends one entry to the audit log; call it inside the transaction that makes the change. */
export async function audit(db: Db, entry: AuditEntry, now: Date = new Date()): Promise<void> {
	await db
		.insertInto('audit_log')
		.values({
			id: newId(),
			at: nowIso(now),
			actor_id: entry.actorId,
			action: entry.action,
			subject_type: entry.subjectType,
			subject_id: entry.subjectId,
			details: JSON.stringify(entry.details ?? {})
		})
		.execute();
}

/** The same staff member seeing the same people on the same page again within this time is not recorded again. */
export const VIEW_REPEAT_MS = 10 * 60 * 1000;

/** A page that showed candidates' identities (names, contacts) to a staff member. */
export interface IdentityView {
	/** The page's route id. */
	page: string;
	/** What the page is about: a campaign, a session, a person. */
	subjectType: string;
	subjectId: string;
	/** The persons whose identity the page showed. */
	personIds: readonly string[];
}

/**
 * Records that a staff member was shown candidates' identities: one entry per page view,
 * listing the persons shown, rather than one per person. Reloads, the redirect back after an
 * action and the live monitor's refreshes would flood the log: the same view by the same person
 * (same page, subject and persons) is not recorded again within `VIEW_REPEAT_MS`. A page that
 * showed no one records nothing.
 */
export async function auditIdentityView(
	db: Db,
	actorId: string,
	view: IdentityView,
	now: Date = new Date()
): Promise<void> {
	if (view.personIds.length === 0) return;
	const details = { page: view.page, persons: [...view.personIds].sort() };
	const recent = await db
		.selectFrom('audit_log')
		.select('details')
		.where('at', '>', nowIso(new Date(now.getTime() - VIEW_REPEAT_MS)))
		.where('actor_id', '=', actorId)
		.where('action', '=', 'identity.viewed')
		.where('subject_type', '=', view.subjectType)
		.where('subject_id', '=', view.subjectId)
		.execute();
	if (recent.some((r) => r.details === JSON.stringify(details))) return;
	await audit(
		db,
		{
			actorId,
			action: 'identity.viewed',
			subjectType: view.subjectType,
			subjectId: view.subjectId,
			details
		},
		now
	);
}
