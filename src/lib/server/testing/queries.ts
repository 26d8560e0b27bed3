import type { CompiledQuery, KyselyPlugin } from 'kysely';
import type { Db } from '../db';

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
