/**
 * Ingestion: how many 20-event batches per second the run API stores, and at what latency, on
 * SQLite and on PostgreSQL, compared with inserting the same rows with better-sqlite3 directly.
 *
 * Method. The built app is started as `npm start` starts it (bench/lib/app.ts: cli/start.ts on
 * a snapshot of the tree), on its own port, on a fresh database (a SQLite file under
 * /tmp/habile-bench, or a fresh PostgreSQL database `habile_bench`). Through the real services
 * (`makeAttempt`, `createAttempt`, `openAttempt`) we register kiosks × runs-per-kiosk attempts,
 * each with one consignes run, and open each to get its kiosk token (cookie `habile_kiosk`).
 * Simulated kiosks then post batches of 20 valid consignes events (phase.started, then
 * item.presented / stimulus.shown / item.placed per item) with contiguous seq for their current
 * run; when a run holds `--run-events` events the kiosk moves to its next attempt. A kiosk has
 * at most one batch in flight (it waits for the ack, as the kiosk's Syncer does); the kiosks
 * share a bounded pool of keep-alive connections (`--concurrency`). After a warm-up, batches
 * are counted for `--seconds`; latency is request to full response. Every answer is checked
 * (200 and the expected ack) and the stored row count is checked at the end.
 *
 * Baselines, same machine, same run: the same batches inserted in-process with better-sqlite3
 * (a prepared INSERT into a table like run_events, one transaction per batch, JSON.stringify of
 * data included), and the app's own `ingestBatch()` called in-process on SQLite (no HTTP), to
 * tell the cost of the HTTP stack from the cost of the ingestion logic. Two HTTP floors too, on
 * the first database: the app refusing the same requests sent without the kiosk cookie (401
 * from the route, before any database work or body parsing: Node's http + SvelteKit), and a
 * bare node:http server that parses the body and answers an ack (Node's http alone).
 * CPU use of the server, of this client and of the whole machine is sampled from /proc: the
 * client shares the 2 cores with the server (and PostgreSQL).
 *
 * Run: npm run bench:ingest [-- --seconds 30 --kiosks 40 --concurrency 8 --db sqlite,postgres
 *      --profile]   (≈ 2.5 min; --profile writes a CPU profile of the server and summarizes it)
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { migrateToLatest, openDatabase, type Db } from '../src/lib/server/db';
import { createAttempt } from '../src/lib/server/kiosk/attempts';
import { openAttempt } from '../src/lib/server/kiosk/binding';
import { newId, nowIso } from '../src/lib/server/ids';
import { ingestBatch, type Batch } from '../src/lib/server/runs/ingest';
import { makeAttempt } from '../src/lib/server/testing/factories';
import type { RunEvent } from '../src/lib/engine/contract';
import { freshPostgres, freshSqlite, startApp, WORK } from './lib/app';
import { summarizeProfile, type ProfileSummary } from './lib/cpuprofile';
import { fmt, footer, maximum, printTable, quantile, sleep, writeResults } from './lib/stats';

const { values: args } = parseArgs({
	options: {
		seconds: { type: 'string', default: '30' },
		warmup: { type: 'string', default: '3' },
		kiosks: { type: 'string', default: '40' },
		'runs-per-kiosk': { type: 'string', default: '10' },
		'run-events': { type: 'string', default: '2000' },
		concurrency: { type: 'string', default: '8' },
		batch: { type: 'string', default: '20' },
		db: { type: 'string', default: 'sqlite,postgres' },
		port: { type: 'string', default: '4310' },
		profile: { type: 'boolean', default: false }
	}
});
const SECONDS = Number(args.seconds);
const WARMUP = Number(args.warmup);
const KIOSKS = Number(args.kiosks);
const RUNS_PER_KIOSK = Number(args['runs-per-kiosk']);
const RUN_EVENTS = Number(args['run-events']);
const CONCURRENCY = Number(args.concurrency);
const BATCH = Number(args.batch);
const PORT = Number(args.port);
const FLOOR_SECONDS = 10;
const DATABASES = args.db.split(',') as ('sqlite' | 'postgres')[];

const BINS = ['A', 'B', 'C', 'D'] as const;

/** The seq-th event of a consignes run: the timed part starts, then 3 entries per item. */
function event(seq: number): RunEvent {
	if (seq === 0) return { seq, t: 0, type: 'phase.started', data: { phase: 'epreuve' } };
	const i = Math.floor((seq - 1) / 3);
	const item = `item-${i}`;
	const at = 1000 + i * 1500;
	switch ((seq - 1) % 3) {
		case 0:
			return { seq, t: at, type: 'item.presented', data: { item, index: i } };
		case 1:
			return {
				seq,
				t: at + 16.7,
				type: 'stimulus.shown',
				data: { key: item, method: 'element-timing' }
			};
		default:
			return {
				seq,
				t: at + 900 + (i % 7) * 40,
				type: 'item.placed',
				data: { item, bin: BINS[i % 4]! }
			};
	}
}

