import { z } from 'zod';
import type { Db } from '../db';
import { audit } from '../audit/log';
import { hashPassword, verifyPassword } from './password';
import { revokeUserSessions } from './sessions';
import { blockedUntil, clearFailures, loginThrottleKeys, recordFailure } from './throttle';
import { checkPersonal, newPasswordSchema } from './users';

/** The form to change one's own password. Error messages are catalogue keys. */
export function passwordChangeSchema(owner: { email: string; name: string }) {
	return z
		.object({
			currentPassword: z
				.string({ error: 'form.required' })
				.min(1, { error: 'form.required' })
				.max(1024, { error: 'form.tooLong' }),
			newPassword: newPasswordSchema,
			confirmPassword: z.string({ error: 'form.required' }).max(1024, { error: 'form.tooLong' })
		})
		.superRefine((form, ctx) => {
			checkPersonal(ctx, 'newPassword', form.newPassword, owner);
			if (form.newPassword === form.currentPassword)
				ctx.addIssue({ code: 'custom', path: ['newPassword'], message: 'account.password.same' });
			if (form.confirmPassword !== form.newPassword)
				ctx.addIssue({
					code: 'custom',
					path: ['confirmPassword'],
					message: 'form.password.mismatch'
				});
		});
}

export type PasswordChangeResult =
	| { ok: true; sessionsClosed: number }
	| { ok: false; reason: 'wrongCurrent' }
	| { ok: false; reason: 'throttled'; retryAfterMinutes: number };

/**
 * Changes a staff member's own password once they typed the current one, and ends their other
 * sessions (whoever else was logged in as them is out). The current password is checked under
 * the login throttle: a session left open does not let anyone guess it.
 */
export async function changeOwnPassword(
	db: Db,
	input: {
		user: { id: string; email: string };
		currentPassword: string;
		newPassword: string;
		/** The session that asked: it stays open. */
		keepToken: string | undefined;
		ip: string;
	},
	now = new Date()
): Promise<PasswordChangeResult> {
	const keys = loginThrottleKeys(input.user.email, input.ip);
	const until = await blockedUntil(db, keys, now);
	if (until)
		return {
			ok: false,
			reason: 'throttled',
			retryAfterMinutes: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000))
		};
	const row = await db
		.selectFrom('users')
		.select('password_hash')
		.where('id', '=', input.user.id)
		.executeTakeFirstOrThrow();
	if (!(await verifyPassword(row.password_hash, input.currentPassword))) {
		await recordFailure(db, keys, now);
		await audit(
			db,
			{
				actorId: input.user.id,
				action: 'user.password.refused',
				subjectType: 'user',
				subjectId: input.user.id,
				details: { ip: input.ip }
			},
			now
		);
		return { ok: false, reason: 'wrongCurrent' };
	}
	const hash = await hashPassword(input.newPassword);
	const sessionsClosed = await db.transaction().execute(async (trx) => {
		await trx
			.updateTable('users')
			.set({ password_hash: hash })
			.where('id', '=', input.user.id)
			.execute();
		const closed = await revokeUserSessions(trx, input.user.id, input.keepToken);
		await audit(
			trx,
			{
				actorId: input.user.id,
				action: 'user.password.changed',
				subjectType: 'user',
				subjectId: input.user.id,
				details: { sessionsClosed: closed }
			},
			now
		);
		return closed;
	});
	await clearFailures(db, keys.slice(0, 1));
	return { ok: true, sessionsClosed };
}
