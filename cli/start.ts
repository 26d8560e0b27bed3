/**
 * `npm start`: builds the app if the build is missing or older than the sources, migrates the
 * database, seeds the demo when the database is empty, then serves the built app. With the demo
 * off (`HABILE_DEMO=0`, or `NODE_ENV=production`), nothing is seeded and a database where demo
 * accounts can log in is refused.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { demoEnabled, readConfig } from '../src/lib/server/config';
import { dialectOf, openDatabase } from '../src/lib/server/db';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/lib/server/demo/seed';
import { FIRST_ADMIN_COMMAND } from '../src/lib/server/demo/production';
import { printDemoLogins } from './demo-logins';
import { prepareDatabase, type Prepared } from './prepare';
import { serve } from './serve';

const root = resolve(import.meta.dirname, '..');
const entry = join(root, 'build', 'index.js');
const SOURCES = [
	'src',
	'exercises',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'vite.kiosk.config.ts',
	'package.json'
];

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
	return newest;
}

function buildIfNeeded(): void {
	const builtAt = existsSync(entry) ? statSync(entry).mtimeMs : 0;
	const sourcesAt = Math.max(...SOURCES.map((s) => newestMtime(join(root, s))));
	if (builtAt >= sourcesAt) return;
	console.log('Building Habile…');
	const result = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) {
		console.error('The build failed (see above).');
		process.exit(result.status ?? 1);
	}
}

async function prepare(url: string, demo: boolean): Promise<Prepared> {
	const db = openDatabase(url);
	try {
		return await prepareDatabase(db, demo);
	} finally {
		await db.destroy();
	}
}

buildIfNeeded();
const config = readConfig();
const demo = demoEnabled(config);
const prepared = await prepare(config.DATABASE_URL, demo);
if (!prepared.ok) {
	console.error(prepared.refusal);
	process.exit(1);
}
const { seeded, codes, noAccount } = prepared;
const port = process.env.PORT ?? '3000';
process.env.PORT = port;
const host = process.env.HOST ?? '0.0.0.0';
const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;

console.log(
	`\nHabile on ${dialectOf(config.DATABASE_URL) === 'postgres' ? 'PostgreSQL' : `SQLite (${config.DATABASE_URL})`}`
);
if (seeded) console.log('Empty database: demo data created.');
console.log(`  Staff:  http://${shown}:${port}/connexion`);
console.log(`  Kiosk:  http://${shown}:${port}/kiosque`);
if (demo) {
	printDemoLogins(console.log, { accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD });
	console.log('(The demo: set HABILE_DEMO=0 or NODE_ENV=production for a real deployment.)');
}
if (noAccount) console.log(`No account yet. Create the first admin:\n  ${FIRST_ADMIN_COMMAND}`);
if (codes.length) console.log(`Demo kiosk codes: ${codes.join(' ')}`);
console.log('');

await serve(host, Number(port));
