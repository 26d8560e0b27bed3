import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { migrateToLatest, openDatabase, sqliteConnectionOf, type Db } from './index';
import { testDatabases } from '../testing/db';
import { makeAgency, makeRun } from '../testing/factories';

describe.each(testDatabases())('storage [$name]', ({ open }) => {
	let db: Db;
	afterEach(async () => db?.destroy());

	it('migrates to the latest version and is idempotent', async () => {
		db = await open();
		expect(await migrateToLatest(db)).toEqual([]);
		const tables = (await db.introspection.getTables()).map((t) => t.name);
		for (const table of ['users', 'campaigns', 'run_events', 'identities', 'audit_log']) {
			expect(tables).toContain(table);
		}
	});

	it('enforces foreign keys', async () => {
		db = await open();
		await expect(
			db
				.insertInto('companies')
				.values({
					id: 'c1',
					agency_id: 'missing',
					name: 'X',
					created_at: '2026-01-01T00:00:00.000Z'
				})
				.execute()
		).rejects.toThrow();
	});

	it('keeps run events unique on (run, seq)', async () => {
		db = await open();
		const { runId } = await makeRun(db);
		const event = {
			run_id: runId,
			seq: 0,
			t: 12.5,
			type: 'phase.started',
			data: '{}',
			received_at: '2026-01-01T00:00:00.000Z'
		};
		await db.insertInto('run_events').values(event).execute();
		await expect(db.insertInto('run_events').values(event).execute()).rejects.toThrow();
		const stored = await db.selectFrom('run_events').selectAll().execute();
		expect(stored).toHaveLength(1);
		expect(stored[0]!.t).toBe(12.5);
		expect(stored[0]!.late).toBe(0);
	});

	it('returns counts as numbers on every dialect', async () => {
		db = await open();
		await makeAgency(db, 'A');
		await makeAgency(db, 'B');
		const row = await db
			.selectFrom('agencies')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow();
		expect(row.n).toBe(2);
	});
});

describe('SQLite connection', () => {
	it('begins transactions immediate: another connection cannot write in the middle of one', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'habile-db-')), 't.db');
		const db = openDatabase(file);
		await migrateToLatest(db);
		// A second connection (another process, a test, the CLI) that does not wait.
		const other = new SQLite(file);
		other.pragma('busy_timeout = 0');
		const write = () =>
			other
				.prepare("insert into agencies (id, name, created_at) values (?, 'B', '2026')")
				.run(crypto.randomUUID());
		await db.transaction().execute(async (trx) => {
			// The transaction has only read so far; a deferred one would let the other write here,
			// then fail at its own first write.
			await trx.selectFrom('agencies').select('id').execute();
			expect(write).toThrow(/locked|busy/i);
			await makeAgency(trx, 'A');
		});
		write();
		other.close();
		await db.destroy();
	});

	it('prepares each statement once and reuses it', async () => {
		const db = openDatabase(':memory:');
		await migrateToLatest(db);
		const { sqlite } = sqliteConnectionOf(db)!;
		const prepare = vi.spyOn(sqlite, 'prepare');
		const agencies = () => db.selectFrom('agencies').select('id').where('name', '=', 'A').execute();
		await agencies();
		await makeAgency(db, 'A');
		await agencies();
		expect(await agencies()).toHaveLength(1);
		expect(prepare.mock.calls.map(([sql]) => sql).filter((sql) => sql.includes('select'))).toEqual([
			expect.stringContaining('from "agencies"')
		]);
		await db.destroy();
	});

	it('is one per server process, though the server loads the database module twice', async () => {
		vi.stubEnv('DATABASE_URL', ':memory:');
		const bundled = await import('./instance');
		vi.resetModules();
		const fromSources = await import('./instance');
		const fromSourcesIndex = await import('./index');
		expect(fromSources).not.toBe(bundled);
		expect(fromSources.database()).toBe(bundled.database());
		expect(fromSourcesIndex.sqliteConnectionOf(bundled.database())).not.toBeNull();
		await bundled.database().destroy();
		vi.unstubAllEnvs();
	});
});
