import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { testDatabases } from '../testing/db';
import { makeAgency, makeCompany, makeUser } from '../testing/factories';
import { logIn } from './login';
import { createSession, deleteSession, revokeUserSessions, validateSession } from './sessions';
import {
	ACCOUNT_FREE_FAILURES,
	ADDRESS_FREE_FAILURES,
	blockedUntil,
	loginThrottleKeys,
	recordFailure
} from './throttle';
import { createUser, newUserSchema } from './users';

/** An hour without activity, 3 hours at most. */
const IDLE = { idleMinutes: 60, maxHours: 3 };
const at = (iso: string) => new Date(iso);

describe.each(testDatabases())('staff accounts [$name]', ({ open }) => {
	let db: Db;
	let agencyId: string;
	beforeEach(async () => {
		db = await open();
		agencyId = await makeAgency(db);
	});
	afterEach(async () => db.destroy());

	describe('sessions', () => {
		it('finds the user behind a token until it expires', async () => {
			const user = await makeUser(db, { role: 'adviser', agencyId });
			const token = await createSession(db, user.id, IDLE, at('2026-01-01T10:00:00Z'));
			const found = await validateSession(db, token, IDLE, at('2026-01-01T10:59:00Z'));
			expect(found?.id).toBe(user.id);
			expect(found).not.toHaveProperty('password_hash');
			expect(await validateSession(db, 'forged-token', IDLE)).toBeNull();
		});

		it('slides the expiry forward on activity', async () => {
			const user = await makeUser(db, { role: 'adviser', agencyId });
			const token = await createSession(db, user.id, IDLE, at('2026-01-01T10:00:00Z'));
			expect(await validateSession(db, token, IDLE, at('2026-01-01T10:45:00Z'))).not.toBeNull();
			// Without the slide this would be past the first expiry (11:00).
			expect(await validateSession(db, token, IDLE, at('2026-01-01T11:30:00Z'))).not.toBeNull();
			expect(await validateSession(db, token, IDLE, at('2026-01-01T12:46:00Z'))).toBeNull();
		});

		it('ends at its absolute lifetime however active it is', async () => {
			const user = await makeUser(db, { role: 'adviser', agencyId });
			const token = await createSession(db, user.id, IDLE, at('2026-01-01T10:00:00Z'));
			for (const time of ['10:40', '11:20', '12:00', '12:40', '12:59'])
				expect(await validateSession(db, token, IDLE, at(`2026-01-01T${time}:00Z`))).not.toBeNull();
			// Active every 40 minutes, yet over after 3 hours.
			expect(await validateSession(db, token, IDLE, at('2026-01-01T13:00:00Z'))).toBeNull();
			// A shorter lifetime configured later applies to sessions already open.
			const other = await createSession(db, user.id, IDLE, at('2026-01-01T10:00:00Z'));
			const shorter = { idleMinutes: 60, maxHours: 1 };
			expect(await validateSession(db, other, shorter, at('2026-01-01T10:59:00Z'))).not.toBeNull();
			expect(await validateSession(db, other, shorter, at('2026-01-01T11:00:00Z'))).toBeNull();
		});

		it('never slides the idle expiry past the absolute end', async () => {
			const user = await makeUser(db, { role: 'adviser', agencyId });
			const token = await createSession(db, user.id, IDLE, at('2026-01-01T10:00:00Z'));
			for (const time of ['10:40', '11:20', '12:00', '12:40'])
				await validateSession(db, token, IDLE, at(`2026-01-01T${time}:00Z`));
			const row = await db.selectFrom('login_sessions').select('expires_at').executeTakeFirst();
			expect(row?.expires_at).toBe('2026-01-01T13:00:00.000Z');
		});

		it('ends every session of an account but the one kept', async () => {
			const user = await makeUser(db, { role: 'adviser', agencyId });
			const other = await makeUser(db, { role: 'adviser', agencyId });
			const [a, b, c] = [
				await createSession(db, user.id, IDLE),
				await createSession(db, user.id, IDLE),
				await createSession(db, user.id, IDLE)
			];
			const theirs = await createSession(db, other.id, IDLE);
			expect(await revokeUserSessions(db, user.id, c)).toBe(2);
			expect(await validateSession(db, a, IDLE)).toBeNull();
			expect(await validateSession(db, b, IDLE)).toBeNull();
			expect(await validateSession(db, c, IDLE)).not.toBeNull();
			expect(await validateSession(db, theirs, IDLE)).not.toBeNull();
			expect(await revokeUserSessions(db, user.id)).toBe(1);
			expect(await validateSession(db, c, IDLE)).toBeNull();
		});

		it('ends on logout and for a disabled account', async () => {
			const user = await makeUser(db, { role: 'adviser', agencyId });
			const token = await createSession(db, user.id, IDLE);
			await deleteSession(db, token);
			expect(await validateSession(db, token, IDLE)).toBeNull();

			const token2 = await createSession(db, user.id, IDLE);
			await db.updateTable('users').set({ disabled_at: new Date().toISOString() }).execute();
			expect(await validateSession(db, token2, IDLE)).toBeNull();
		});

		it('stores only a hash of the token', async () => {
			const user = await makeUser(db, { role: 'adviser', agencyId });
			const token = await createSession(db, user.id, IDLE);
			const rows = await db.selectFrom('login_sessions').select('id').execute();
			expect(rows.map((r) => r.id)).not.toContain(token);
		});
	});

	describe('login', () => {
		it('logs in with the right password, case-insensitively on the email', async () => {
			const user = await makeUser(db, { role: 'adviser', agencyId });
			const result = await logIn(db, {
				email: `  ${user.email.toUpperCase()} `,
				password: user.password,
				ip: '10.0.0.1',
				lifetime: IDLE
			});
			expect(result.ok).toBe(true);
			const audit = await db.selectFrom('audit_log').select('action').execute();
			expect(audit.map((a) => a.action)).toContain('auth.login');
		});

		it('audits each failure checked, with the email tried and the address, never the password', async () => {
			const user = await makeUser(db, { role: 'adviser', agencyId });
			await logIn(db, { email: user.email, password: 'guess-1', ip: '10.0.0.7', lifetime: IDLE });
			await logIn(db, {
				email: 'Nobody@X.example',
				password: 'guess-2',
				ip: '10.0.0.7',
				lifetime: IDLE
			});
			const rows = await db
				.selectFrom('audit_log')
				.selectAll()
				.where('action', '=', 'auth.login.failed')
				.orderBy('at')
				.execute();
			expect(rows).toHaveLength(2);
			expect(rows[0]).toMatchObject({ subject_id: user.id, actor_id: null });
			expect(JSON.parse(rows[0]!.details)).toEqual({
				email: user.email,
				ip: '10.0.0.7',
				failures: 1
			});
			expect(rows[1]!.subject_id).toBeNull();
			expect(JSON.parse(rows[1]!.details)).toMatchObject({ email: 'nobody@x.example' });
			expect(rows.map((r) => r.details).join()).not.toMatch(/guess/);
		});

		it('logs no more than the throttle lets through', async () => {
			const user = await makeUser(db, { role: 'adviser', agencyId });
			const t0 = at('2026-01-01T10:00:00Z');
			for (let i = 0; i < 50; i++)
				await logIn(db, { email: user.email, password: 'bad', ip: '1', lifetime: IDLE }, t0);
			const rows = await db
				.selectFrom('audit_log')
				.select('details')
				.where('action', '=', 'auth.login.failed')
				.execute();
			// The free failures and the one that started the block.
			expect(rows).toHaveLength(ACCOUNT_FREE_FAILURES + 1);
			expect(JSON.parse(rows.at(-1)!.details).blockedUntil).toBe('2026-01-01T10:00:30.000Z');
		});

		it('refuses a disabled account even with its password, and logs the failure', async () => {
			const user = await makeUser(db, { role: 'adviser', agencyId });
			await db
				.updateTable('users')
				.set({ disabled_at: new Date().toISOString() })
				.where('id', '=', user.id)
				.execute();
			const result = await logIn(db, {
				email: user.email,
				password: user.password,
				ip: '1',
				lifetime: IDLE
			});
			expect(result).toEqual({ ok: false, reason: 'failed' });
			expect(await db.selectFrom('login_sessions').select('id').execute()).toEqual([]);
		});

		it('keeps other accounts open from an address where one account is being guessed', async () => {
			// A whole room behind one address: 21 failures and more on one account.
			const victim = await makeUser(db, { role: 'adviser', agencyId });
			const colleague = await makeUser(db, { role: 'adviser', agencyId });
			const t0 = at('2026-01-01T10:00:00Z');
			for (let i = 0; i < 30; i++)
				await logIn(db, { email: victim.email, password: 'bad', ip: 'room', lifetime: IDLE }, t0);
			expect(
				await logIn(
					db,
					{ email: victim.email, password: victim.password, ip: 'room', lifetime: IDLE },
					t0
				)
			).toMatchObject({ reason: 'throttled' });
			const ok = await logIn(
				db,
				{ email: colleague.email, password: colleague.password, ip: 'room', lifetime: IDLE },
				t0
			);
			expect(ok.ok).toBe(true);
		});

		it('lets a room mistype across many accounts, and stops one address spraying them', async () => {
			const t0 = at('2026-01-01T10:00:00Z');
			// 25 colleagues each mistype their password 4 times: 100 failures from one address.
			for (let person = 0; person < ADDRESS_FREE_FAILURES / 4; person++)
				for (let i = 0; i < 4; i++)
					await recordFailure(db, loginThrottleKeys(`p${person}@x.example`, 'room'), t0);
			const user = await makeUser(db, { role: 'adviser', agencyId });
			const ok = await logIn(
				db,
				{ email: user.email, password: user.password, ip: 'room', lifetime: IDLE },
				t0
			);
			expect(ok.ok).toBe(true);
			// One more failure from that address, on yet another account, blocks the address.
			await logIn(db, { email: 'new@x.example', password: 'bad', ip: 'room', lifetime: IDLE }, t0);
			expect(
				await logIn(
					db,
					{ email: user.email, password: user.password, ip: 'room', lifetime: IDLE },
					t0
				)
			).toMatchObject({ reason: 'throttled' });
			// Not from elsewhere.
			const elsewhere = await logIn(
				db,
				{ email: user.email, password: user.password, ip: 'home', lifetime: IDLE },
				t0
			);
			expect(elsewhere.ok).toBe(true);
		});

		it('answers the same for a wrong password and an unknown email', async () => {
			const user = await makeUser(db, { role: 'adviser', agencyId });
			const wrong = await logIn(db, {
				email: user.email,
				password: 'nope',
				ip: '1',
				lifetime: IDLE
			});
			const unknown = await logIn(db, {
				email: 'nobody@x.example',
				password: 'nope',
				ip: '1',
				lifetime: IDLE
			});
			expect(wrong).toEqual({ ok: false, reason: 'failed' });
			expect(unknown).toEqual(wrong);
		});

		it('slows down repeated failures, even with the right password, then lets through', async () => {
			const user = await makeUser(db, { role: 'adviser', agencyId });
			const t0 = at('2026-01-01T10:00:00Z');
			for (let i = 0; i < 6; i++) {
				await logIn(db, { email: user.email, password: 'bad', ip: '1', lifetime: IDLE }, t0);
			}
			const blocked = await logIn(
				db,
				{ email: user.email, password: user.password, ip: '1', lifetime: IDLE },
				t0
			);
			expect(blocked).toEqual({ ok: false, reason: 'throttled', retryAfterMinutes: 1 });
			const later = await logIn(
				db,
				{ email: user.email, password: user.password, ip: '1', lifetime: IDLE },
				at('2026-01-01T10:01:00Z')
			);
			expect(later.ok).toBe(true);
		});
	});

	describe('throttle', () => {
		it('doubles the block with each further failure, up to 15 minutes', async () => {
			const keys = [{ key: 'email:a@b.c', free: 1 }];
			const t0 = at('2026-01-01T10:00:00Z');
			await recordFailure(db, keys, t0);
			expect(await blockedUntil(db, keys, t0)).toBeNull();
			await recordFailure(db, keys, t0);
			expect((await blockedUntil(db, keys, t0))?.toISOString()).toBe('2026-01-01T10:00:30.000Z');
			await recordFailure(db, keys, t0);
			expect((await blockedUntil(db, keys, t0))?.toISOString()).toBe('2026-01-01T10:01:00.000Z');
			for (let i = 0; i < 10; i++) await recordFailure(db, keys, t0);
			expect((await blockedUntil(db, keys, t0))?.toISOString()).toBe('2026-01-01T10:15:00.000Z');
		});

		it('counts concurrent failures from several servers', async () => {
			const keys = [{ key: 'email:c@d.e', free: 100 }];
			await Promise.all(Array.from({ length: 8 }, () => recordFailure(db, keys)));
			const row = await db
				.selectFrom('login_throttle')
				.select('failures')
				.executeTakeFirstOrThrow();
			expect(row.failures).toBe(8);
		});

		it('starts a new window after 15 minutes', async () => {
			const keys = [{ key: 'email:f@g.h', free: 2 }];
			const t0 = at('2026-01-01T10:00:00Z');
			await recordFailure(db, keys, t0);
			await recordFailure(db, keys, t0);
			await recordFailure(db, keys, at('2026-01-01T10:20:00Z'));
			const row = await db
				.selectFrom('login_throttle')
				.select('failures')
				.executeTakeFirstOrThrow();
			expect(row.failures).toBe(1);
		});

		it('keys on both the email and the address', () => {
			expect(loginThrottleKeys(' A@B.c ', '10.0.0.9').map((k) => k.key)).toEqual([
				'email:a@b.c',
				'ip:10.0.0.9'
			]);
		});
	});

	describe('account creation', () => {
		it('creates an employer attached to its company and agency, with an audit entry', async () => {
			const companyId = await makeCompany(db, agencyId);
			const input = newUserSchema.parse({
				name: 'Julie',
				email: 'Julie@Example.org',
				role: 'employer',
				password: 'a long enough pass',
				companyId
			});
			const result = await createUser(db, input, null);
			expect(result.ok).toBe(true);
			const row = await db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
			expect(row).toMatchObject({
				email: 'julie@example.org',
				company_id: companyId,
				agency_id: agencyId
			});
			expect(row.password_hash).toMatch(/^\$argon2id\$/);
			const audit = await db.selectFrom('audit_log').selectAll().executeTakeFirstOrThrow();
			expect(audit).toMatchObject({ action: 'user.created', subject_id: row.id });
		});

		it('refuses a second account with the same email, writing nothing', async () => {
			const user = await makeUser(db, { role: 'adviser', agencyId });
			const before = await db.selectFrom('audit_log').select('id').execute();
			const input = newUserSchema.parse({
				name: 'Other',
				email: user.email,
				role: 'adviser',
				password: 'another long password',
				agencyId
			});
			expect(await createUser(db, input, null)).toEqual({
				ok: false,
				errors: { email: 'form.email.taken' }
			});
			expect(await db.selectFrom('audit_log').select('id').execute()).toHaveLength(before.length);
		});
	});
});

describe('new account validation', () => {
	const valid = {
		name: 'A',
		email: 'a@b.fr',
		role: 'adviser',
		password: 'twelve characters long',
		agencyId: 'x'
	};
	const issues = (input: object) =>
		newUserSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);

	it('gives a catalogue key for each problem', () => {
		expect(issues({ ...valid, email: 'nope' })).toEqual(['email:form.email.invalid']);
		expect(issues({ ...valid, password: 'short' })).toEqual(['password:form.password.short']);
		expect(issues({ ...valid, role: 'candidate' })).toEqual(['role:form.choose']);
		expect(issues({ ...valid, role: 'employer' })).toEqual(['companyId:form.company.required']);
		expect(issues({ ...valid, agencyId: undefined })).toEqual(['agencyId:form.agency.required']);
	});
});
