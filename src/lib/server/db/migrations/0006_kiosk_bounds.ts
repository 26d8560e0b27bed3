import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time. */

/**
 * Bounds on what a kiosk may do: request counters per kiosk (kept in the database, so that the
 * limits hold across several app servers), and what the adviser must see of a code opened on a
 * second tablet while another had it (a takeover): how many times, the last one, and the device
 * that holds the attempt now (a long-lived random cookie, hashed; a reopen on the same tablet is
 * no takeover).
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('request_rates')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('window_started_at', 'text', (c) => c.notNull())
		.addColumn('hits', 'integer', (c) => c.notNull())
		.execute();
	await db.schema.alterTable('attempts').addColumn('kiosk_device_hash', 'text').execute();
	await db.schema
		.alterTable('attempts')
		.addColumn('kiosk_takeovers', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema.alterTable('attempts').addColumn('kiosk_taken_over_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const column of ['kiosk_taken_over_at', 'kiosk_takeovers', 'kiosk_device_hash'])
		await db.schema.alterTable('attempts').dropColumn(column).execute();
	await db.schema.dropTable('request_rates').execute();
}
