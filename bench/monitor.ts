/**
 * The live monitor's refresh: how long one refresh of a session takes, and how long it holds the
 * server's event loop (every other request waits that long on SQLite, whose driver is
 * synchronous), as the runs' events grow: 1k, 4k, 8k, 16k events per run.
 *
 * Method. In-process, on a fresh SQLite file per size (under /tmp/habile-bench), or a fresh
 * PostgreSQL database `habile_bench` (--db postgres). `makeBusySession` registers a session of
 * `--candidates` candidates (12: a room of tablets) through the real services, each in the
 * timed part of their first exercise, their runs holding N events written through the run log
 * (as ingestion writes them). Two refreshes are timed on the same database:
 *
 * - before: the monitor's query of events until commit b71c151 (the latest phase and the latest
 *   entry of each running run, found with two correlated subqueries over all of its events for
 *   each of its events), copied below, plus the query on runs both versions make;
 * - after: `monitorSession()` as it is now (one query on runs, reading their summary).
 *
 * Each is repeated (after: `--repeats` times within 10 s; before: up to 3 times, while the next
 * one is expected to end within `--before-budget`), and the median kept. The event loop's
 * longest stall is the longest gap between two ticks of a 1 ms interval timer during the
 * refreshes: what a request arriving then waited. A `before` refresh expected to take
 * longer than `--before-budget` seconds (from the previous size, assuming it is quadratic) is not
 * run: its time is extrapolated and marked so. The query plans (SQLite's EXPLAIN QUERY PLAN) are
 * printed. Last, the price ingestion pays for keeping the summary: a 20-event INSERT against the
 * summary's UPDATE, both prepared statements on the same database, repeated.
 *
 * Run: npm run bench:monitor [-- --candidates 12 --sizes 1000,4000,8000,16000 --repeats 20
 *      --before-budget 150 --db sqlite]   (≈ 4 min with the defaults, most of it the `before` at 8k)
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { migrateToLatest, openDatabase, sqliteConnectionOf, type Db } from '../src/lib/server/db';
import { monitorSession } from '../src/lib/server/sessions/monitor';
import { makeBusySession } from '../src/lib/server/testing/busy-session';
import { recordingQueries, sqlitePlans } from '../src/lib/server/testing/queries';
import { freshPostgres, freshSqlite } from './lib/app';
import { fmt, footer, median, printTable, writeResults } from './lib/stats';

const { values: args } = parseArgs({
	options: {
		candidates: { type: 'string', default: '12' },
		sizes: { type: 'string', default: '1000,4000,8000,16000' },
		repeats: { type: 'string', default: '20' },
		'before-budget': { type: 'string', default: '150' },
		db: { type: 'string', default: 'sqlite' }
	}
});
const CANDIDATES = Number(args.candidates);
const SIZES = args.sizes.split(',').map(Number);
const REPEATS = Number(args.repeats);
const BEFORE_BUDGET_MS = Number(args['before-budget']) * 1000;
const KIND = args.db;
for (const [name, value] of Object.entries({
	CANDIDATES,
	REPEATS,
	BEFORE_BUDGET_MS,
	SIZES: Math.min(...SIZES)
}))
	if (!Number.isFinite(value) || value <= 0) throw new Error(`bad option: ${name} = ${value}`);
if (KIND !== 'sqlite' && KIND !== 'postgres') throw new Error(`--db: sqlite or postgres`);

/** The monitor's read of events before b71c151, as it was (with the query on runs it followed). */
async function before(db: Db, sessionId: string): Promise<number> {
	const runs = await db
		.selectFrom('attempts as a')
		.innerJoin('persons as p', 'p.id', 'a.person_id')
		.innerJoin('identities as i', 'i.person_id', 'p.id')
		.innerJoin('runs as r', 'r.attempt_id', 'a.id')
		.innerJoin('battery_exercises as be', 'be.id', 'r.battery_exercise_id')
		.select(['p.id as person_id', 'r.id as run_id', 'r.status as run_status', 'be.exercise_id'])
		.where('a.session_id', '=', sessionId)
		.orderBy('i.last_name')
		.orderBy('i.first_name')
		.orderBy('r.position')
		.execute();
	const runIds = runs.filter((r) => r.run_status === 'running').map((r) => r.run_id);
	const latest = await db
		.selectFrom('run_events as e')
		.select(['e.run_id', 'e.seq', 'e.type', 'e.data'])
		.where('e.run_id', 'in', runIds)
		.where((eb) =>
			eb.or([
				eb(
					'e.seq',
					'=',
					eb
						.selectFrom('run_events as m')
						.select((m) => m.fn.max('m.seq').as('seq'))
						.whereRef('m.run_id', '=', 'e.run_id')
				),
				eb(
					'e.seq',
					'=',
					eb
						.selectFrom('run_events as m')
						.select((m) => m.fn.max('m.seq').as('seq'))
						.whereRef('m.run_id', '=', 'e.run_id')
						.where('m.type', '=', 'phase.started')
				)
			])
		)
		.execute();
	return latest.length;
}