function batchAt(firstSeq: number): Batch {
	const events = Array.from({ length: BATCH }, (_, i) => event(firstSeq + i));
	return { firstSeq, sentT: events.at(-1)!.t + 5, events };
}

interface KioskRun {
	runId: string;
	attemptId: string;
	token: string;
}

/** Registers `count` attempts of one consignes battery and opens each on a (simulated) kiosk. */
async function registerRuns(db: Db, count: number): Promise<KioskRun[]> {
	const first = await makeAttempt(db, {
		exercises: [{ exerciseId: 'consignes', config: { durationSeconds: 3600, itemCount: 80 } }]
	});
	const campaign = await db
		.selectFrom('persons')
		.innerJoin('attempts', 'attempts.person_id', 'persons.id')
		.select('persons.campaign_id')
		.where('attempts.id', '=', first.attemptId)
		.executeTakeFirstOrThrow();
	const runs: KioskRun[] = [];
	for (let i = 0; i < count; i++) {
		let attemptId = first.attemptId;
		let kioskCode = first.kioskCode;
		if (i > 0) {
			const personId = newId();
			await db
				.insertInto('persons')
				.values({
					id: personId,
					campaign_id: campaign.campaign_id,
					kind: 'candidate',
					code: newId().slice(0, 8),
					supervisor_rating: null,
					created_at: nowIso()
				})
				.execute();
			({ attemptId, kioskCode } = await createAttempt(db, {
				personId,
				batteryVersionId: first.batteryVersionId,
				kind: 'candidate'
			}));
		}
		const opened = await openAttempt(db, kioskCode);
		if (!opened.ok) throw new Error(`openAttempt failed: ${opened.reason}`);
		// Runs take events once the person agreed.
		await db
			.updateTable('attempts')
			.set({ consent: 'accepted', status: 'in-progress' })
			.where('id', '=', attemptId)
			.execute();
		const run = await db
			.selectFrom('runs')
			.select('id')
			.where('attempt_id', '=', attemptId)
			.executeTakeFirstOrThrow();
		runs.push({ runId: run.id, attemptId, token: opened.token });
	}
	return runs;
}

interface Kiosk {
	runs: KioskRun[];
	current: number;
	nextSeq: number;
}

/** The kiosk's next batch, moving to its next run when the current one is full. */
function nextBatch(kiosk: Kiosk): { run: KioskRun; batch: Batch } {
	if (kiosk.nextSeq >= RUN_EVENTS && kiosk.current < kiosk.runs.length - 1) {
		kiosk.current++;
		kiosk.nextSeq = 0;
	}
	const batch = batchAt(kiosk.nextSeq);
	kiosk.nextSeq += BATCH;
	return { run: kiosk.runs[kiosk.current]!, batch };
}

/** POSTs a batch; without the kiosk cookie when `anonymous` (the server refuses it: 401). */
function post(
	agent: Agent,
	url: URL,
	run: KioskRun,
	body: string,
	anonymous: boolean
): Promise<{ status: number; text: string }> {
	return new Promise((resolve, reject) => {
		const req = request(
			{
				agent,
				host: url.hostname,
				port: url.port,
				method: 'POST',
				path: `/api/runs/${run.runId}/events`,
				headers: {
					'content-type': 'application/json',
					'content-length': Buffer.byteLength(body),
					...(anonymous ? {} : { cookie: `habile_kiosk=${run.token}` })
				}
			},
			(res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (d) => (text += d));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
				res.on('error', reject);
			}
		);
		req.on('error', reject);
		req.end(body);
	});
}

