import { migrateToLatest, openDatabase, type Db } from '../../src/lib/server/db';
import { makeAttempt } from '../../src/lib/server/testing/factories';

/**
 * Direct access to the e2e database (the same SQLite file the server under test uses, in WAL
 * mode): to set up attempts through the real services and to check what the server stored.
 */
export async function withDb<T>(fn: (db: Db) => Promise<T>, file = 'data/e2e.db'): Promise<T> {
	const db = openDatabase(file);
	try {
		await migrateToLatest(db);
		return await fn(db);
	} finally {
		await db.destroy();
	}
}

export function newAttempt(options: Parameters<typeof makeAttempt>[1] = {}, file?: string) {
	return withDb((db) => makeAttempt(db, options), file);
}

export function storedScores(attemptId: string, file?: string) {
	return withDb(
		(db) =>
			db
				.selectFrom('scores as s')
				.innerJoin('runs as r', 'r.id', 's.run_id')
				.select(['s.exercise_id', 's.raw', 's.max', 's.subscores', 's.flags', 'r.position'])
				.where('r.attempt_id', '=', attemptId)
				.orderBy('r.position')
				.execute(),
		file
	);
}

export function storedEvents(runId: string) {
	return withDb((db) =>
		db
			.selectFrom('run_events')
			.select(['seq', 't', 'type', 'data', 'late'])
			.where('run_id', '=', runId)
			.orderBy('seq')
			.execute()
	);
}
