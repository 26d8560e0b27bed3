import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
	CompiledQuery,
	Kysely,
	Migrator,
	PostgresAdapter,
	PostgresDialect,
	sql,
	SqliteDialect,
	type Driver,
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
	// Deleted rows are overwritten with zeros, not just unlinked: a purged or erased candidate's
	// name must not stay readable in the file (see `flushDeletions` for the WAL).
	sqlite.pragma('secure_delete = ON');
	const prepare = statementCache(sqlite);
	const db = new Kysely<Database>({
		dialect: new SqliteImmediateDialect({ database: { prepare, close: () => sqlite.close() } })
	});
	sqliteConnections.set(db, { sqlite, prepare });
	return db;
}

/**
 * Transactions on SQLite begin IMMEDIATE, taking the write lock at once. A deferred one that
 * reads first and writes later fails at its first write, at once and whatever the busy
 * timeout, when another connection (the CLI, a test, a second process) wrote in between;
 * an immediate one waits its turn instead.
 */
class SqliteImmediateDialect extends SqliteDialect {
	override createDriver(): Driver {
		const driver = super.createDriver();
		driver.beginTransaction = async (connection) => {
			await connection.executeQuery(CompiledQuery.raw('begin immediate'));
		};
		return driver;
	}
}

const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely's SQLite driver prepares every statement on every execution; preparing costs more
 * than running most of ours. Statements are kept by SQL text (the least recently used dropped
 * past a bound, since `in (?, ?, …)` lists make some texts vary). Kysely runs one query at a
 * time on its single connection, so a statement is never used twice at once.
 */
function statementCache(sqlite: SQLite.Database): (sql: string) => SQLite.Statement {
	const cache = new Map<string, SQLite.Statement>();
	return (sql) => {
		let statement = cache.get(sql);
		if (statement) cache.delete(sql);
		else statement = sqlite.prepare(sql);
		cache.set(sql, statement);
		if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
		return statement;
	};
}

/** A SQLite database's own connection, and its cached `prepare`. */
export interface SqliteConnection {
	sqlite: SQLite.Database;
	prepare: (sql: string) => SQLite.Statement;
}

// On globalThis: the server loads this module twice (see instance.ts), and a database opened
// by one copy must be known to the other.
const registry = globalThis as typeof globalThis & { [key: symbol]: unknown };
const SQLITE_CONNECTIONS = Symbol.for('habile.sqliteConnections');
registry[SQLITE_CONNECTIONS] ??= new WeakMap<Db, SqliteConnection>();
const sqliteConnections = registry[SQLITE_CONNECTIONS] as WeakMap<Db, SqliteConnection>;

/**
 * The better-sqlite3 connection under a database opened by `openDatabase`, or null on
 * PostgreSQL. Only for hot paths that run their own prepared statements: they must hold
 * Kysely's connection (`db.connection()`) while they use it, so as not to interleave with a
 * Kysely transaction.
 */
export function sqliteConnectionOf(db: Db): SqliteConnection | null {
	return sqliteConnections.get(db) ?? null;
}

/**
 * Called after deleting personal data. With `secure_delete` the deleted rows are zeroed in the
 * pages that held them, but in WAL mode the zeroed pages first go to the WAL while older WAL
 * frames still hold the rows as they were: a `TRUNCATE` checkpoint copies the pages into the
 * database file and empties the WAL. Best effort: a reader in another process (the CLI) can keep
 * the WAL from being reset, which the next checkpoint then does; returns whether it was. On
 * PostgreSQL (and an in-memory SQLite) there is nothing to do here.
 */
export async function flushDeletions(db: Db): Promise<boolean> {
	const connection = sqliteConnectionOf(db);
	if (!connection) return true;
	return db.connection().execute(async () => {
		const [result] = connection.sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
		return !result?.busy;
	});
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
