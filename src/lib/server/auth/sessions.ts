import { createHash } from 'node:crypto';
import type { Db } from '../db';
import type { User } from '../db/schema';
import { newToken, nowIso } from '../ids';

export const SESSION_COOKIE = 'habile_session';

/**
 * How long a staff session lasts: `idleMinutes` without activity, and `maxHours` from the login
 * at most however active it is (a session stolen or left open on a shared desk does not live on).
 */
export interface SessionLifetime {
	idleMinutes: number;
	maxHours: number;
}

function sessionId(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** The idle expiry from `now`, never past the session's absolute end. */
function expiry(now: Date, createdAt: Date, lifetime: SessionLifetime): string {
	const idleEnd = now.getTime() + lifetime.idleMinutes * 60_000;
	return nowIso(new Date(Math.min(idleEnd, absoluteEnd(createdAt, lifetime))));
}

function absoluteEnd(createdAt: Date, lifetime: SessionLifetime): number {
	return createdAt.getTime() + lifetime.maxHours * 3_600_000;
}

/** Opens a login session and returns the token to put in the cookie. */
export async function createSession(
	db: Db,
	userId: string,
	lifetime: SessionLifetime,
	now = new Date()
): Promise<string> {
	const token = newToken();
	await db
		.insertInto('login_sessions')
		.values({
			id: sessionId(token),
			user_id: userId,
			created_at: nowIso(now),
			expires_at: expiry(now, now, lifetime)
		})
		.execute();
	return token;
}

export type SessionUser = Pick<
	User,
	'id' | 'email' | 'name' | 'role' | 'agency_id' | 'company_id' | 'locale'
>;

/**
 * The user behind a session token, or null when the token is unknown, expired (idle or past its
 * absolute end) or the account disabled. Slides the idle expiry forward once half of the idle
 * period has passed (one write at most every half period, not on every request), never past the
 * absolute end.
 */
export async function validateSession(
	db: Db,
	token: string,
	lifetime: SessionLifetime,
	now = new Date()
): Promise<SessionUser | null> {
	const id = sessionId(token);
	const row = await db
		.selectFrom('login_sessions as s')
		.innerJoin('users as u', 'u.id', 's.user_id')
		.select([
			's.expires_at',
			's.created_at',
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
	const createdAt = new Date(row.created_at);
	const expiresAt = Date.parse(row.expires_at);
	if (expiresAt <= now.getTime() || absoluteEnd(createdAt, lifetime) <= now.getTime()) {
		await db.deleteFrom('login_sessions').where('id', '=', id).execute();
		return null;
	}
	const slid = expiry(now, createdAt, lifetime);
	if (expiresAt - now.getTime() < (lifetime.idleMinutes * 60_000) / 2 && slid !== row.expires_at) {
		await db.updateTable('login_sessions').set({ expires_at: slid }).where('id', '=', id).execute();
	}
	const { expires_at: _e, created_at: _c, disabled_at: _d, ...user } = row;
	return user;
}

export async function deleteSession(db: Db, token: string): Promise<void> {
	await db.deleteFrom('login_sessions').where('id', '=', sessionId(token)).execute();
}

/**
 * Ends every session of an account, except the one of `keepToken` (the person's own, when they
 * changed their password). Returns how many ended.
 */
export async function revokeUserSessions(
	db: Db,
	userId: string,
	keepToken?: string
): Promise<number> {
	let query = db.deleteFrom('login_sessions').where('user_id', '=', userId);
	if (keepToken) query = query.where('id', '!=', sessionId(keepToken));
	const result = await query.executeTakeFirst();
	return Number(result.numDeletedRows);
}

/** Removes expired sessions; run periodically. */
export async function purgeExpiredSessions(db: Db, now = new Date()): Promise<void> {
	await db.deleteFrom('login_sessions').where('expires_at', '<=', nowIso(now)).execute();
}
