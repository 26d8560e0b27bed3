import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time. */

/**
 * Reads bounded by what a page shows. Each run's summary, kept by the run log as events are
 * stored: the phase it is in (the data of its latest `phase.started`) and the type of its latest
 * event; the live monitor reads these instead of the run's events, so its work no longer grows
 * with them. Decisions indexed by attempt, latest first: an attempt's current decision was found
 * by reading every decision of every campaign.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('runs').addColumn('phase', 'text').execute();
	await db.schema.alterTable('runs').addColumn('last_event_type', 'text').execute();
	await backfillRunSummaries(db);
	await db.schema
		.createIndex('decisions_attempt')
		.on('decisions')
		.columns(['attempt_id', 'decided_at', 'id'])
		.execute();
}

/** Rows read per query while back-filling: bounds the memory of a large database's migration. */
const CHUNK = 500;

/**
 * Fills the summary of the runs that already have events, from their events (each run's are read
 * once, from its latest backwards). Exported for its test.
 */
export async function backfillRunSummaries(db: Kysely<any>): Promise<void> {
	let after = '';
	for (;;) {
		const runs: { id: string; phase_data: string | null; last_type: string | null }[] = await db
			.selectFrom('runs as r')
			.select((eb) => [
				eb.ref('r.id').as('id'),
				eb
					.selectFrom('run_events as e')
					.select('e.data')
					.whereRef('e.run_id', '=', 'r.id')
					.where('e.type', '=', 'phase.started')
					.orderBy('e.seq', 'desc')
					.limit(1)
					.as('phase_data'),
				eb
					.selectFrom('run_events as e')
					.select('e.type')
					.whereRef('e.run_id', '=', 'r.id')
					.orderBy('e.seq', 'desc')
					.limit(1)
					.as('last_type')
			])
			.where('r.next_seq', '>', 0)
			.where('r.id', '>', after)
			.orderBy('r.id')
			.limit(CHUNK)
			.execute();
		for (const run of runs) {
			const phase = phaseOf(run.phase_data);
			await db
				.updateTable('runs')
				.set({ phase, last_event_type: run.last_type })
				.where('id', '=', run.id)
				.execute();
		}
		if (runs.length < CHUNK) return;
		after = runs.at(-1)!.id;
	}
}

/** The phase in a `phase.started` event's data (JSON), or null. */
function phaseOf(data: string | null): string | null {
	if (!data) return null;
	try {
		const phase: unknown = JSON.parse(data)?.phase;
		return typeof phase === 'string' ? phase : null;
	} catch {
		return null;
	}
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('decisions_attempt').execute();
	await db.schema.alterTable('runs').dropColumn('last_event_type').execute();
	await db.schema.alterTable('runs').dropColumn('phase').execute();
}
