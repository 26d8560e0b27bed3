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
				const admin = openDatabase(pgUrl, { poolSize: 1 });
				await sql`create schema ${sql.id(schema)}`.execute(admin);
				await admin.destroy();
				const url = new URL(pgUrl);
				url.searchParams.set('options', `-c search_path=${schema}`);
				const db = openDatabase(url.toString(), { poolSize: 4 });
				await migrateToLatest(db);
				// Dropping the private schema when the test closes the database keeps the
				// test database clean across runs.
				const destroy = db.destroy.bind(db);
				db.destroy = async () => {
					await destroy();
					const cleaner = openDatabase(pgUrl, { poolSize: 1 });
					await sql`drop schema ${sql.id(schema)} cascade`.execute(cleaner);
					await cleaner.destroy();
				};
				return db;
			}
		});
	}
	return list;
}
