/**
 * `npm start`: builds the app if the build is missing or older than the sources, migrates the
 * database, seeds the demo when the database is empty, then serves the built app.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readConfig } from '../src/lib/server/config';
import { dialectOf, migrateToLatest, openDatabase } from '../src/lib/server/db';
import {
	DEMO_ACCOUNTS,
	DEMO_PASSWORD,
	demoKioskCodes,
	isEmpty,
	seedDemo
} from '../src/lib/server/demo/seed';
import { printDemoLogins } from './demo-logins';
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

async function prepareDatabase(url: string): Promise<{ seeded: boolean; codes: string[] }> {
	const db = openDatabase(url);
	try {
		await migrateToLatest(db);
		const seeded = await isEmpty(db);
		if (seeded) await seedDemo(db);
		return { seeded, codes: await demoKioskCodes(db) };
	} finally {
		await db.destroy();
	}
}

buildIfNeeded();
const config = readConfig();
const { seeded, codes } = await prepareDatabase(config.DATABASE_URL);
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
printDemoLogins(console.log, { accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD });
if (codes.length) console.log(`Demo kiosk codes: ${codes.join(' ')}`);
console.log('');

await serve(host, Number(port));
