import { sql } from 'kysely';
import { migrateToLatest, openDatabase, type Db, type DialectName } from '../db';

export interface TestDatabase {
	name: DialectName;
	/** A fresh, migrated, empty database (a private schema on PostgreSQL). */
	open(): Promise<Db>;
}

let schemaCounter = 0;

/**
 * The databases every storage test runs against: SQLite always, PostgreSQL when
 * `TEST_DATABASE_URL` is set. Test names carry `[sqlite]` / `[postgres]` so that CI can check
 * the PostgreSQL suite really ran.
 */
export function testDatabases(): TestDatabase[] {
	const list: TestDatabase[] = [
		{
			name: 'sqlite',
			open: async () => {
				const db = openDatabase(':memory:');
				await migrateToLatest(db);
				return db;
			}
		}
	];
	const pgUrl = process.env.TEST_DATABASE_URL;
	if (pgUrl) {
		list.push({
			name: 'postgres',
			open: async () => {
				const schema = `t_${process.pid}_${Date.now().toString(36)}_${schemaCounter++}`;
				const url = new URL(pgUrl);
				url.searchParams.set('options', `-c search_path=${schema}`);
				const db = openDatabase(url.toString(), { poolSize: 4 });
				await underSchemaLock(pgUrl, async (admin) => {
					await sql`create schema ${sql.id(schema)}`.execute(admin);
					await migrateToLatest(db);
				});
				// Dropping the private schema when the test closes the database keeps the
				// test database clean across runs.
				const destroy = db.destroy.bind(db);
				db.destroy = async () => {
					await destroy();
					await underSchemaLock(pgUrl, (admin) =>
						sql`drop schema ${sql.id(schema)} cascade`.execute(admin)
					);
				};
				return db;
			}
		});
	}
	return list;
}

/**
 * Test files run in parallel processes on one test database. Migrating reads the catalogue of
 * every schema, which fails if another process drops its schema at that moment: creating,
 * migrating and dropping test schemas therefore take turns, under an advisory lock.
 */
async function underSchemaLock<T>(url: string, work: (admin: Db) => Promise<T>): Promise<T> {
	const admin = openDatabase(url, { poolSize: 1 });
	try {
		await sql`select pg_advisory_lock(hashtext('habile-test-schemas'))`.execute(admin);
		return await work(admin);
	} finally {
		await sql`select pg_advisory_unlock(hashtext('habile-test-schemas'))`
			.execute(admin)
			.catch(() => {});
		await admin.destroy();
	}
}
