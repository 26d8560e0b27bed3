import { createHash } from 'node:crypto';
import type { Db } from '../db';
import type { User } from '../db/schema';
import { newToken, nowIso } from '../ids';

export const SESSION_COOKIE = 'habile_session';

function sessionId(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

function expiry(now: Date, idleMinutes: number): string {
	return nowIso(new Date(now.getTime() + idleMinutes * 60_000));
}

/** Opens a login session and returns the token to put in the cookie. */
export async function createSession(
	db: Db,
	userId: string,
	idleMinutes: number,
	now = new Date()
): Promise<string> {
	const token = newToken();
	await db
		.insertInto('login_sessions')
		.values({
			id: sessionId(token),
			user_id: userId,
			created_at: nowIso(now),
			expires_at: expiry(now, idleMinutes)
		})
		.execute();
	return token;
}

export type SessionUser = Pick<
	User,
	'id' | 'email' | 'name' | 'role' | 'agency_id' | 'company_id' | 'locale'
>;

/**
 * The user behind a session token, or null when the token is unknown, expired or the account
 * disabled. Slides the expiry forward once half of the idle period has passed (one write at
 * most every half period, not on every request).
 */
export async function validateSession(
	db: Db,
	token: string,
	idleMinutes: number,
	now = new Date()
): Promise<SessionUser | null> {
	const id = sessionId(token);
	const row = await db
		.selectFrom('login_sessions as s')
		.innerJoin('users as u', 'u.id', 's.user_id')
		.select([
			's.expires_at',
			'u.id',
			'u.email',
			'u.name',
			'u.role',
			'u.agency_id',
			'u.company_id',
			'u.locale',
			'u.disabled_at'
		])
		.where('s.id', '=', id)
		.executeTakeFirst();
	if (!row || row.disabled_at !== null) return null;
	const expiresAt = Date.parse(row.expires_at);
	if (expiresAt <= now.getTime()) {
		await db.deleteFrom('login_sessions').where('id', '=', id).execute();
		return null;
	}
	if (expiresAt - now.getTime() < (idleMinutes * 60_000) / 2) {
		await db
			.updateTable('login_sessions')
			.set({ expires_at: expiry(now, idleMinutes) })
			.where('id', '=', id)
			.execute();
	}
	const { expires_at: _e, disabled_at: _d, ...user } = row;
	return user;
}

export async function deleteSession(db: Db, token: string): Promise<void> {
	await db.deleteFrom('login_sessions').where('id', '=', sessionId(token)).execute();
}

/** Removes expired sessions; run periodically. */
export async function purgeExpiredSessions(db: Db, now = new Date()): Promise<void> {
	await db.deleteFrom('login_sessions').where('expires_at', '<=', nowIso(now)).execute();
}
