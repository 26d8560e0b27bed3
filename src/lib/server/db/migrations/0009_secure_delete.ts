import { sql, SqliteAdapter, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time. */

/**
 * SQLite now opens with `secure_delete` (see `openDatabase`), which zeroes what is deleted from
 * then on. What earlier purges deleted may still sit in free pages: one VACUUM rebuilds the file
 * without them, and a checkpoint copies it out of the WAL. SQLite runs migrations outside a
 * transaction, as VACUUM needs. PostgreSQL: nothing (its dead rows go with autovacuum).
 */
export async function up(db: Kysely<any>): Promise<void> {
	if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
	await sql`vacuum`.execute(db);
	await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
}

export async function down(): Promise<void> {}
