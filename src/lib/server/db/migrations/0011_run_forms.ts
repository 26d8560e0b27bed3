import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time. */

/**
 * Which rule drew a run's form (its items from the seed): an exercise that changes how its
 * forms are drawn (to make them parallel) must still rebuild the items an earlier run showed,
 * or rescoring it would score answers against other items. Null for the runs created before:
 * their exercise's first rule.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('runs').addColumn('form_version', 'integer').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('runs').dropColumn('form_version').execute();
}
