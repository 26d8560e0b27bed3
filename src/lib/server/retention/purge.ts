import { PostgresAdapter, sql } from 'kysely';
import { z } from 'zod';
import { flushDeletions, type Db } from '../db';
import { audit } from '../audit/log';
import { currentDecisions } from '../results/results';
import { archiveAggregates } from '../fairness/fairness';
import { deletePersons, type DeletedCounts } from './delete';

/** How long a candidate who was not shortlisted is kept after their session, in months. */
export const RETENTION_MONTHS = { standard: 3, 'two-years': 24 } as const;

/**
 * How long a shortlisted candidate is kept, in months. Not hired (not retained, withdrew, or no
 * outcome ever recorded): 24 months after the last step of their process (the session, the
 * latest decision, the interview or the outcome) — the employer's choice may be questioned, and
 * two years after the last contact is what the CNIL recommends for candidates' files. Hired: 6
 * months after the follow-up ends, at the day-90 check-point (or the contract break, if
 * earlier) — or 2 years after the session if they agreed to be kept for other jobs, if later.
 */
export const SHORTLISTED_RETENTION_MONTHS = { notHired: 24, afterFollowUp: 6 } as const;

/** The last follow-up check-point, in days after the start of the contract. */
const LAST_CHECKPOINT_DAY = 90;

/** The same instant `months` calendar months earlier (UTC). */
export function monthsBefore(date: Date, months: number): Date {
	const d = new Date(date);
	d.setUTCMonth(d.getUTCMonth() - months);
	return d;
}

const monthsAfter = (date: Date, months: number) => monthsBefore(date, -months);

/** What the retention rules look at for one candidate. */
export interface RetentionFacts {
	sessionAt: string;
	retention: 'standard' | 'two-years';
	/** Their current decision is « présenter ». */
	shortlisted: boolean;
	/** The latest decision, the interview and the outcome, when there are. */
	decidedAt: string | null;
	interviewAt: string | null;
	outcome: { outcome: 'hired' | 'not-retained' | 'withdrew'; recordedAt: string } | null;
	/** Hired: the contract's start (YYYY-MM-DD), and its early end if it broke. */
	startDate: string | null;
	endedOn: string | null;
}

const latest = (dates: (string | null)[]) =>
	new Date(Math.max(...dates.filter((d) => d !== null).map((d) => Date.parse(d!))));

/** The instant after which a candidate's data must be deleted. */
export function expiresAt(f: RetentionFacts): Date {
	const session = new Date(f.sessionAt);
	if (!f.shortlisted) return monthsAfter(session, RETENTION_MONTHS[f.retention]);
	if (f.outcome?.outcome === 'hired' && f.startDate) {
		const lastCheckpoint = new Date(`${f.startDate}T00:00:00Z`);
		lastCheckpoint.setUTCDate(lastCheckpoint.getUTCDate() + LAST_CHECKPOINT_DAY);
		const end =
			f.endedOn && f.endedOn < lastCheckpoint.toISOString().slice(0, 10)
				? new Date(`${f.endedOn}T00:00:00Z`)
				: lastCheckpoint;
		const followUp = monthsAfter(end, SHORTLISTED_RETENTION_MONTHS.afterFollowUp);
		const agreed = monthsAfter(session, RETENTION_MONTHS[f.retention]);
		return followUp > agreed ? followUp : agreed;
	}
	const lastStep = latest([f.sessionAt, f.decidedAt, f.interviewAt, f.outcome?.recordedAt ?? null]);
	return monthsAfter(lastStep, SHORTLISTED_RETENTION_MONTHS.notHired);
}

const hiredDetails = z.object({ startDate: z.string() });

/**
 * The candidates whose data must go (see `expiresAt`): not shortlisted, 3 months after their
 * session (2 years if they agreed to be kept); shortlisted, by the rules of
 * `SHORTLISTED_RETENTION_MONTHS`. Every rule keeps at least 3 months after the session, so
 * only those are looked at. Candidates without a session (none are registered that way outside
 * demo data) are left alone: the rules count from the session's date.
 */
export async function purgeable(db: Db, now: Date): Promise<string[]> {
	const oldest = monthsBefore(now, RETENTION_MONTHS.standard).toISOString();
	const rows = await db
		.selectFrom('persons as p')
		.innerJoin('attempts as a', 'a.person_id', 'p.id')
		.innerJoin('sessions as s', 's.id', 'a.session_id')
		.leftJoin('interviews as i', 'i.attempt_id', 'a.id')
		.leftJoin('outcomes as o', 'o.attempt_id', 'a.id')
		.leftJoin('contract_breaks as b', 'b.attempt_id', 'a.id')
		.select([
			'p.id',
			'p.retention',
			'a.id as attempt_id',
			's.starts_at',
			'i.starts_at as interview_at',
			'o.outcome',
			'o.details as outcome_details',
			'o.recorded_at as outcome_at',
			'b.ended_on'
		])
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
		const decision = decisions.get(r.attempt_id);
		const expiry = expiresAt({
			sessionAt: r.starts_at,
			retention: r.retention,
			shortlisted: decision?.decision === 'present',
			decidedAt: decision?.decidedAt ?? null,
			interviewAt: r.interview_at,
			outcome: r.outcome ? { outcome: r.outcome, recordedAt: r.outcome_at! } : null,
			startDate:
				r.outcome === 'hired'
					? (hiredDetails.safeParse(JSON.parse(r.outcome_details!)).data?.startDate ?? null)
					: null,
			endedOn: r.ended_on
		});
		if (expiry > now) keep.add(r.id);
		else drop.add(r.id);
	}
	return [...drop].filter((id) => !keep.has(id));
}

/** What the purge deleted, and how many of those candidates it counted in the anonymised aggregates. */
export type PurgeCounts = DeletedCounts & { aggregated: number };

/**
 * Deletes the data of every purgeable candidate (`deletePersons`: the person row and all that
 * hangs on it), first adding the finished ones to their campaign's anonymised fairness aggregate
 * (`archiveAggregates`: counts only), and audits one `retention.purged` entry with the counts only; once committed, the
 * deleted rows are flushed out of the SQLite WAL. Idempotent: a second run the same day finds
 * nothing.
 */
export async function purgeExpired(db: Db, now = new Date()): Promise<PurgeCounts> {
	const counts = await db.transaction().execute((trx) => purgeIn(trx, now));
	if (counts.persons) await flushDeletions(db);
	return counts;
}

async function purgeIn(trx: Db, now: Date): Promise<PurgeCounts> {
	const ids = await purgeable(trx, now);
	const aggregated = await archiveAggregates(trx, ids, now);
	const counts = { ...(await deletePersons(trx, ids)), aggregated };
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
	const counts = await db.transaction().execute(async (trx) => {
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
	if (counts?.persons) await flushDeletions(db);
	return counts;
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
