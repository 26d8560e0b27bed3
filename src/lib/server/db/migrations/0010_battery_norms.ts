import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time. */

/**
 * Freezing a battery now also keeps the employees' mean, SD and lowest score of each exercise
 * (the z-score battery rule compares candidates with them; the frozen view shows them instead of
 * live figures), and the adviser's reason for keeping a threshold that nobody fails. Existing
 * versions keep their rule: the rule's JSON is untouched, and `eliminatory-and-mean` still means
 * the mean of the scores rescaled out of 100; their norms stay null (the z rule cannot be chosen
 * for them without calibrating again).
 */
export async function up(db: Kysely<any>): Promise<void> {
	for (const column of ['calibration_mean', 'calibration_sd', 'calibration_min']) {
		await db.schema.alterTable('battery_exercises').addColumn(column, 'double precision').execute();
	}
	await db.schema.alterTable('battery_exercises').addColumn('pass_all_reason', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const column of [
		'calibration_mean',
		'calibration_sd',
		'calibration_min',
		'pass_all_reason'
	]) {
		await db.schema.alterTable('battery_exercises').dropColumn(column).execute();
	}
}