/** CPU seconds used so far: by a process (from /proc), and by the whole machine. */
function processCpu(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
	return (Number(fields[11]) + Number(fields[12])) / 100;
}
function machineCpu(): { busy: number; total: number } {
	const cpu = readFileSync('/proc/stat', 'utf8')
		.split('\n')[0]!
		.split(/\s+/)
		.slice(1, 9)
		.map(Number);
	const idle = cpu[3]! + cpu[4]!;
	const total = cpu.reduce((a, b) => a + b, 0);
	return { busy: (total - idle) / 100, total: total / 100 };
}

interface LoadResult {
	batches: number;
	events: number;
	seconds: number;
	batchesPerSecond: number;
	p50: number;
	p90: number;
	p99: number;
	max: number;
	errors: number;
	firstErrors: string[];
	/** Events acknowledged in all (warm-up included): the database must hold as many. */
	acked: number;
	/** The measured window on the monotonic clock (ns), to cut the server's CPU profile. */
	window: { from: bigint; to: bigint };
	/** CPU use in cores (1 = one core fully busy) during the measured window. */
	cpu: { server: number; client: number; machine: number };
}

/**
 * Posts batches from the kiosks for WARMUP + `seconds` s; counts those of the last `seconds`.
 * Floors: `refused` sends the same requests without the kiosk cookie, which the app refuses
 * (401) before any database work or body parsing (what Node's http server and SvelteKit cost);
 * `bare` sends them to a bare node:http server that parses the body and answers a small JSON
 * (what Node's http costs alone on this machine).
 */
async function load(
	baseUrl: string,
	serverPid: number,
	runs: KioskRun[],
	options: { seconds: number; floor?: 'refused' | 'bare' }
): Promise<LoadResult> {
	const url = new URL(baseUrl);
	const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
	const kiosks: Kiosk[] = Array.from({ length: KIOSKS }, (_, k) => ({
		runs: runs.slice(k * RUNS_PER_KIOSK, (k + 1) * RUNS_PER_KIOSK),
		current: 0,
		nextSeq: 0
	}));
	const latencies: number[] = [];
	const firstErrors: string[] = [];
	let errors = 0;
	let acked = 0;
	let measuring = false;
	const startAt = performance.now();
	const measureFrom = startAt + WARMUP * 1000;
	const endAt = measureFrom + options.seconds * 1000;
	let cpuStart = { server: 0, client: process.cpuUsage(), machine: machineCpu() };
	let windowFrom = 0n;

	// Worker w serves kiosks w, w + C, w + 2C…: one batch in flight per kiosk, C connections.
	const worker = async (w: number) => {
		const mine = kiosks.filter((_, k) => k % CONCURRENCY === w);
		for (let i = 0; performance.now() < endAt; i++) {
			const kiosk = mine[i % mine.length]!;
			const { run, batch } = options.floor
				? { run: kiosk.runs[0]!, batch: batchAt(0) }
				: nextBatch(kiosk);
			const sentAt = performance.now();
			let problem: string | null = null;
			try {
				const body = JSON.stringify(batch);
				const res = await post(agent, url, run, body, options.floor === 'refused');
				const expected = batch.firstSeq + BATCH - 1;
				if (options.floor) {
					const status = options.floor === 'refused' ? 401 : 200;
					if (res.status !== status) problem = `expected ${status}, got ${res.status}`;
				} else if (res.status !== 200) problem = `${res.status} ${res.text.slice(0, 200)}`;
				else if (JSON.parse(res.text).ack !== expected) problem = `ack ≠ ${expected}: ${res.text}`;
			} catch (e) {
				problem = String(e);
			}
			const doneAt = performance.now();
			if (problem) {
				errors++;
				if (firstErrors.length < 5) firstErrors.push(problem);
				if (!options.floor) kiosk.nextSeq -= BATCH;
				await sleep(10);
			} else {
				if (!options.floor) acked += BATCH;
				if (sentAt >= measureFrom && doneAt <= endAt) latencies.push(doneAt - sentAt);
			}
		}
	};
	const starter = (async () => {
		await sleep(WARMUP * 1000);
		measuring = true;
		windowFrom = process.hrtime.bigint();
		cpuStart = { server: processCpu(serverPid), client: process.cpuUsage(), machine: machineCpu() };
	})();
	await Promise.all([starter, ...Array.from({ length: CONCURRENCY }, (_, w) => worker(w))]);
	const elapsed = (performance.now() - measureFrom) / 1000;
	const windowTo = process.hrtime.bigint();
	const client = process.cpuUsage(cpuStart.client);
	const m = machineCpu();
	agent.destroy();
	if (!measuring) throw new Error('the warm-up never ended');
	return {
		batches: latencies.length,
		events: latencies.length * BATCH,
		seconds: elapsed,
		// Counted: sent after the warm-up and answered within the window.
		batchesPerSecond: latencies.length / options.seconds,
		p50: quantile(latencies, 0.5),
		p90: quantile(latencies, 0.9),
		p99: quantile(latencies, 0.99),
		max: maximum(latencies),
		errors,
		firstErrors,
		acked,
		window: { from: windowFrom, to: windowTo },
		cpu: {
			server: (processCpu(serverPid) - cpuStart.server) / elapsed,
			client: (client.user + client.system) / 1e6 / elapsed,
			machine:
				((m.busy - cpuStart.machine.busy) / (m.total - cpuStart.machine.total)) * cpus().length
		}
	};
}

