import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen in time and must
   not depend on today's table types. */

const now = 'text';

export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('agencies')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('created_at', now, (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('companies')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('created_at', now, (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('users')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('email', 'text', (c) => c.notNull().unique())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('role', 'text', (c) => c.notNull())
		.addColumn('password_hash', 'text', (c) => c.notNull())
		.addColumn('agency_id', 'text', (c) => c.references('agencies.id'))
		.addColumn('company_id', 'text', (c) => c.references('companies.id'))
		.addColumn('locale', 'text', (c) => c.notNull().defaultTo('fr'))
		.addColumn('disabled_at', now)
		.addColumn('created_at', now, (c) => c.notNull())
		.addCheckConstraint('users_role', sql`role in ('admin', 'adviser', 'employer')`)
		.addCheckConstraint(
			'users_employer_company',
			sql`(role = 'employer') = (company_id is not null)`
		)
		.execute();

	await db.schema
		.createTable('login_sessions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('created_at', now, (c) => c.notNull())
		.addColumn('expires_at', now, (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('login_sessions_user')
		.on('login_sessions')
		.column('user_id')
		.execute();

	await db.schema
		.createTable('login_throttle')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('failures', 'integer', (c) => c.notNull())
		.addColumn('window_started_at', now, (c) => c.notNull())
		.addColumn('blocked_until', now)
		.execute();

	await db.schema
		.createTable('campaigns')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
		.addColumn('company_id', 'text', (c) => c.notNull().references('companies.id'))
		.addColumn('adviser_id', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('job_title', 'text', (c) => c.notNull())
		.addColumn('rome_code', 'text')
		.addColumn('posts', 'integer', (c) => c.notNull())
		.addColumn('contract_type', 'text', (c) => c.notNull())
		.addColumn('place', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
		.addColumn('created_at', now, (c) => c.notNull())
		.addColumn('updated_at', now, (c) => c.notNull())
		.execute();
	await db.schema.createIndex('campaigns_agency').on('campaigns').column('agency_id').execute();
	await db.schema.createIndex('campaigns_company').on('campaigns').column('company_id').execute();

	await db.schema
		.createTable('campaign_habiletes')
		.addColumn('campaign_id', 'text', (c) =>
			c.notNull().references('campaigns.id').onDelete('cascade')
		)
		.addColumn('habilete', 'text', (c) => c.notNull())
		.addColumn('note', 'text', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('campaign_habiletes_pk', ['campaign_id', 'habilete'])
		.execute();

	await db.schema
		.createTable('battery_versions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('campaign_id', 'text', (c) =>
			c.notNull().references('campaigns.id').onDelete('cascade')
		)
		.addColumn('version', 'integer', (c) => c.notNull())
		.addColumn('rule', 'text', (c) => c.notNull())
		.addColumn('lock_version', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('frozen_at', now)
		.addColumn('created_at', now, (c) => c.notNull())
		.addUniqueConstraint('battery_versions_campaign_version', ['campaign_id', 'version'])
		.execute();

	await db.schema
		.createTable('battery_exercises')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('battery_version_id', 'text', (c) =>
			c.notNull().references('battery_versions.id').onDelete('cascade')
		)
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('exercise_id', 'text', (c) => c.notNull())
		.addColumn('exercise_version', 'integer', (c) => c.notNull())
		.addColumn('habilete', 'text', (c) => c.notNull())
		.addColumn('config', 'text', (c) => c.notNull())
		.addColumn('threshold', 'double precision')
		.addColumn('threshold_method', 'text')
		.addColumn('threshold_reason', 'text')
		.addColumn('eliminatory', 'integer', (c) => c.notNull().defaultTo(0))
		.addUniqueConstraint('battery_exercises_position', ['battery_version_id', 'position'])
		.execute();

	await db.schema
		.createTable('persons')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('campaign_id', 'text', (c) =>
			c.notNull().references('campaigns.id').onDelete('cascade')
		)
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('code', 'text', (c) => c.notNull().unique())
		.addColumn('supervisor_rating', 'text')
		.addColumn('created_at', now, (c) => c.notNull())
		.execute();
	await db.schema.createIndex('persons_campaign').on('persons').column('campaign_id').execute();

	await db.schema
		.createTable('identities')
		.addColumn('person_id', 'text', (c) =>
			c.primaryKey().references('persons.id').onDelete('cascade')
		)
		.addColumn('first_name', 'text', (c) => c.notNull())
		.addColumn('last_name', 'text', (c) => c.notNull())
		.addColumn('phone', 'text')
		.addColumn('email', 'text')
		.execute();

	await db.schema
		.createTable('attempts')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('person_id', 'text', (c) => c.notNull().references('persons.id').onDelete('cascade'))
		.addColumn('battery_version_id', 'text', (c) => c.notNull().references('battery_versions.id'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('kiosk_code', 'text', (c) => c.notNull().unique())
		.addColumn('accommodations', 'text', (c) => c.notNull())
		.addColumn('consent', 'text', (c) => c.notNull().defaultTo('pending'))
		.addColumn('consent_at', now)
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
		.addColumn('created_at', now, (c) => c.notNull())
		.addColumn('started_at', now)
		.addColumn('finished_at', now)
		.execute();
	await db.schema.createIndex('attempts_person').on('attempts').column('person_id').execute();
	await db.schema
		.createIndex('attempts_battery')
		.on('attempts')
		.column('battery_version_id')
		.execute();

	await db.schema
		.createTable('runs')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('attempt_id', 'text', (c) =>
			c.notNull().references('attempts.id').onDelete('cascade')
		)
		.addColumn('battery_exercise_id', 'text', (c) => c.notNull().references('battery_exercises.id'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
		.addColumn('kiosk_id', 'text')
		.addColumn('started_at', now)
		.addColumn('deadline_at', now)
		.addColumn('finished_at', now)
		.addColumn('next_seq', 'integer', (c) => c.notNull().defaultTo(0))
		.addUniqueConstraint('runs_attempt_exercise', ['attempt_id', 'battery_exercise_id'])
		.execute();

	await db.schema
		.createTable('run_events')
		.addColumn('run_id', 'text', (c) => c.notNull().references('runs.id').onDelete('cascade'))
		.addColumn('seq', 'integer', (c) => c.notNull())
		.addColumn('t', 'double precision', (c) => c.notNull())
		.addColumn('type', 'text', (c) => c.notNull())
		.addColumn('data', 'text', (c) => c.notNull())
		.addColumn('received_at', now, (c) => c.notNull())
		.addColumn('late', 'integer', (c) => c.notNull().defaultTo(0))
		.addPrimaryKeyConstraint('run_events_pk', ['run_id', 'seq'])
		.execute();

	await db.schema
		.createTable('scores')
		.addColumn('run_id', 'text', (c) => c.primaryKey().references('runs.id').onDelete('cascade'))
		.addColumn('exercise_id', 'text', (c) => c.notNull())
		.addColumn('exercise_version', 'integer', (c) => c.notNull())
		.addColumn('raw', 'double precision', (c) => c.notNull())
		.addColumn('max', 'double precision', (c) => c.notNull())
		.addColumn('subscores', 'text', (c) => c.notNull())
		.addColumn('items', 'text', (c) => c.notNull())
		.addColumn('flags', 'text', (c) => c.notNull())
		.addColumn('computed_at', now, (c) => c.notNull())
		.execute();
	await db.schema.createIndex('scores_exercise').on('scores').column('exercise_id').execute();

	await db.schema
		.createTable('decisions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('attempt_id', 'text', (c) =>
			c.notNull().references('attempts.id').onDelete('cascade')
		)
		.addColumn('decision', 'text', (c) => c.notNull())
		.addColumn('reason', 'text')
		.addColumn('note', 'text')
		.addColumn('decided_by', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('decided_at', now, (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('outcomes')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('attempt_id', 'text', (c) =>
			c.notNull().references('attempts.id').onDelete('cascade')
		)
		.addColumn('outcome', 'text', (c) => c.notNull())
		.addColumn('details', 'text', (c) => c.notNull())
		.addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('recorded_at', now, (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('audit_log')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('at', now, (c) => c.notNull())
		.addColumn('actor_id', 'text')
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('subject_type', 'text', (c) => c.notNull())
		.addColumn('subject_id', 'text')
		.addColumn('details', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'audit_log',
		'outcomes',
		'decisions',
		'scores',
		'run_events',
		'runs',
		'attempts',
		'identities',
		'persons',
		'battery_exercises',
		'battery_versions',
		'campaign_habiletes',
		'campaigns',
		'login_throttle',
		'login_sessions',
		'users',
		'companies',
		'agencies'
	]) {
		await db.schema.dropTable(table).execute();
	}
}