interface Timing {
	/** Median of the refreshes, ms; null when not run. */
	ms: number | null;
	refreshes: number;
	/** The longest the event loop was held during them, ms. */
	loopMaxMs: number | null;
	/** Extrapolated from the previous size (quadratic), when not run. */
	predictedMs?: number;
}

/**
 * Times `repeats` refreshes (fewer when the next would end past the budget); the event loop's
 * longest stall is the longest gap between the ticks of a 1 ms interval timer meanwhile.
 */
async function timeRefreshes(work: () => Promise<unknown>, repeats: number, budgetMs: number) {
	const times: number[] = [];
	let lastTick = performance.now();
	let loopMaxMs = 0;
	const ticker = setInterval(() => {
		const t = performance.now();
		loopMaxMs = Math.max(loopMaxMs, t - lastTick);
		lastTick = t;
	}, 1);
	const start = performance.now();
	// Another refresh only while it is expected to end within the budget.
	const fits = () => performance.now() - start + (times.at(-1) ?? 0) <= budgetMs;
	try {
		while (times.length < repeats && (times.length === 0 || fits())) {
			const t0 = performance.now();
			await work();
			times.push(performance.now() - t0);
			// Lets the ticker run between refreshes.
			await new Promise((r) => setTimeout(r, 5));
		}
	} finally {
		clearInterval(ticker);
	}
	return { ms: median(times), refreshes: times.length, loopMaxMs };
}

/** SQLite's plan of each query a refresh makes, one line per query. */
async function plans(db: Db, refresh: (db: Db) => Promise<unknown>): Promise<string[]> {
	if (!sqliteConnectionOf(db)) return [];
	const recorded = recordingQueries(db);
	await refresh(recorded.db);
	return recorded.queries.map((q) => sqlitePlans(db, [q]).join('; '));
}

/** A 20-event INSERT against the summary's UPDATE (µs each, median of `n`). */
function ingestionPrice(db: Db, runId: string, firstSeq: number, n: number) {
	const { prepare } = sqliteConnectionOf(db)!;
	const insert = prepare(
		`insert into run_events (run_id, seq, t, type, data, received_at, late) values ${Array(20)
			.fill('(?, ?, ?, ?, ?, ?, 0)')
			.join(', ')} on conflict (run_id, seq) do nothing`
	);
	const update = prepare(`update runs set phase = coalesce(?, phase), last_event_type = ?
		where id = ? and next_seq <= ?`);
	const inserts: number[] = [];
	const updates: number[] = [];
	for (let b = 0; b < n; b++) {
		const values = Array.from({ length: 20 }, (_, i) => [
			runId,
			firstSeq + b * 20 + i,
			i,
			'item.placed',
			'{"item":"item-1","bin":"A"}',
			'2026-12-03T08:00:00.000Z'
		]).flat();
		let t0 = performance.now();
		insert.run(values);
		inserts.push((performance.now() - t0) * 1000);
		t0 = performance.now();
		update.run(null, 'item.placed', runId, firstSeq + b * 20 + 19);
		updates.push((performance.now() - t0) * 1000);
	}
	return { insertUs: median(inserts), updateUs: median(updates), batches: n };
}