interface Timing {
	batches: number;
	batchesPerSecond: number;
	p50: number;
	p99: number;
}

function timed(latencies: number[], totalMs: number): Timing {
	return {
		batches: latencies.length,
		batchesPerSecond: latencies.length / (totalMs / 1000),
		p50: quantile(latencies, 0.5),
		p99: quantile(latencies, 0.99)
	};
}

/** A bare node:http server (another process): reads the body, parses it, answers an ack. */
const BARE_SERVER = `
require('node:http').createServer((req, res) => {
	let body = '';
	req.on('data', (d) => (body += d));
	req.on('end', () => {
		const batch = JSON.parse(body);
		res.setHeader('content-type', 'application/json');
		res.end(JSON.stringify({ ack: batch.firstSeq + batch.events.length - 1, serverNow: Date.now() }));
	});
}).listen(Number(process.argv[1]), '127.0.0.1', () => console.log('ready'));`;

async function bareFloor(runs: KioskRun[]): Promise<LoadResult> {
	const child = spawn(process.execPath, ['-e', BARE_SERVER, String(PORT + 1)], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise((resolve) => child.stdout.once('data', resolve));
	try {
		return await load(`http://127.0.0.1:${PORT + 1}`, child.pid!, runs, {
			seconds: FLOOR_SECONDS,
			floor: 'bare'
		});
	} finally {
		child.kill();
	}
}

/** The same batches, inserted in-process with better-sqlite3: the floor for this machine. */
function direct(batches: number): Timing {
	const file = freshSqlite('ingest-direct');
	const sqlite = new SQLite(file);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('synchronous = NORMAL');
	sqlite.exec(`create table run_events (run_id text not null, seq integer not null,
		t double precision not null, type text not null, data text not null,
		received_at text not null, late integer not null default 0, primary key (run_id, seq))`);
	const insert = sqlite.prepare(
		'insert into run_events (run_id, seq, t, type, data, received_at, late) values (?, ?, ?, ?, ?, ?, 0) on conflict do nothing'
	);
	const store = sqlite.transaction((runId: string, batch: Batch) => {
		const receivedAt = nowIso();
		for (const e of batch.events)
			insert.run(runId, e.seq, e.t, e.type, JSON.stringify(e.data), receivedAt);
	});
	const runIds = Array.from({ length: KIOSKS * RUNS_PER_KIOSK }, () => newId());
	const latencies: number[] = [];
	const start = performance.now();
	for (let i = 0; i < batches; i++) {
		const perRun = RUN_EVENTS / BATCH;
		const batch = batchAt((i % perRun) * BATCH);
		const t0 = performance.now();
		store(runIds[Math.floor(i / perRun) % runIds.length]!, batch);
		latencies.push(performance.now() - t0);
	}
	const result = timed(latencies, performance.now() - start);
	sqlite.close();
	return result;
}

/** The app's ingestBatch() in-process on SQLite, sequentially: the logic without HTTP. */
async function inProcess(batches: number, maxSeconds: number): Promise<Timing> {
	const db = openDatabase(freshSqlite('ingest-inprocess'));
	await migrateToLatest(db);
	const runs = await registerRuns(db, Math.ceil((batches * BATCH) / RUN_EVENTS) + 1);
	const latencies: number[] = [];
	const start = performance.now();
	const perRun = RUN_EVENTS / BATCH;
	for (let i = 0; i < batches && performance.now() - start < maxSeconds * 1000; i++) {
		const run = runs[Math.floor(i / perRun)]!;
		const t0 = performance.now();
		const result = await ingestBatch(db, {
			runId: run.runId,
			attemptId: run.attemptId,
			batch: batchAt((i % perRun) * BATCH)
		});
		if (!result.ok) throw new Error(`ingestBatch refused: ${result.reason}`);
		latencies.push(performance.now() - t0);
	}
	const result = timed(latencies, performance.now() - start);
	await db.destroy();
	return result;
}

function newestProfile(dir: string, pid: number): string | null {
	const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
	const mine = files.filter((f) => f.split('.').includes(String(pid)));
	const pick = (mine.length ? mine : files)
		.map((f) => join(dir, f))
		.sort((a, b) => statSync(b).size - statSync(a).size)[0];
	return pick ?? null;
}

async function measureApp(kind: 'sqlite' | 'postgres', withFloor: boolean) {
	const url = kind === 'sqlite' ? freshSqlite('ingest') : freshPostgres('habile_bench');
	const profileDir = join(WORK, `profile-${kind}`);
	rmSync(profileDir, { recursive: true, force: true });
	const app = await startApp({
		port: PORT,
		databaseUrl: url,
		quiet: true,
		nodeArgs: args.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []
	});
	const db = openDatabase(url, { poolSize: 4 });
	try {
		const t0 = performance.now();
		const runs = await registerRuns(db, KIOSKS * RUNS_PER_KIOSK);
		const setupSeconds = (performance.now() - t0) / 1000;
		console.log(`${kind}: ${runs.length} attempts opened in ${fmt(setupSeconds)} s`);
		let floor: { refused: LoadResult; bare: LoadResult } | null = null;
		if (withFloor) {
			console.log(
				`HTTP floors: refused batches, then a bare node:http server, ${FLOOR_SECONDS} s each…`
			);
			const refused = await load(app.url, app.serverPid, runs, {
				seconds: FLOOR_SECONDS,
				floor: 'refused'
			});
			floor = { refused, bare: await bareFloor(runs) };
		}
		console.log(`${kind}: posting batches, ${SECONDS} s…`);
		const result = await load(app.url, app.serverPid, runs, { seconds: SECONDS });
		// Only our runs: the demo data cli/start.ts seeds has events too.
		const count = await db
			.selectFrom('run_events')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where(
				'run_id',
				'in',
				runs.map((r) => r.runId)
			)
			.executeTakeFirstOrThrow();
		await app.stop();
		let profile: ProfileSummary | null = null;
		const file = args.profile ? newestProfile(profileDir, app.serverPid) : null;
		if (file) profile = summarizeProfile(file, result.window);
		return { kind, setupSeconds, stored: Number(count.n), ...result, floor, profile };
	} finally {
		await db.destroy();
		await app.stop();
	}
}

const started = Date.now();
console.log(
	`Ingestion: ${KIOSKS} kiosks, ${CONCURRENCY} connections, ${BATCH}-event batches, ` +
		`${SECONDS} s after ${WARMUP} s warm-up, runs of ${RUN_EVENTS} events`
);
const apps = [];
for (const [i, kind] of DATABASES.entries()) apps.push(await measureApp(kind, i === 0));
const floor = apps[0]?.floor ?? null;
const sqliteBatches = apps.find((a) => a.kind === 'sqlite')?.batches ?? 20_000;
console.log('In-process baselines…');
const directTiming = direct(sqliteBatches);
const inProcessTiming = await inProcess(sqliteBatches, 20);

const cpuPerBatch = (r: LoadResult) => (r.cpu.server / r.batchesPerSecond) * 1000;
const httpRow = (name: string, r: LoadResult) => [
	name,
	r.batches,
	fmt(r.batchesPerSecond, 0),
	fmt(r.p50, 2),
	fmt(r.p90, 2),
	fmt(r.p99, 2),
	fmt(r.max, 1),
	r.errors,
	fmt(r.cpu.server, 2),
	fmt(cpuPerBatch(r), 2),
	fmt(r.cpu.client, 2),
	fmt(r.cpu.machine, 2)
];
const localRow = (name: string, r: Timing) => [
	name,
	r.batches,
	fmt(r.batchesPerSecond, 0),
	fmt(r.p50, 3),
	'',
	fmt(r.p99, 3),
	'',
	0,
	'',
	'',
	'',
	''
];
console.log(
	`\nResults (latency in ms; CPU in cores, 1.0 = one core busy, the machine has ${cpus().length})`
);
printTable([
	[
		'path',
		'batches',
		'batches/s',
		'p50',
		'p90',
		'p99',
		'max',
		'errors',
		'server CPU',
		'server ms/batch',
		'client CPU',
		'machine CPU'
	],
	...apps.map((a) => httpRow(`HTTP → app → ${a.kind}`, a)),
	...(floor
		? [
				httpRow(`floor: app refuses (401), no DB`, floor.refused),
				httpRow('floor: bare node:http + JSON.parse', floor.bare)
			]
		: []),
	localRow('ingestBatch() in-process, sqlite', inProcessTiming),
	localRow('better-sqlite3 direct', directTiming)
]);
console.log('\nRatios (same run):');
for (const a of apps) {
	const ratio = (x: number) => fmt(x / a.batchesPerSecond, 1);
	console.log(
		`  app on ${a.kind}: better-sqlite3 direct does ${ratio(directTiming.batchesPerSecond)}× its ` +
			`batches/s, in-process ingestBatch() ${ratio(inProcessTiming.batchesPerSecond)}×` +
			(floor
				? `, the app's refusals ${ratio(floor.refused.batchesPerSecond)}×, bare node:http ` +
					`${ratio(floor.bare.batchesPerSecond)}×`
				: '')
	);
	for (const e of a.firstErrors) console.log(`  error on ${a.kind}: ${e}`);
	if (a.stored !== a.acked)
		console.log(`  WARNING: ${a.kind} holds ${a.stored} rows for ${a.acked} acknowledged events`);
}
const sqlite = apps.find((a) => a.kind === 'sqlite');
const met = sqlite ? sqlite.batchesPerSecond >= 1000 && sqlite.p99 <= 50 : null;
if (sqlite)
	console.log(
		`\nTarget on SQLite (≥ 1,000 batches/s at p99 ≤ 50 ms): ${met ? 'met' : 'MISSED'} ` +
			`(${fmt(sqlite.batchesPerSecond, 0)} batches/s, p99 ${fmt(sqlite.p99, 1)} ms)`
	);
for (const a of apps) {
	if (!a.profile) continue;
	console.log(`\nServer CPU profile on ${a.kind} (self time during the measured window):`);
	printTable([
		['area', 'ms', 'share'],
		...a.profile.byArea.slice(0, 14).map((x) => [x.area, fmt(x.ms, 0), `${fmt(x.share * 100, 1)}%`])
	]);
	printTable([
		['function', 'area', 'share'],
		...a.profile.topFunctions
			.slice(0, 15)
			.map((x) => [x.fn.slice(0, 90), x.where, `${fmt(x.share * 100, 1)}%`])
	]);
}
const path = writeResults('ingest', {
	options: { SECONDS, WARMUP, KIOSKS, RUNS_PER_KIOSK, RUN_EVENTS, CONCURRENCY, BATCH },
	apps,
	direct: directTiming,
	inProcess: inProcessTiming,
	targetMetOnSqlite: met
});
footer(started, path);
