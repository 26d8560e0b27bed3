import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time. */

/**
 * What the retention purge keeps of the candidates it deletes, so that fairness checks stay
 * possible: per campaign, exercise (or the whole battery), dimension (time, spoken
 * instructions, kiosk language) and group, how many took it and how many passed. Counts only:
 * no person, no session, no date.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('fairness_aggregates')
		.addColumn('campaign_id', 'text', (c) =>
			c.notNull().references('campaigns.id').onDelete('cascade')
		)
		.addColumn('exercise', 'text', (c) => c.notNull())
		.addColumn('dimension', 'text', (c) => c.notNull())
		.addColumn('grp', 'text', (c) => c.notNull())
		.addColumn('tested', 'integer', (c) => c.notNull())
		.addColumn('passed', 'integer', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('fairness_aggregates_pk', [
			'campaign_id',
			'exercise',
			'dimension',
			'grp'
		])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('fairness_aggregates').execute();
}
