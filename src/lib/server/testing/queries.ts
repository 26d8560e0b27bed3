import type { CompiledQuery, KyselyPlugin } from 'kysely';
import { sqliteConnectionOf, type Db } from '../db';

/**
 * The same database, recording the SQL of every query sent through it: for tests that bound the
 * work of a read by the queries it makes (which tables, how many), not by a timing.
 */
export function recordingQueries(db: Db): { db: Db; queries: CompiledQuery[] } {
	const queries: CompiledQuery[] = [];
	const plugin: KyselyPlugin = {
		transformQuery({ node, queryId }) {
			queries.push(db.getExecutor().compileQuery(node, queryId));
			return node;
		},
		transformResult: async ({ result }) => result
	};
	return { db: db.withPlugin(plugin), queries };
}

/**
 * SQLite's plan of each recorded query (EXPLAIN QUERY PLAN), one line per step, e.g.
 * `SEARCH d USING INDEX decisions_attempt (attempt_id=?)` or `SCAN d` (every row read).
 */
export function sqlitePlans(db: Db, queries: readonly CompiledQuery[]): string[] {
	const connection = sqliteConnectionOf(db);
	if (!connection) throw new Error('sqlitePlans: not a SQLite database');
	return queries.flatMap((q) =>
		(
			connection.sqlite
				.prepare(`explain query plan ${q.sql}`)
				.all(...(q.parameters as unknown[])) as { detail: string }[]
		).map((r) => r.detail)
	);
}
