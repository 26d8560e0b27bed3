import type { Kysely } from 'kysely';
import { contactKeys } from '../../retests/contact';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time. */

/**
 * Retests. Each identity keeps its contact normalised (`email_key`, `phone_key`, indexed), so
 * that a person registered again in the agency is found by the contact the adviser typed,
 * however it was spelled. An attempt registered within the retest interval keeps the adviser's
 * reason for overriding it (`retest_override`). Both go with the person when they are erased
 * (identities and attempts are deleted with the person).
 *
 * The keys of existing identities are filled with today's normalisation: a later change to it
 * needs a migration that computes them again.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('identities').addColumn('email_key', 'text').execute();
	await db.schema.alterTable('identities').addColumn('phone_key', 'text').execute();
	await db.schema.alterTable('attempts').addColumn('retest_override', 'text').execute();
	await backfillContactKeys(db);
	await db.schema
		.createIndex('identities_email_key')
		.on('identities')
		.column('email_key')
		.execute();
	await db.schema
		.createIndex('identities_phone_key')
		.on('identities')
		.column('phone_key')
		.execute();
}

/** Rows read per query while back-filling. */
const CHUNK = 500;

/** Fills the keys of the identities already stored. Exported for its test. */
export async function backfillContactKeys(db: Kysely<any>): Promise<void> {
	let after = '';
	for (;;) {
		const rows: { person_id: string; phone: string | null; email: string | null }[] = await db
			.selectFrom('identities')
			.select(['person_id', 'phone', 'email'])
			.where('person_id', '>', after)
			.orderBy('person_id')
			.limit(CHUNK)
			.execute();
		for (const row of rows) {
			const keys = contactKeys(row);
			await db
				.updateTable('identities')
				.set({ email_key: keys.emailKey, phone_key: keys.phoneKey })
				.where('person_id', '=', row.person_id)
				.execute();
		}
		if (rows.length < CHUNK) return;
		after = rows.at(-1)!.person_id;
	}
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('identities_phone_key').execute();
	await db.schema.dropIndex('identities_email_key').execute();
	await db.schema.alterTable('attempts').dropColumn('retest_override').execute();
	await db.schema.alterTable('identities').dropColumn('phone_key').execute();
	await db.schema.alterTable('identities').dropColumn('email_key').execute();
}
