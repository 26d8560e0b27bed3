/**
 * Starts the built app for a benchmark exactly as `npm start` does (cli/start.ts: build if
 * needed, migrate, seed the demo, serve), on its own port and database.
 *
 * It runs from a snapshot of the working tree under /tmp/habile-bench/app, or
 * $HABILE_BENCH_DIR/app (sources copied with their times, node_modules linked), so that its
 * build never races with other people's builds of /work/main/build, nor changes under a running
 * server. The snapshot is rebuilt only when a
 * source changed (cli/start.ts decides, from modification times).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sleep } from './stats';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** HABILE_BENCH_DIR gives a checkout its own work folder, so two checkouts can bench at once. */
export const WORK = process.env.HABILE_BENCH_DIR ?? '/tmp/habile-bench';
const SNAPSHOT = join(WORK, 'app');
const COPIED = [
	'src',
	'exercises',
	'static',
	'cli',
	'svelte.config.js',
	'vite.config.ts',
	'vite.kiosk.config.ts',
	'tsconfig.json',
	'package.json'
];

export interface RunningApp {
	url: string;
	/** The node process serving (not the tsx wrapper). */
	serverPid: number;
	stop(): Promise<void>;
}

/** Copies the sources (keeping modification times) into the snapshot. */
export function snapshot(): string {
	mkdirSync(SNAPSHOT, { recursive: true });
	for (const name of COPIED) {
		rmSync(join(SNAPSHOT, name), { recursive: true, force: true });
		// GNU cp -a keeps the times of folders too (cpSync does not), which the build check reads.
		execFileSync('cp', ['-a', join(ROOT, name), join(SNAPSHOT, name)]);
	}
	if (!existsSync(join(SNAPSHOT, 'node_modules')))
		symlinkSync(join(ROOT, 'node_modules'), join(SNAPSHOT, 'node_modules'));
	// cli/start.ts resolves `$lib` through .svelte-kit/tsconfig.json before it builds.
	execFileSync(join(SNAPSHOT, 'node_modules/.bin/svelte-kit'), ['sync'], {
		cwd: SNAPSHOT,
		stdio: 'ignore'
	});
	return SNAPSHOT;
}

/** A fresh PostgreSQL database owned by `habile` (dropped first if it exists). */
export function freshPostgres(name: string): string {
	execFileSync('su', [
		'postgres',
		'-c',
		`dropdb --if-exists --force ${name} && createdb -O habile ${name}`
	]);
	return `postgres://habile:habile@127.0.0.1:5432/${name}`;
}

/** A fresh SQLite file path (any previous file and its WAL removed). */
export function freshSqlite(name: string): string {
	mkdirSync(WORK, { recursive: true });
	const file = join(WORK, `${name}.db`);
	for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
	return file;
}

const exited = (child: ChildProcess) =>
	new Promise<void>((r) => (child.exitCode !== null ? r() : child.once('exit', () => r())));

export async function startApp(options: {
	port: number;
	databaseUrl: string;
	/** Options for node itself (e.g. --cpu-prof). */
	nodeArgs?: string[];
	quiet?: boolean;
}): Promise<RunningApp> {
	const url = `http://127.0.0.1:${options.port}`;
	// A server left on the port (an earlier run killed before it stopped its app) would answer
	// in place of this one, with another database.
	const taken = await fetch(`${url}/connexion`).then(
		() => true,
		() => false
	);
	if (taken)
		throw new Error(`Port ${options.port} is already in use: stop that server or pass --port`);
	const cwd = snapshot();
	// `node --import tsx` is what `npx tsx` runs, without the wrapper process in between.
	const child = spawn(
		process.execPath,
		[...(options.nodeArgs ?? []), '--import', 'tsx', 'cli/start.ts'],
		{
			cwd,
			env: {
				...process.env,
				DATABASE_URL: options.databaseUrl,
				PORT: String(options.port),
				HOST: '127.0.0.1'
			},
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	let output = '';
	child.stdout!.on('data', (d) => (output += d));
	child.stderr!.on('data', (d) => {
		output += d;
		if (!options.quiet) process.stderr.write(d);
	});
	const deadline = Date.now() + 300_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`The app exited:\n${output}`);
		if (Date.now() > deadline) {
			child.kill('SIGTERM');
			throw new Error(`The app did not answer on ${url} in time:\n${output}`);
		}
		const ok = await fetch(`${url}/connexion`)
			.then((r) => r.ok)
			.catch(() => false);
		if (ok) break;
		await sleep(250);
	}
	return {
		url,
		serverPid: child.pid!,
		async stop() {
			child.kill('SIGTERM');
			await Promise.race([exited(child), sleep(10_000)]);
			if (child.exitCode === null) child.kill('SIGKILL');
		}
	};
}
