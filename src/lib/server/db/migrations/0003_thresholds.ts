import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time. */

/**
 * Freezing a battery keeps what its thresholds were decided on: each exercise's score maximum,
 * its standard error of measurement and the number of employees, and who validated it.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('battery_exercises')
		.addColumn('max_score', 'double precision')
		.execute();
	await db.schema.alterTable('battery_exercises').addColumn('sem', 'double precision').execute();
	await db.schema.alterTable('battery_exercises').addColumn('calibration_n', 'integer').execute();
	await db.schema.alterTable('battery_versions').addColumn('frozen_by', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const column of ['max_score', 'sem', 'calibration_n']) {
		await db.schema.alterTable('battery_exercises').dropColumn(column).execute();
	}
	await db.schema.alterTable('battery_versions').dropColumn('frozen_by').execute();
}
