import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time. */

/** What the kiosk needs: binding an attempt to one kiosk, the run's setup and its clock. */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('attempts').addColumn('kiosk_token_hash', 'text').execute();
	await db.schema.alterTable('attempts').addColumn('preferences', 'text').execute();
	await db.schema
		.createIndex('attempts_kiosk_token')
		.on('attempts')
		.column('kiosk_token_hash')
		.execute();
	await db.schema.alterTable('runs').addColumn('seed', 'bigint').execute();
	await db.schema.alterTable('runs').addColumn('config', 'text').execute();
	await db.schema.alterTable('runs').addColumn('epreuve_t', 'double precision').execute();
	await db.schema.alterTable('runs').addColumn('last_contact_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('attempts_kiosk_token').execute();
	for (const column of ['kiosk_token_hash', 'preferences']) {
		await db.schema.alterTable('attempts').dropColumn(column).execute();
	}
	for (const column of ['seed', 'config', 'epreuve_t', 'last_contact_at']) {
		await db.schema.alterTable('runs').dropColumn(column).execute();
	}
}
