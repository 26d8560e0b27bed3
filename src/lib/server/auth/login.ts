import type { Db } from '../db';
import { audit } from '../audit/log';
import { decoyHash, verifyPassword } from './password';
import { createSession, type SessionUser } from './sessions';
import { blockedUntil, clearFailures, loginThrottleKeys, recordFailure } from './throttle';

export type LoginResult =
	| { ok: true; token: string; user: SessionUser }
	| { ok: false; reason: 'failed' }
	| { ok: false; reason: 'throttled'; retryAfterMinutes: number };

/**
 * Checks an email and password. Unknown email and wrong password are indistinguishable, in the
 * answer and in time (a decoy hash is verified when the email is unknown).
 */
export async function logIn(
	db: Db,
	input: { email: string; password: string; ip: string; idleMinutes: number },
	now = new Date()
): Promise<LoginResult> {
	const email = input.email.trim().toLowerCase();
	const keys = loginThrottleKeys(email, input.ip);
	const until = await blockedUntil(db, keys, now);
	if (until) {
		return {
			ok: false,
			reason: 'throttled',
			retryAfterMinutes: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000))
		};
	}
	const user = await db
		.selectFrom('users')
		.select(['id', 'email', 'name', 'role', 'agency_id', 'company_id', 'locale', 'password_hash'])
		.where('email', '=', email)
		.where('disabled_at', 'is', null)
		.executeTakeFirst();
	const valid = await verifyPassword(user?.password_hash ?? (await decoyHash()), input.password);
	if (!user || !valid) {
		await recordFailure(db, keys, now);
		return { ok: false, reason: 'failed' };
	}
	// Only the account's counter: a success must not reset the counter of a shared address.
	await clearFailures(db, keys.slice(0, 1));
	const token = await createSession(db, user.id, input.idleMinutes, now);
	await audit(
		db,
		{ actorId: user.id, action: 'auth.login', subjectType: 'user', subjectId: user.id },
		now
	);
	const { password_hash: _h, ...sessionUser } = user;
	return { ok: true, token, user: sessionUser };
}
