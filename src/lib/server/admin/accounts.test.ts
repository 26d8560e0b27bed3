import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { logIn } from '../auth/login';
import { createSession, validateSession } from '../auth/sessions';
import { testDatabases } from '../testing/db';
import { makeAgency, makeUser, TEST_LIFETIME } from '../testing/factories';
import { listAccounts, revokeSessionsOf, setAccountDisabled } from './accounts';

describe.each(testDatabases())('account management [$name]', ({ open }) => {
	let db: Db;
	let admin: string;
	let adviser: { id: string; email: string; password: string };
	beforeEach(async () => {
		db = await open();
		admin = (await makeUser(db, { role: 'admin' })).id;
		adviser = await makeUser(db, { role: 'adviser', agencyId: await makeAgency(db) });
	});
	afterEach(async () => db.destroy());

	const auditActions = async () =>
		(await db.selectFrom('audit_log').select('action').orderBy('at').execute()).map(
			(r) => r.action
		);
	const login = (password = adviser.password) =>
		logIn(db, { email: adviser.email, password, ip: 't', lifetime: TEST_LIFETIME });

	it('disabling ends the sessions and refuses the login; enabling lets the person back in', async () => {
		const token = await createSession(db, adviser.id, TEST_LIFETIME);
		const result = await setAccountDisabled(db, {
			actorId: admin,
			userId: adviser.id,
			disabled: true
		});
		expect(result).toEqual({ ok: true, email: adviser.email, changed: true, sessions: 1 });
		expect(await validateSession(db, token, TEST_LIFETIME)).toBeNull();
		expect((await login()).ok).toBe(false);
		expect((await listAccounts(db)).find((a) => a.id === adviser.id)?.disabled).toBe(true);

		await setAccountDisabled(db, { actorId: admin, userId: adviser.id, disabled: false });
		expect((await login()).ok).toBe(true);
		const audit = await db
			.selectFrom('audit_log')
			.selectAll()
			.where('action', 'in', ['user.disabled', 'user.enabled'])
			.orderBy('at')
			.execute();
		expect(audit.map((a) => [a.action, a.actor_id, a.subject_id])).toEqual([
			['user.disabled', admin, adviser.id],
			['user.enabled', admin, adviser.id]
		]);
	});

	it('does not let an admin disable themself, and records no no-op', async () => {
		expect(await setAccountDisabled(db, { actorId: admin, userId: admin, disabled: true })).toEqual(
			{
				ok: false,
				reason: 'self'
			}
		);
		const before = await auditActions();
		const same = await setAccountDisabled(db, {
			actorId: admin,
			userId: adviser.id,
			disabled: false
		});
		expect(same).toMatchObject({ ok: true, changed: false });
		expect(await auditActions()).toEqual(before);
		expect(
			await setAccountDisabled(db, { actorId: admin, userId: 'nobody', disabled: true })
		).toEqual({ ok: false, reason: 'notFound' });
	});

	it('revokes another account’s sessions, counting them, audited only when one ended', async () => {
		const tokens = [
			await createSession(db, adviser.id, TEST_LIFETIME),
			await createSession(db, adviser.id, TEST_LIFETIME)
		];
		const mine = await createSession(db, admin, TEST_LIFETIME);
		expect((await listAccounts(db)).find((a) => a.id === adviser.id)?.sessions).toBe(2);
		expect(await revokeSessionsOf(db, { actorId: admin, userId: adviser.id })).toMatchObject({
			ok: true,
			sessions: 2
		});
		for (const token of tokens) expect(await validateSession(db, token, TEST_LIFETIME)).toBeNull();
		expect(await validateSession(db, mine, TEST_LIFETIME)).not.toBeNull();
		// Nothing left to end: nothing recorded.
		expect(await revokeSessionsOf(db, { actorId: admin, userId: adviser.id })).toMatchObject({
			changed: false,
			sessions: 0
		});
		expect((await auditActions()).filter((a) => a === 'user.sessions.revoked')).toHaveLength(1);
		// The account itself still works.
		expect((await login()).ok).toBe(true);
		expect(await revokeSessionsOf(db, { actorId: admin, userId: admin })).toEqual({
			ok: false,
			reason: 'self'
		});
	});
});
