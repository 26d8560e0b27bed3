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
