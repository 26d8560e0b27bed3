import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time. */

/**
 * Freezing a battery also keeps the conditional standard error of measurement at each threshold
 * (Lord's binomial model, Keats-adjusted): the uncertainty zone around the threshold uses it
 * rather than the overall SEM. Null where it cannot be computed (trial-scored exercises, a
 * reliability that is not interpretable) and for versions frozen before.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('battery_exercises')
		.addColumn('cut_sem', 'double precision')
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('battery_exercises').dropColumn('cut_sem').execute();
}
