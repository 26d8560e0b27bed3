import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time. */

/**
 * How long the adviser paused a run's timed part, on the server's clock: the deadline moves on
 * by it, and so does the end of the timed part on the run clock (the kiosk's clock runs through
 * a pause). Without it, a paced exercise paused by the adviser had the end of its timed part
 * stored as late, unscored.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('runs')
		.addColumn('paused_ms', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('runs').dropColumn('paused_ms').execute();
}
