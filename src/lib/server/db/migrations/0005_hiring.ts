import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time. */

/**
 * After the shortlist: the employer's motivation interview and its outcome, the tutor, the
 * day 7 / 30 / 90 check-points answered by the employer and by the adviser, a contract break,
 * and reporting codes (selected / hired / training). The adviser may share raw scores.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('campaigns')
		.addColumn('share_scores', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	const attempt = (c: any) => c.notNull().references('attempts.id').onDelete('cascade');
	await db.schema
		.createTable('interviews')
		.addColumn('attempt_id', 'text', (c) => attempt(c).primaryKey())
		.addColumn('starts_at', 'text', (c) => c.notNull())
		.addColumn('place', 'text', (c) => c.notNull())
		.addColumn('scheduled_by', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('scheduled_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('outcomes_attempt')
		.on('outcomes')
		.column('attempt_id')
		.unique()
		.execute();
	await db.schema
		.createTable('tutors')
		.addColumn('attempt_id', 'text', (c) => attempt(c).primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('role', 'text', (c) => c.notNull())
		.addColumn('named_by', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('named_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createTable('checkpoints')
		.addColumn('attempt_id', 'text', (c) => attempt(c))
		.addColumn('day', 'integer', (c) => c.notNull())
		.addColumn('respondent', 'text', (c) => c.notNull())
		.addColumn('answer', 'text', (c) => c.notNull())
		.addColumn('note', 'text')
		.addColumn('answered_by', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('answered_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('checkpoints_pk', ['attempt_id', 'day', 'respondent'])
		.execute();
	await db.schema
		.createTable('contract_breaks')
		.addColumn('attempt_id', 'text', (c) => attempt(c).primaryKey())
		.addColumn('ended_on', 'text', (c) => c.notNull())
		.addColumn('reason', 'text', (c) => c.notNull())
		.addColumn('note', 'text')
		.addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('recorded_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createTable('placements')
		.addColumn('attempt_id', 'text', (c) => attempt(c))
		.addColumn('code', 'text', (c) => c.notNull())
		.addColumn('recorded_by', 'text', (c) => c.references('users.id'))
		.addColumn('recorded_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('placements_pk', ['attempt_id', 'code'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['placements', 'contract_breaks', 'checkpoints', 'tutors', 'interviews']) {
		await db.schema.dropTable(table).execute();
	}
	await db.schema.dropIndex('outcomes_attempt').execute();
	await db.schema.alterTable('campaigns').dropColumn('share_scores').execute();
}
