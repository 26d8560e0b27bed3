import type { Db } from '../db';
import { audit } from '../audit/log';
import { revokeUserSessions } from '../auth/sessions';
import { nowIso } from '../ids';

export interface AccountRow {
	id: string;
	name: string;
	email: string;
	role: 'admin' | 'adviser' | 'employer';
	agencyName: string | null;
	companyName: string | null;
	disabled: boolean;
	/** Sessions not yet expired. */
	sessions: number;
}

export async function listAccounts(db: Db, now = new Date()): Promise<AccountRow[]> {
	const [rows, open] = await Promise.all([
		db
			.selectFrom('users as u')
			.leftJoin('agencies as a', 'a.id', 'u.agency_id')
			.leftJoin('companies as c', 'c.id', 'u.company_id')
			.select([
				'u.id',
				'u.name',
				'u.email',
				'u.role',
				'u.disabled_at',
				'a.name as agency_name',
				'c.name as company_name'
			])
			.orderBy('u.role')
			.orderBy('u.name')
			.execute(),
		db
			.selectFrom('login_sessions')
			.select(['user_id', (eb) => eb.fn.countAll().as('n')])
			.where('expires_at', '>', nowIso(now))
			.groupBy('user_id')
			.execute()
	]);
	const sessions = new Map(open.map((s) => [s.user_id, Number(s.n)]));
	return rows.map((r) => ({
		id: r.id,
		name: r.name,
		email: r.email,
		role: r.role,
		agencyName: r.agency_name,
		companyName: r.company_name,
		disabled: r.disabled_at !== null,
		sessions: sessions.get(r.id) ?? 0
	}));
}

/** The agencies and companies an admin can attach a new account to. */
export async function accountTargets(db: Db) {
	const [agencies, companies] = await Promise.all([
		db.selectFrom('agencies').select(['id', 'name']).orderBy('name').execute(),
		db.selectFrom('companies').select(['id', 'name']).orderBy('name').execute()
	]);
	return { agencies, companies };
}

export type AccountChange =
	| { ok: true; email: string; changed: boolean; sessions: number }
	| { ok: false; reason: 'self' | 'notFound' };

/**
 * Disables or re-enables an account. A disabled account cannot log in and its sessions end at
 * once. Admins act on others only: whoever disables accounts keeps one that works. Changing
 * nothing (already in that state) writes nothing, not even to the audit log.
 */
export async function setAccountDisabled(
	db: Db,
	input: { actorId: string | null; userId: string; disabled: boolean },
	now = new Date()
): Promise<AccountChange> {
	if (input.actorId === input.userId) return { ok: false, reason: 'self' };
	return db.transaction().execute(async (trx) => {
		const user = await trx
			.selectFrom('users')
			.select(['email', 'disabled_at'])
			.where('id', '=', input.userId)
			.executeTakeFirst();
		if (!user) return { ok: false, reason: 'notFound' } as const;
		if ((user.disabled_at !== null) === input.disabled)
			return { ok: true, email: user.email, changed: false, sessions: 0 } as const;
		await trx
			.updateTable('users')
			.set({ disabled_at: input.disabled ? nowIso(now) : null })
			.where('id', '=', input.userId)
			.execute();
		const sessions = input.disabled ? await revokeUserSessions(trx, input.userId) : 0;
		await audit(
			trx,
			{
				actorId: input.actorId,
				action: input.disabled ? 'user.disabled' : 'user.enabled',
				subjectType: 'user',
				subjectId: input.userId,
				details: input.disabled ? { email: user.email, sessions } : { email: user.email }
			},
			now
		);
		return { ok: true, email: user.email, changed: true, sessions } as const;
	});
}

/**
 * Ends every session of another account (a lost laptop, a shared desk): the person logs in
 * again. Audited when a session ended.
 */
export async function revokeSessionsOf(
	db: Db,
	input: { actorId: string | null; userId: string },
	now = new Date()
): Promise<AccountChange> {
	if (input.actorId === input.userId) return { ok: false, reason: 'self' };
	return db.transaction().execute(async (trx) => {
		const user = await trx
			.selectFrom('users')
			.select('email')
			.where('id', '=', input.userId)
			.executeTakeFirst();
		if (!user) return { ok: false, reason: 'notFound' } as const;
		const sessions = await revokeUserSessions(trx, input.userId);
		if (sessions > 0)
			await audit(
				trx,
				{
					actorId: input.actorId,
					action: 'user.sessions.revoked',
					subjectType: 'user',
					subjectId: input.userId,
					details: { email: user.email, sessions }
				},
				now
			);
		return { ok: true, email: user.email, changed: sessions > 0, sessions } as const;
	});
}
