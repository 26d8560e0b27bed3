import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../src/lib/server/db';
import { demoEnabled } from '../src/lib/server/config';
import { setAccountDisabled } from '../src/lib/server/admin/accounts';
import { DEMO_ACCOUNTS } from '../src/lib/server/demo/seed';
import { testDatabases } from '../src/lib/server/testing/db';
import { makeUser } from '../src/lib/server/testing/factories';
import { prepareDatabase } from './prepare';

describe('which start runs the demo', () => {
	it('is the demo unless HABILE_DEMO=0 or NODE_ENV=production says otherwise', () => {
		expect(demoEnabled({})).toBe(true);
		expect(demoEnabled({ NODE_ENV: 'development' })).toBe(true);
		expect(demoEnabled({ NODE_ENV: 'production' })).toBe(false);
		expect(demoEnabled({ HABILE_DEMO: '0' })).toBe(false);
		expect(demoEnabled({ HABILE_DEMO: '1', NODE_ENV: 'production' })).toBe(true);
	});
});

describe.each(testDatabases())('preparing the database for npm start [$name]', ({ open }) => {
	let db: Db;
	afterEach(async () => db.destroy());

	it('seeds the demo on an empty database, once', async () => {
		db = await open();
		expect(await prepareDatabase(db, true)).toMatchObject({ ok: true, seeded: true });
		expect((await prepareDatabase(db, true)) as object).toMatchObject({ seeded: false });
	});

	it('without the demo, seeds nothing and says how to create the first admin', async () => {
		db = await open();
		expect(await prepareDatabase(db, false)).toEqual({
			ok: true,
			seeded: false,
			codes: [],
			noAccount: true
		});
		expect(await db.selectFrom('users').select('id').execute()).toEqual([]);
		await makeUser(db, { role: 'admin', email: 'first@agence.example' });
		expect(await prepareDatabase(db, false)).toMatchObject({ ok: true, noAccount: false });
	});

	it('without the demo, refuses a database where demo accounts can log in, until disabled', async () => {
		db = await open();
		await prepareDatabase(db, true);
		const refused = await prepareDatabase(db, false);
		expect(refused.ok).toBe(false);
		const message = refused.ok ? '' : refused.refusal;
		for (const account of DEMO_ACCOUNTS) expect(message).toContain(account.email);
		expect(message).toContain('npm run habile -- disable-user --email admin@habile.demo');
		expect(message).toContain('npm run habile -- create-user --role admin');

		const users = await db.selectFrom('users').select('id').execute();
		for (const user of users)
			await setAccountDisabled(db, { actorId: null, userId: user.id, disabled: true });
		expect((await prepareDatabase(db, false)).ok).toBe(true);
	});
});
