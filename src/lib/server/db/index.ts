import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
	Kysely,
	Migrator,
	PostgresAdapter,
	PostgresDialect,
	sql,
	SqliteDialect,
	type MigrationResult
} from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations';
import type { Database } from './schema';

export type Db = Kysely<Database>;
export type DialectName = 'sqlite' | 'postgres';

export function dialectOf(url: string): DialectName {
	return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

// pg returns int8 (count(*), bigint) as strings; our counts fit easily in a double.
const INT8_OID = 20;
const pgTypes = {
	getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
		oid === INT8_OID
			? (value: string) => Number(value)
			: pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser
};

/**
 * Opens the database named by `url`: PostgreSQL for `postgres://` URLs, otherwise a SQLite
 * file (created with its folder if needed; `:memory:` for tests).
 */
export function openDatabase(url: string, options: { poolSize?: number } = {}): Db {
	if (dialectOf(url) === 'postgres') {
		const pool = new pg.Pool({
			connectionString: url,
			max: options.poolSize ?? 10,
			types: pgTypes
		});
		return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
	}
	const file = url.replace(/^file:/, '');
	if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
	const sqlite = new SQLite(file);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('synchronous = NORMAL');
	return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<MigrationResult[]> {
	// On PostgreSQL, keep Kysely's bookkeeping tables in the schema being migrated: by default
	// it looks for them in every schema and would skip creating them if another schema had them.
	const migrationTableSchema =
		db.getExecutor().adapter instanceof PostgresAdapter
			? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]
					?.schema
			: undefined;
	const migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema });
	const { error, results } = await migrator.migrateToLatest();
	if (error) {
		const failed = results?.find((r) => r.status === 'Error');
		throw new Error(`Migration ${failed?.migrationName ?? '?'} failed: ${String(error)}`, {
			cause: error
		});
	}
	return results ?? [];
}
