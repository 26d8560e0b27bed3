/**
 * Kiosk weight: how much JavaScript a kiosk loads to reach the first exercise's instructions.
 *
 * Method. The built app is started as `npm start` starts it (bench/lib/app.ts), on its own port
 * and a fresh SQLite file, with a consignes-only battery registered through the real services.
 * In headless Chromium (launched as playwright.config.ts does, a 1280×800 touch tablet, empty
 * cache), the kiosk is driven like a candidate: /kiosque, the code, "J’accepte", a display
 * preference, "C’est bon, on commence", until the consigne screen of the first exercise shows.
 * Every JavaScript file the page loaded is listed once with its size gzipped by us at zlib level
 * 9 (whatever the server sent: sizes stay comparable across runs and servers) and the encoding
 * the server used; a file that two kiosk pages load (the code screen, then the passation) is
 * counted once, as the second page takes it from the browser's cache. Checks: no loaded JavaScript contains chart.js (markers "Chart.js",
 * "chartjs", which also matches its "$chartjs" property); only the battery's exercises were
 * loaded (each exercise's title, from the registry, marks its definition chunk).
 * The service worker's own downloads are listed apart: once it controls the page it fetches the
 * page's files itself (the same files, counted once above), and its install-time precache and
 * its own script are bytes the tablet downloads too, though the page does not execute them.
 *
 * Run: npm run bench:kiosk-weight   (≈ 30 s once the app is built)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { expect, type Response } from '@playwright/test';
import { registeredExercises } from '../exercises/registry.server';
import { freshSqlite, startApp, WORK } from './lib/app';
import { browserVersion, launchBrowser } from './lib/browser';
import { CHART_JS, chunkContents } from './lib/chunks';
import { exerciseChunks, type Manifest } from './lib/exercise-chunks';
import { newAttempt, openKiosk, TABLET } from './lib/kiosk';
import { fmt, footer, printTable, sleep, writeResults } from './lib/stats';

const { values: args } = parseArgs({ options: { port: { type: 'string', default: '4320' } } });
const TARGET_BYTES = 60 * 1024;
const BATTERY = ['consignes'];

interface Loaded {
	url: string;
	path: string;
	by: 'page' | 'service worker';
	fromServiceWorkerCache: boolean;
	encoding: string;
	bytes: number;
	gzip: number;
	hasChartJs: boolean;
	exercises: string[];
	contents: string[];
}

const titles = registeredExercises().map((e) => ({
	id: e.definition.id,
	title: e.definition.title
}));

async function describe(response: Response): Promise<Loaded | null> {
	const url = new URL(response.url());
	const type = response.headers()['content-type'] ?? '';
	if (!type.includes('javascript') && !url.pathname.endsWith('.js')) return null;
	let body: Buffer;
	try {
		body = await response.body();
	} catch {
		body = Buffer.alloc(0);
	}
	// The browser does not keep every body (a service worker's): the same file from the build.
	if (body.length === 0) body = readFileSync(join(WORK, 'app', 'build', 'client', url.pathname));
	const text = body.toString('utf8');
	return {
		url: url.href,
		path: url.pathname,
		by: response.request().serviceWorker() ? 'service worker' : 'page',
		fromServiceWorkerCache: response.fromServiceWorker(),
		encoding: response.headers()['content-encoding'] ?? 'identity',
		bytes: body.length,
		gzip: gzipSync(body, { level: 9 }).length,
		hasChartJs: CHART_JS.test(text),
		exercises: titles.filter((t) => text.includes(t.title)).map((t) => t.id),
		contents: chunkContents(text).filter((c) => !c.startsWith('exercise '))
	};
}

const started = Date.now();
const databaseUrl = freshSqlite('kiosk-weight');
// The browser first: if it cannot start, no app is left running.
const browser = await launchBrowser();
const app = await startApp({ port: Number(args.port), databaseUrl, quiet: true }).catch(
	async (e) => {
		await browser.close();
		throw e;
	}
);
const chromium = browserVersion(browser);
const loaded: Loaded[] = [];
try {
	const attempt = await newAttempt(databaseUrl, {
		exercises: BATTERY.map((exerciseId) => ({ exerciseId, config: {} }))
	});
	const context = await browser.newContext(TABLET);
	const pending: Promise<void>[] = [];
	context.on('response', (r) => {
		pending.push(
			describe(r).then((d) => {
				if (d) loaded.push(d);
			})
		);
	});
	const page = await context.newPage();
	await openKiosk(page, app.url, attempt.kioskCode);
	await expect(page.getByRole('heading', { name: 'Le poste de tri' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Je m’entraîne' })).toBeVisible();
	// Let the service worker finish its install-time downloads, then settle.
	await page.evaluate(() => navigator.serviceWorker?.ready);
	await sleep(1500);
	await Promise.all(pending);
	await context.close();
} finally {
	await browser.close();
	await app.stop();
}

const short = (path: string) => path.replace(/^\/(_app\/immutable|kiosk-app)\//, '');
// Once per file: the passation page finds in the cache what the code screen downloaded.
const byPage = loaded
	.filter((l) => l.by === 'page')
	.filter((l, i, all) => all.findIndex((o) => o.path === l.path) === i);
const bySw = loaded.filter((l) => l.by === 'service worker');
const sum = (list: Loaded[], key: 'bytes' | 'gzip') => list.reduce((a, l) => a + l[key], 0);
const kb = (bytes: number) => fmt(bytes / 1024, 1);

console.log(
	`JavaScript loaded by the kiosk page up to the consigne screen (${byPage.length} files)`
);
printTable([
	['file', 'bytes', 'gzip -9', 'server sent', 'from SW cache', 'holds'],
	...byPage
		.sort((a, b) => b.gzip - a.gzip)
		.map((l) => [
			short(l.path),
			l.bytes,
			l.gzip,
			l.encoding,
			l.fromServiceWorkerCache ? 'yes' : 'no',
			[...l.exercises.map((id) => `exercise ${id}`), ...l.contents].join(', ')
		]),
	['total', sum(byPage, 'bytes'), sum(byPage, 'gzip'), '', '', '']
]);

const swOnly = bySw.filter((l) => !byPage.some((p) => p.path === l.path));
console.log(
	`\nService worker downloads (for the page, its precache, its script): ${bySw.length} JS files, ` +
		`${kb(sum(bySw, 'gzip'))} KB gzipped; ${swOnly.length} of them never used by the page ` +
		`(${kb(sum(swOnly, 'gzip'))} KB), exercises among them: ` +
		`${[...new Set(swOnly.flatMap((l) => l.exercises))].join(', ') || 'none'}; chart.js among them: ` +
		`${swOnly.some((l) => l.hasChartJs) ? 'yes' : 'no'}`
);

const total = sum(byPage, 'gzip');

// Each exercise's share, from the build's manifest: what the kiosk would load to reach it first.
const built = join(WORK, 'app');
const manifest = JSON.parse(
	readFileSync(join(built, 'static', 'kiosk-app', '.vite', 'manifest.json'), 'utf8')
) as Manifest;
const gzipOf = (file: string) =>
	gzipSync(readFileSync(join(built, 'build', 'client', 'kiosk-app', file)), { level: 9 }).length;
const shares = exerciseChunks(
	manifest,
	registeredExercises().map((e) => e.definition.id)
).map((c) => ({
	...c,
	ownGzip: c.own.reduce((a, f) => a + gzipOf(f), 0),
	sharedGzip: c.shared.reduce((a, f) => a + gzipOf(f), 0)
}));
// The page without the measured battery's exercise: the entries' part, the same for all.
const measured = shares.find((c) => c.id === BATTERY[0])!;
const entriesGzip = total - measured.ownGzip - measured.sharedGzip;
const asFirst = shares.map((c) => ({ ...c, firstGzip: entriesGzip + c.ownGzip + c.sharedGzip }));
console.log(`\nEach exercise as the first of a battery (the entries' part: ${kb(entriesGzip)} KB)`);
printTable([
	['exercise', 'own files', 'own gzip', 'shared with others', 'shared gzip', 'first total'],
	...asFirst.map((c) => [
		c.id,
		c.own.join(' '),
		c.ownGzip,
		c.shared.join(' ') || '—',
		c.sharedGzip,
		c.firstGzip
	])
]);

const exercisesLoaded = [...new Set(byPage.flatMap((l) => l.exercises))].sort();
const checks = {
	weight: total <= TARGET_BYTES,
	everyExerciseFirst: asFirst.every((c) => c.firstGzip <= TARGET_BYTES),
	noChartJs: !byPage.some((l) => l.hasChartJs),
	onlyBatteryExercises:
		exercisesLoaded.length > 0 && exercisesLoaded.every((id) => BATTERY.includes(id))
};
console.log('\nTargets:');
console.log(
	`  JS loaded ≤ 60 KB gzipped:      ${checks.weight ? 'met' : 'MISSED'} (${kb(total)} KB = ${total} bytes)`
);
console.log(
	`  ≤ 60 KB with any exercise first: ${checks.everyExerciseFirst ? 'met' : 'MISSED'} (largest ` +
		`${kb(Math.max(...asFirst.map((c) => c.firstGzip)))} KB)`
);
console.log(`  no chart.js in loaded JS:       ${checks.noChartJs ? 'met' : 'MISSED'}`);
console.log(
	`  only the battery's exercises:   ${checks.onlyBatteryExercises ? 'met' : 'MISSED'} ` +
		`(battery: ${BATTERY.join(', ')}; loaded: ${exercisesLoaded.join(', ') || 'none'})`
);
const path = writeResults('kiosk-weight', {
	chromium,
	totalGzipBytes: total,
	totalBytes: sum(byPage, 'bytes'),
	serviceWorkerGzipBytes: sum(bySw, 'gzip'),
	checks,
	exercisesLoaded,
	exercises: asFirst,
	loaded
});
footer(started, path);
