import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { testDatabases } from '../testing/db';
import { makeUser, TEST_LIFETIME } from '../testing/factories';
import { changeOwnPassword, passwordChangeSchema } from './account';
import { logIn } from './login';
import { createSession, validateSession } from './sessions';
import { ACCOUNT_FREE_FAILURES } from './throttle';

const NEW = 'une autre phrase bien longue';

describe.each(testDatabases())('changing one’s password [$name]', ({ open }) => {
	let db: Db;
	let user: { id: string; email: string; password: string };
	beforeEach(async () => {
		db = await open();
		user = await makeUser(db, { role: 'admin' });
	});
	afterEach(async () => db.destroy());

	const change = (currentPassword: string, keepToken?: string, now?: Date) =>
		changeOwnPassword(
			db,
			{ user, currentPassword, newPassword: NEW, keepToken, ip: '10.0.0.1' },
			now
		);

	it('changes it, keeps the session that asked and ends the others', async () => {
		const mine = await createSession(db, user.id, TEST_LIFETIME);
		const elsewhere = await createSession(db, user.id, TEST_LIFETIME);
		expect(await change(user.password, mine)).toEqual({ ok: true, sessionsClosed: 1 });
		expect(await validateSession(db, mine, TEST_LIFETIME)).not.toBeNull();
		expect(await validateSession(db, elsewhere, TEST_LIFETIME)).toBeNull();
		const login = (password: string) =>
			logIn(db, { email: user.email, password, ip: 't', lifetime: TEST_LIFETIME });
		expect((await login(user.password)).ok).toBe(false);
		expect((await login(NEW)).ok).toBe(true);
		const audit = await db
			.selectFrom('audit_log')
			.selectAll()
			.where('action', '=', 'user.password.changed')
			.executeTakeFirstOrThrow();
		expect(audit).toMatchObject({ actor_id: user.id, subject_id: user.id });
		expect(audit.details).not.toContain(NEW);
	});

	it('refuses a wrong current password, under the login throttle', async () => {
		const t0 = new Date('2026-01-01T10:00:00Z');
		for (let i = 0; i < ACCOUNT_FREE_FAILURES + 1; i++)
			expect(await change('not it at all', undefined, t0)).toEqual({
				ok: false,
				reason: 'wrongCurrent'
			});
		expect(await change(user.password, undefined, t0)).toMatchObject({ reason: 'throttled' });
		const refused = await db
			.selectFrom('audit_log')
			.select('action')
			.where('action', '=', 'user.password.refused')
			.execute();
		expect(refused).toHaveLength(ACCOUNT_FREE_FAILURES + 1);
	});
});

describe('the password change form', () => {
	const owner = { email: 'julie.roche@x.example', name: 'Julie Roche' };
	const issues = (input: object) =>
		passwordChangeSchema(owner)
			.safeParse({ currentPassword: 'old password!', ...input })
			.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);

	it('applies the password rule and checks the confirmation', () => {
		expect(issues({ newPassword: NEW, confirmPassword: NEW })).toBeUndefined();
		expect(issues({ newPassword: 'aaaaaaaaaaaa', confirmPassword: 'aaaaaaaaaaaa' })).toEqual([
			'newPassword:form.password.trivial'
		]);
		expect(issues({ newPassword: 'JulieRoche2026', confirmPassword: 'JulieRoche2026' })).toEqual([
			'newPassword:form.password.personal'
		]);
		expect(issues({ newPassword: NEW, confirmPassword: 'something else' })).toEqual([
			'confirmPassword:form.password.mismatch'
		]);
		expect(issues({ currentPassword: NEW, newPassword: NEW, confirmPassword: NEW })).toEqual([
			'newPassword:account.password.same'
		]);
	});
});
