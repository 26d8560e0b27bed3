import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time. */

/**
 * Candidate sessions: a group sitting on a frozen battery version at a date and place; each
 * candidate's attempt belongs to one. Pauses are kept on the attempt (the time does not run);
 * a person may agree to keep their results for two years.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('sessions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('campaign_id', 'text', (c) =>
			c.notNull().references('campaigns.id').onDelete('cascade')
		)
		.addColumn('battery_version_id', 'text', (c) => c.notNull().references('battery_versions.id'))
		.addColumn('starts_at', 'text', (c) => c.notNull())
		.addColumn('place', 'text', (c) => c.notNull())
		.addColumn('capacity', 'integer', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('planned'))
		.addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('closed_at', 'text')
		.execute();
	await db.schema.createIndex('sessions_campaign').on('sessions').column('campaign_id').execute();
	await db.schema
		.alterTable('attempts')
		.addColumn('session_id', 'text', (c) => c.references('sessions.id').onDelete('cascade'))
		.execute();
	await db.schema.createIndex('attempts_session').on('attempts').column('session_id').execute();
	await db.schema.alterTable('attempts').addColumn('paused_at', 'text').execute();
	await db.schema
		.alterTable('attempts')
		.addColumn('paused_ms', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema
		.alterTable('persons')
		.addColumn('retention', 'text', (c) => c.notNull().defaultTo('standard'))
		.execute();
	await db.schema.alterTable('persons').addColumn('retention_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('persons').dropColumn('retention_at').execute();
	await db.schema.alterTable('persons').dropColumn('retention').execute();
	await db.schema.alterTable('attempts').dropColumn('paused_ms').execute();
	await db.schema.alterTable('attempts').dropColumn('paused_at').execute();
	await db.schema.dropIndex('attempts_session').execute();
	await db.schema.alterTable('attempts').dropColumn('session_id').execute();
	await db.schema.dropTable('sessions').execute();
}
