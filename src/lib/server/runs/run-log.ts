import { PostgresAdapter } from 'kysely';
import { sqliteConnectionOf, type Db, type SqliteConnection } from '../db';
import { nowIso } from '../ids';
import { countHit, rateKey, windowStart, type RateLimit } from '../kiosk/rate-limit';
import type { Lateness } from './lateness';

/** What ingestion needs to know of a run, read at the start of its transaction. */
export interface RunForIngest {
	id: string;
	attempt_id: string;
	status: 'pending' | 'running' | 'finished';
	next_seq: number;
	deadline_at: string | null;
	epreuve_t: number | null;
	/** How long the adviser paused the timed part, ms. */
	paused_ms: number;
	config: string;
	exercise_id: string;
	accommodations: string;
	/** Hash of the token of the kiosk the run's attempt is bound to. */
	kiosk_token_hash: string | null;
	consent: 'pending' | 'accepted' | 'refused';
	attempt_status: 'pending' | 'in-progress' | 'finished' | 'refused';
	/** The status of the attempt's session; null for calibrating employees (no session). */
	session_status: 'planned' | 'closed' | null;
}

export interface StoredEvent {
	seq: number;
	t: number;
	type: string;
	/** JSON. */
	data: string;
	received_at: string;
	late: Lateness;
}

/** The run's new state after a batch; `started_at` and `finished_at` are kept when undefined. */
export interface RunProgress {
	next_seq: number;
	last_contact_at: string;
	epreuve_t: number | null;
	deadline_at: string | null;
	status: 'running' | 'finished';
	started_at: string | undefined;
	finished_at: string | undefined;
}

/** The reads and writes of ingesting one batch, inside one transaction. */
export interface RunLogTransaction {
	/** The run, locked against other batches until the transaction ends. */
	run(runId: string): Promise<RunForIngest | undefined>;
	/**
	 * Appends events; one already stored at its (run, seq) is left as it is. Keeps the run's
	 * summary (`runs.phase`, `runs.last_event_type`) with them, from events past those stored.
	 */
	append(runId: string, events: StoredEvent[]): Promise<void>;
	progress(runId: string, progress: RunProgress): Promise<void>;
	/** Counts one request of the kiosk (`rate-limit.ts`); answers the window's count so far. */
	hit(limit: RateLimit, who: string, now: Date): Promise<number>;
}

/**
 * What appending `events` changes in the run's summary: the phase of the latest `phase.started`
 * among them (null: unchanged), the type of the latest, and the seq it was at. The summary is
 * only moved forward, by events at or past the run's `next_seq`, so a batch sent again changes
 * nothing.
 */
export function summaryOf(
	events: StoredEvent[]
): { phase: string | null; lastEventType: string; lastSeq: number } | null {
	let last: StoredEvent | undefined;
	let phaseEvent: StoredEvent | undefined;
	for (const e of events) {
		if (!last || e.seq > last.seq) last = e;
		if (e.type === 'phase.started' && (!phaseEvent || e.seq > phaseEvent.seq)) phaseEvent = e;
	}
	if (!last) return null;
	const phase = phaseEvent ? (JSON.parse(phaseEvent.data) as { phase?: unknown }).phase : null;
	return {
		phase: typeof phase === 'string' ? phase : null,
		lastEventType: last.type,
		lastSeq: last.seq
	};
}

/** Runs `work` in one transaction: committed when it returns, rolled back when it throws. */
export type RunLog = <T>(work: (trx: RunLogTransaction) => Promise<T>) => Promise<T>;

const runLogs = new WeakMap<Db, RunLog>();

/**
 * Where a batch is stored. On SQLite, prepared statements run directly on the connection (a
 * batch costs about a tenth of building and compiling the same queries with Kysely); on
 * PostgreSQL, Kysely, which sends the batch's events in one INSERT.
 */
export function runLogOf(db: Db): RunLog {
	let log = runLogs.get(db);
	if (!log) {
		const sqlite = sqliteConnectionOf(db);
		log = sqlite ? sqliteRunLog(db, sqlite) : kyselyRunLog(db);
		runLogs.set(db, log);
	}
	return log;
}

const SELECT_RUN = `select r.id, r.attempt_id, r.status, r.next_seq, r.deadline_at, r.epreuve_t, r.paused_ms,
	r.config, be.exercise_id, a.accommodations, a.kiosk_token_hash, a.consent,
	a.status as attempt_status, s.status as session_status
	from runs r
	join battery_exercises be on be.id = r.battery_exercise_id
	join attempts a on a.id = r.attempt_id
	left join sessions s on s.id = a.session_id
	where r.id = ?`;