const started = Date.now();
console.log(
	`Live monitor on ${KIND}: ${CANDIDATES} candidates in the timed part, runs of ` +
		`${SIZES.join(', ')} events; after: median of up to ${REPEATS} refreshes; before: ` +
		`not run beyond ${BEFORE_BUDGET_MS / 1000} s a refresh`
);
const results: {
	events: number;
	seedSeconds: number;
	before: Timing;
	after: Timing;
}[] = [];
let planBefore: string[] = [];
let planAfter: string[] = [];
let price: ReturnType<typeof ingestionPrice> | null = null;
let previous: { events: number; ms: number } | null = null;
for (const events of SIZES) {
	const url = KIND === 'sqlite' ? freshSqlite('monitor') : freshPostgres('habile_bench');
	const db = openDatabase(url, { poolSize: 4 });
	try {
		await migrateToLatest(db);
		const t0 = performance.now();
		const { sessionId, runIds } = await makeBusySession(db, {
			candidates: CANDIDATES,
			eventsPerRun: events
		});
		if (KIND === 'postgres') await sql`analyze`.execute(db);
		const seedSeconds = (performance.now() - t0) / 1000;
		await monitorSession(db, sessionId); // warm-up: statements prepared, pages cached
		const after = await timeRefreshes(() => monitorSession(db, sessionId), REPEATS, 10_000);
		const predictedMs = previous ? previous.ms * (events / previous.events) ** 2 : 0;
		let beforeTiming: Timing;
		if (predictedMs > BEFORE_BUDGET_MS) {
			beforeTiming = { ms: null, refreshes: 0, loopMaxMs: null, predictedMs };
		} else {
			beforeTiming = await timeRefreshes(
				() => before(db, sessionId),
				Math.min(REPEATS, 3),
				BEFORE_BUDGET_MS
			);
			previous = { events, ms: beforeTiming.ms! };
		}
		if (events === SIZES[0]) {
			planBefore = await plans(db, (d) => before(d, sessionId));
			planAfter = await plans(db, (d) => monitorSession(d, sessionId));
			if (KIND === 'sqlite') price = ingestionPrice(db, runIds[1]!, events, 2000);
		}
		results.push({ events, seedSeconds, before: beforeTiming, after });
		const b = beforeTiming.ms ?? beforeTiming.predictedMs!;
		console.log(
			`  ${events} events a run: before ${fmt(b / 1000, 2)} s${beforeTiming.ms === null ? ' (extrapolated)' : ''}, ` +
				`after ${fmt(after.ms, 2)} ms (seeded in ${fmt(seedSeconds, 1)} s)`
		);
	} finally {
		await db.destroy();
	}
}

const first = results[0]!;
const beforeMs = (t: Timing) => t.ms ?? t.predictedMs!;
console.log(`\nOne refresh of the monitor, ${CANDIDATES} candidates (times in ms)`);
printTable([
	[
		'events a run',
		'before',
		'before: loop held',
		`before ÷ before(${first.events})`,
		'after (median)',
		'after: loop held',
		`after ÷ after(${first.events})`,
		'before ÷ after'
	],
	...results.map((r) => [
		r.events,
		r.before.ms === null ? `≈ ${fmt(beforeMs(r.before), 0)} (extrapolated)` : fmt(r.before.ms, 0),
		r.before.loopMaxMs === null ? '' : fmt(r.before.loopMaxMs, 0),
		fmt(beforeMs(r.before) / beforeMs(first.before), 1),
		fmt(r.after.ms!, 2),
		fmt(r.after.loopMaxMs!, 1),
		fmt(r.after.ms! / first.after.ms!, 2),
		`${fmt(beforeMs(r.before) / r.after.ms!, 0)}×`
	])
]);
console.log('\nQuery plans (SQLite), one line per query:');
for (const p of planBefore) console.log(`  before: ${p}`);
for (const p of planAfter) console.log(`  after:  ${p}`);
if (price)
	console.log(
		`\nIngestion's price for the summary (median of ${price.batches} batches): the summary's UPDATE ` +
			`${fmt(price.updateUs, 1)} µs against ${fmt(price.insertUs, 1)} µs for the batch's 20-event ` +
			`INSERT (${fmt((price.updateUs / price.insertUs) * 100, 0)} %)`
	);
const path = writeResults('monitor', {
	options: { CANDIDATES, SIZES, REPEATS, BEFORE_BUDGET_MS, KIND },
	results,
	planBefore,
	planAfter,
	ingestionPrice: price
});
footer(started, path);
