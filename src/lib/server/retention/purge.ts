import { PostgresAdapter, sql } from 'kysely';
import type { Db } from '../db';
import { audit } from '../audit/log';
import { currentDecisions } from '../results/results';

/** How long a candidate who was not shortlisted is kept after their session, in months. */
export const RETENTION_MONTHS = { standard: 3, 'two-years': 24 } as const;

/** The same instant `months` calendar months earlier (UTC). */
export function monthsBefore(date: Date, months: number): Date {
	const d = new Date(date);
	d.setUTCMonth(d.getUTCMonth() - months);
	return d;
}

export interface PurgeCounts {
	persons: number;
	identities: number;
	attempts: number;
	runs: number;
	events: number;
	scores: number;
	decisions: number;
}

/**
 * The candidates whose data must go: not shortlisted (their current decision is not "present"),
 * and whose session took place more than 3 months ago — 2 years if they agreed to be kept.
 * Candidates without a session (none are registered that way outside demo data) are left alone:
 * the rule counts from the session's date.
 */
export async function purgeable(db: Db, now: Date): Promise<string[]> {
	const oldest = monthsBefore(now, RETENTION_MONTHS.standard).toISOString();
	const rows = await db
		.selectFrom('persons as p')
		.innerJoin('attempts as a', 'a.person_id', 'p.id')
		.innerJoin('sessions as s', 's.id', 'a.session_id')
		.select(['p.id', 'p.retention', 'a.id as attempt_id', 's.starts_at'])
		.where('p.kind', '=', 'candidate')
		.where('s.starts_at', '<', oldest)
		.execute();
	const decisions = await currentDecisions(
		db,
		rows.map((r) => r.attempt_id)
	);
	const keep = new Set<string>();
	const drop = new Set<string>();
	for (const r of rows) {
		const cutoff = monthsBefore(now, RETENTION_MONTHS[r.retention]).toISOString();
		if (decisions.get(r.attempt_id)?.decision === 'present' || r.starts_at >= cutoff)
			keep.add(r.id);
		else drop.add(r.id);
	}
	return [...drop].filter((id) => !keep.has(id));
}

const CHUNK = 200;

async function count(db: Db, personIds: string[]): Promise<PurgeCounts> {
	const counts: PurgeCounts = {
		persons: personIds.length,
		identities: 0,
		attempts: 0,
		runs: 0,
		events: 0,
		scores: 0,
		decisions: 0
	};
	for (let i = 0; i < personIds.length; i += CHUNK) {
		const ids = personIds.slice(i, i + CHUNK);
		const n = async (q: Promise<{ n: number | string | bigint } | undefined>) =>
			Number((await q)?.n ?? 0);
		const attempts = db.selectFrom('attempts as a').where('a.person_id', 'in', ids);
		const runs = attempts.innerJoin('runs as r', 'r.attempt_id', 'a.id');
		counts.identities += await n(
			db
				.selectFrom('identities')
				.select((eb) => eb.fn.countAll().as('n'))
				.where('person_id', 'in', ids)
				.executeTakeFirst()
		);
		counts.attempts += await n(
			attempts.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()
		);
		counts.runs += await n(runs.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst());
		counts.events += await n(
			runs
				.innerJoin('run_events as e', 'e.run_id', 'r.id')
				.select((eb) => eb.fn.countAll().as('n'))
				.executeTakeFirst()
		);
		counts.scores += await n(
			runs
				.innerJoin('scores as sc', 'sc.run_id', 'r.id')
				.select((eb) => eb.fn.countAll().as('n'))
				.executeTakeFirst()
		);
		counts.decisions += await n(
			attempts
				.innerJoin('decisions as d', 'd.attempt_id', 'a.id')
				.select((eb) => eb.fn.countAll().as('n'))
				.executeTakeFirst()
		);
	}
	return counts;
}

/**
 * Deletes the data of every purgeable candidate (the person row; identity, attempts, runs,
 * events, scores and decisions go with it by cascade) and audits one `retention.purged` entry
 * with the counts only. Idempotent: a second run the same day finds nothing.
 */
export function purgeExpired(db: Db, now = new Date()): Promise<PurgeCounts> {
	return db.transaction().execute((trx) => purgeIn(trx, now));
}

async function purgeIn(trx: Db, now: Date): Promise<PurgeCounts> {
	const ids = await purgeable(trx, now);
	const counts = await count(trx, ids);
	for (let i = 0; i < ids.length; i += CHUNK)
		await trx
			.deleteFrom('persons')
			.where('id', 'in', ids.slice(i, i + CHUNK))
			.execute();
	await audit(
		trx,
		{
			actorId: null,
			action: 'retention.purged',
			subjectType: 'retention',
			subjectId: null,
			details: { ...counts }
		},
		now
	);
	return counts;
}

/** A purge that ran less than this long ago is not run again by the daily timer. */
const MIN_INTERVAL_MS = 23 * 60 * 60 * 1000;

/**
 * The server's daily purge: runs unless a purge ran in the last 23 hours. On PostgreSQL (several
 * app servers) a transaction-scoped advisory lock makes the check and the purge one step, so two
 * servers never both run it; SQLite has a single writer anyway. Returns null when skipped.
 */
export async function dailyPurge(db: Db, now = new Date()): Promise<PurgeCounts | null> {
	return db.transaction().execute(async (trx) => {
		if (trx.getExecutor().adapter instanceof PostgresAdapter)
			await sql`select pg_advisory_xact_lock(hashtext('habile-retention-purge'))`.execute(trx);
		const recent = await trx
			.selectFrom('audit_log')
			.select('id')
			.where('action', '=', 'retention.purged')
			.where('at', '>', new Date(now.getTime() - MIN_INTERVAL_MS).toISOString())
			.executeTakeFirst();
		if (recent) return null;
		return purgeIn(trx, now);
	});
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * Runs the daily purge from an app server: tries a minute after start, then every hour (a
 * purge that ran in the last 23 hours is not run again, by this server or another). Timers do
 * not keep the process alive. Returns a function that stops them.
 */
export function scheduleDailyPurge(db: Db): () => void {
	const tick = () => {
		dailyPurge(db)
			.then((counts) => {
				if (counts?.persons) console.info(`[retention] purged ${counts.persons} candidates`);
			})
			.catch((e) => console.error('[retention] purge failed', e));
	};
	const first = setTimeout(tick, 60 * 1000);
	const hourly = setInterval(tick, HOUR_MS);
	first.unref();
	hourly.unref();
	return () => {
		clearTimeout(first);
		clearInterval(hourly);
	};
}
