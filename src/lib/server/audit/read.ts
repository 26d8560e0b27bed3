import type { Db } from '../db';

export const AUDIT_PAGE_SIZE = 100;

export interface AuditRow {
	id: string;
	at: string;
	actor: string | null;
	action: string;
	subjectType: string;
	subjectId: string | null;
	details: string;
}

/** The audit log, newest first, optionally one action prefix (e.g. `threshold`), by pages. */
export async function readAudit(
	db: Db,
	{ action, page = 0 }: { action?: string; page?: number } = {}
): Promise<{ rows: AuditRow[]; more: boolean }> {
	let query = db
		.selectFrom('audit_log as l')
		.leftJoin('users as u', 'u.id', 'l.actor_id')
		.select([
			'l.id',
			'l.at',
			'u.email as actor',
			'l.action',
			'l.subject_type',
			'l.subject_id',
			'l.details'
		]);
	if (action) query = query.where('l.action', 'like', `${action.replace(/[%_]/g, '')}%`);
	const rows = await query
		.orderBy('l.at', 'desc')
		.orderBy('l.id')
		.limit(AUDIT_PAGE_SIZE + 1)
		.offset(page * AUDIT_PAGE_SIZE)
		.execute();
	return {
		rows: rows.slice(0, AUDIT_PAGE_SIZE).map((r) => ({
			id: r.id,
			at: r.at,
			actor: r.actor,
			action: r.action,
			subjectType: r.subject_type,
			subjectId: r.subject_id,
			details: r.details
		})),
		more: rows.length > AUDIT_PAGE_SIZE
	};
}
