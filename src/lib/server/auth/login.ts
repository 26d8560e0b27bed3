import type { Db } from '../db';
import { audit } from '../audit/log';
import { decoyHash, verifyPassword } from './password';
import { createSession, type SessionLifetime, type SessionUser } from './sessions';
import { blockedUntil, clearFailures, loginThrottleKeys, recordFailure } from './throttle';

export type LoginResult =
	| { ok: true; token: string; user: SessionUser }
	| { ok: false; reason: 'failed' }
	| { ok: false; reason: 'throttled'; retryAfterMinutes: number };

/** Longest email kept in the audit log: what an attacker types is not stored whole. */
const AUDITED_EMAIL_LENGTH = 200;

/**
 * Checks an email and password. Unknown email and wrong password are indistinguishable, in the
 * answer and in time (a decoy hash is verified when the email is unknown). A disabled account
 * cannot log in.
 *
 * Every failure that was checked goes to the audit log with the email tried and the address
 * (never the password). Requests refused by the throttle are not checked and not logged, so the
 * throttle bounds what an attacker can add to the log (see `throttle.ts`).
 */
export async function logIn(
	db: Db,
	input: { email: string; password: string; ip: string; lifetime: SessionLifetime },
	now = new Date()
): Promise<LoginResult> {
	const email = input.email.trim().toLowerCase();
	const keys = loginThrottleKeys(email, input.ip);
	const until = await blockedUntil(db, keys, now);
	if (until) return throttled(until, now);
	const user = await db
		.selectFrom('users')
		.select(['id', 'email', 'name', 'role', 'agency_id', 'company_id', 'locale', 'password_hash'])
		.where('email', '=', email)
		.where('disabled_at', 'is', null)
		.executeTakeFirst();
	const valid = await verifyPassword(user?.password_hash ?? (await decoyHash()), input.password);
	if (!user || !valid) {
		const failure = await recordFailure(db, keys, now);
		await audit(
			db,
			{
				actorId: null,
				action: 'auth.login.failed',
				subjectType: 'user',
				subjectId: user?.id ?? null,
				details: {
					email: email.slice(0, AUDITED_EMAIL_LENGTH),
					ip: input.ip,
					failures: failure.failures,
					...(failure.blockedUntil && { blockedUntil: failure.blockedUntil.toISOString() })
				}
			},
			now
		);
		return { ok: false, reason: 'failed' };
	}
	// Only the account's counter: a success must not reset the counter of a shared address.
	await clearFailures(db, keys.slice(0, 1));
	const token = await createSession(db, user.id, input.lifetime, now);
	await audit(
		db,
		{ actorId: user.id, action: 'auth.login', subjectType: 'user', subjectId: user.id },
		now
	);
	const { password_hash: _h, ...sessionUser } = user;
	return { ok: true, token, user: sessionUser };
}

function throttled(until: Date, now: Date): LoginResult {
	return {
		ok: false,
		reason: 'throttled',
		retryAfterMinutes: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000))
	};
}