/** Rows per INSERT: one statement a kiosk batch (20 events); larger batches take several. */
const ROWS_PER_INSERT = 20;
/** The INSERT of n events (index n), each left as it is when already stored at its (run, seq). */
const INSERT_EVENTS = Array.from(
	{ length: ROWS_PER_INSERT + 1 },
	(_, n) => `insert into run_events (run_id, seq, t, type, data, received_at, late)
	values ${Array(n).fill('(?, ?, ?, ?, ?, ?, ?)').join(', ')} on conflict (run_id, seq) do nothing`
);
const UPDATE_RUN = `update runs set next_seq = ?, last_contact_at = ?, epreuve_t = ?,
	deadline_at = ?, status = ?, started_at = coalesce(?, started_at),
	finished_at = coalesce(?, finished_at)
	where id = ?`;
/** `hitRate`'s upsert, on the batch's own connection. */
const HIT = `insert into request_rates (key, hits, window_started_at) values (?, 1, ?)
	on conflict (key) do update set
	hits = case when request_rates.window_started_at <= ? then 1 else request_rates.hits + 1 end,
	window_started_at = case when request_rates.window_started_at <= ? then ?
		else request_rates.window_started_at end
	returning hits`;

const UPDATE_SUMMARY = `update runs set phase = coalesce(?, phase), last_event_type = ?
	where id = ? and next_seq <= ?`;

function sqliteRunLog(db: Db, { sqlite, prepare }: SqliteConnection): RunLog {
	const trx: RunLogTransaction = {
		run: async (runId) => prepare(SELECT_RUN).get(runId) as RunForIngest | undefined,
		// One multi-row INSERT costs a quarter less than as many single-row ones.
		async append(runId, events) {
			for (let i = 0; i < events.length; i += ROWS_PER_INSERT) {
				const rows = events.slice(i, i + ROWS_PER_INSERT);
				const values = rows.flatMap((e) => [
					runId,
					e.seq,
					e.t,
					e.type,
					e.data,
					e.received_at,
					e.late
				]);
				prepare(INSERT_EVENTS[rows.length]!).run(values);
			}
			const summary = summaryOf(events);
			if (summary)
				prepare(UPDATE_SUMMARY).run(summary.phase, summary.lastEventType, runId, summary.lastSeq);
		},
		async progress(runId, p) {
			prepare(UPDATE_RUN).run(
				p.next_seq,
				p.last_contact_at,
				p.epreuve_t,
				p.deadline_at,
				p.status,
				p.started_at ?? null,
				p.finished_at ?? null,
				runId
			);
		},
		async hit(limit, who, now) {
			const at = nowIso(now);
			const stale = windowStart(limit, now);
			const row = prepare(HIT).get(rateKey(limit, who), at, stale, stale, at) as { hits: number };
			return row.hits;
		}
	};
	// Holding Kysely's single connection keeps other queries out of the transaction. IMMEDIATE
	// takes the write lock first: another process cannot write between the read and the writes.
	return (work) =>
		db.connection().execute(async () => {
			prepare('begin immediate').run();
			try {
				const result = await work(trx);
				prepare('commit').run();
				return result;
			} catch (e) {
				// Some errors (a full disk, say) have already rolled back.
				if (sqlite.inTransaction) prepare('rollback').run();
				throw e;
			}
		});
}

function kyselyRunLog(db: Db): RunLog {
	const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
	return (work) =>
		db.transaction().execute((tx) =>
			work({
				run: (runId) =>
					tx
						.selectFrom('runs as r')
						.innerJoin('battery_exercises as be', 'be.id', 'r.battery_exercise_id')
						.innerJoin('attempts as a', 'a.id', 'r.attempt_id')
						.leftJoin('sessions as s', 's.id', 'a.session_id')
						.select([
							'r.id',
							'r.attempt_id',
							'r.status',
							'r.next_seq',
							'r.deadline_at',
							'r.epreuve_t',
							'r.paused_ms',
							'r.config',
							'be.exercise_id',
							'a.accommodations',
							'a.kiosk_token_hash',
							'a.consent',
							'a.status as attempt_status',
							's.status as session_status'
						])
						.where('r.id', '=', runId)
						.$if(isPostgres, (q) => q.forUpdate('r'))
						.executeTakeFirst(),
				async append(runId, events) {
					await tx
						.insertInto('run_events')
						.values(events.map((e) => ({ run_id: runId, ...e })))
						.onConflict((oc) => oc.columns(['run_id', 'seq']).doNothing())
						.execute();
					const summary = summaryOf(events);
					if (summary)
						await tx
							.updateTable('runs')
							.set((eb) => ({
								phase: summary.phase ?? eb.ref('phase'),
								last_event_type: summary.lastEventType
							}))
							.where('id', '=', runId)
							.where('next_seq', '<=', summary.lastSeq)
							.execute();
				},
				async progress(runId, p) {
					await tx.updateTable('runs').set(p).where('id', '=', runId).execute();
				},
				hit: (limit, who, now) => countHit(tx, limit, who, now)
			})
		);
}
