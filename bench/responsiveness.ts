/**
 * Responsiveness: interaction to next paint (INP) of the response taps in both exercises, with
 * the CPU throttled 4×: tapping the bins in consignes, tapping "Rejeter" in attention.
 *
 * Method. The built app is started as `npm start` starts it (bench/lib/app.ts), on its own port
 * and a fresh SQLite file; one attempt per exercise is registered through the real services. In
 * headless Chromium (launched as playwright.config.ts does, a 1280×800 touch tablet), the kiosk
 * is opened like a candidate up to the exercise's instructions; then the CPU is throttled 4×
 * (`Emulation.setCPUThrottlingRate`) and the exercise is played: practice, then the timed part.
 * Response taps are a person's: touch down on the button through the DevTools protocol
 * (`Input.dispatchTouchEvent`) 250 ms after the item shows, released 80 ms later (--think,
 * --hold); in attention (120 s), "Rejeter" every 1.5 s. Other buttons use Playwright's tap().
 * The floor: the same taps, every 1.5 s, on a blank page whose button only shows itself pressed
 * (--floor-taps, 80; 0 for none): what the emulated touch's way in and one frame cost by
 * themselves, in the same browser and run.
 * In the page, a PerformanceObserver on 'event' entries (durationThreshold 16, buffered) keeps
 * the entries with interactionId > 0; a capturing pointerdown listener names the button each
 * tap hit. An interaction's latency is the longest duration among its entries (as INP counts
 * it): from the input's timestamp to the next paint after its handlers ran. Entries are only
 * reported at ≥ 16 ms (durations are rounded to 8 ms): a tap with none counts as 16 ms, an
 * upper bound. We report, per exercise, p50 / p95 / max over the response taps, a 95 %
 * confidence interval of the p95 (distribution-free, from order statistics: 40 taps cannot bound
 * a p95 from above, about 80 can), and the median
 * input delay, processing and presentation delay of their pointerdown entries (the worst entry
 * when the pointerdown was under 16 ms). Long animation frames overlapping the input delays
 * say what kept the main thread busy (their scripts, and the rest of the frame).
 * Diagnosis options: --think (a pause before each tap), --reduced-motion, --throttle, --only,
 * --profile (a JavaScript CPU profile of the page while playing, by chunk and function),
 * --allocations (what the page's JavaScript allocated while playing, by chunk and function: the
 * garbage collector's pauses follow it),
 * --trace FILE (a Chromium trace of each play, FILE-<exercise>.json, for chrome://tracing).
 *
 * Run: npm run bench:responsiveness [-- --items 80]   (≈ 6 min once the app is built)
 */
import { parseArgs } from 'node:util';
import { expect, type CDPSession, type Locator, type Page } from '@playwright/test';
import { freshSqlite, startApp } from './lib/app';
import { browserVersion, launchBrowser } from './lib/browser';
import { describeUrl } from './lib/chunks';
import { summarizeProfile, type Profile, type ProfileSummary } from './lib/cpuprofile';
import { summarizeAllocations, type AllocationSummary, type HeapProfile } from './lib/heapprofile';
import { newAttempt, openKiosk, TABLET } from './lib/kiosk';
import {
	fmt,
	footer,
	maximum,
	median,
	printTable,
	quantile,
	quantileInterval,
	sleep,
	writeResults
} from './lib/stats';

const { values: args } = parseArgs({
	options: {
		port: { type: 'string', default: '4330' },
		items: { type: 'string', default: '80' },
		'attention-seconds': { type: 'string', default: '120' },
		/** Taps on the blank page that measures the harness's own floor (0: none). */
		'floor-taps': { type: 'string', default: '80' },
		/** From an item showing to its tap (ms): no one answers faster than ~250 ms. */
		think: { type: 'string', default: '250' },
		/** How long a finger stays on the screen (ms). */
		hold: { type: 'string', default: '80' },
		/** Diagnosis: emulate prefers-reduced-motion (stops the CSS animations that honour it). */
		'reduced-motion': { type: 'boolean', default: false },
		throttle: { type: 'string', default: '4' },
		only: { type: 'string' },
		/** Diagnosis: a JavaScript CPU profile of the page's main thread while playing. */
		profile: { type: 'boolean', default: false },
		/** Diagnosis: a sampling heap profile of the page while playing (allocations). */
		allocations: { type: 'boolean', default: false },
		/** Diagnosis: a Chromium trace of the play, written to this file (chrome://tracing). */
		trace: { type: 'string' }
	}
});
for (const name of [
	'items',
	'attention-seconds',
	'floor-taps',
	'think',
	'hold',
	'throttle'
] as const) {
	const value = Number(args[name]);
	if (!Number.isFinite(value) || value < 0) {
		console.error(`--${name} must be a number ≥ 0, not "${args[name]}"`);
		process.exit(2);
	}
}
if (args.only && !['consignes', 'attention', 'floor'].includes(args.only)) {
	console.error(`--only must be consignes, attention or floor, not "${args.only}"`);
	process.exit(2);
}
const THROTTLE = Number(args.throttle);
const THINK = Number(args.think);
const HOLD = Number(args.hold);
const TARGET_P95_MS = 50;

interface EventEntry {
	id: number;
	name: string;
	startTime: number;
	duration: number;
	processingStart: number;
	processingEnd: number;
}
interface Tap {
	at: number;
	label: string;
}
/** A long animation frame (≥ 50 ms) and the scripts that ran in it. */
interface Frame {
	startTime: number;
	duration: number;
	renderStart: number;
	scripts: { name: string; duration: number }[];
}
interface Recorded {
	entries: EventEntry[];
	taps: Tap[];
	frames: Frame[];
}

/** Installed in the page before its scripts: collects event entries and names each tap. */
function observeInteractions(): void {
	const store = { entries: [] as EventEntry[], taps: [] as Tap[], frames: [] as Frame[] };
	(window as unknown as { interactions: typeof store }).interactions = store;
	addEventListener(
		'pointerdown',
		(e) => {
			const button = (e.target as Element | null)?.closest('button');
			const label = button ? `${button.className} ${button.textContent?.trim()}` : '';
			store.taps.push({ at: e.timeStamp, label: label.slice(0, 80) });
		},
		{ capture: true }
	);
	new PerformanceObserver((list) => {
		for (const e of list.getEntries() as (PerformanceEntry &
			EventEntry & {
				interactionId?: number;
			})[]) {
			if (!e.interactionId) continue;
			store.entries.push({
				id: e.interactionId,
				name: e.name,
				startTime: e.startTime,
				duration: e.duration,
				processingStart: e.processingStart,
				processingEnd: e.processingEnd
			});
		}
	}).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
	// What kept the main thread busy: long animation frames, with their scripts.
	type Script = {
		invokerType: string;
		invoker: string;
		sourceURL: string;
		sourceFunctionName: string;
		duration: number;
	};
	new PerformanceObserver((list) => {
		for (const f of list.getEntries() as (PerformanceEntry & {
			renderStart: number;
			scripts: Script[];
		})[]) {
			store.frames.push({
				startTime: f.startTime,
				duration: f.duration,
				renderStart: f.renderStart,
				scripts: f.scripts.map((x) => ({
					name: `${x.invokerType} ${x.invoker} ${x.sourceURL.split('/').pop()}:${x.sourceFunctionName}`,
					duration: x.duration
				}))
			});
		}
	}).observe({ type: 'long-animation-frame', buffered: true });
}

const recorded = (page: Page) =>
	page.evaluate(() => {
		const store = (window as unknown as { interactions: Recorded }).interactions;
		return { entries: [...store.entries], taps: [...store.taps], frames: [...store.frames] };
	});

interface TapLatency {
	label: string;
	at?: number;
	/** The interaction's latency, or null when no entry reached 16 ms. */
	latency: number | null;
	/** The event that set it (pointerdown, pointerup, click…). */
	worst?: string;
	inputDelay?: number;
	processing?: number;
	presentationDelay?: number;
}

/** Each tap with its interaction: the entries starting at or after it, before the next tap. */
function latencies(data: Recorded, from: number): TapLatency[] {
	const taps = data.taps.filter((t) => t.at >= from).sort((a, b) => a.at - b.at);
	const byInteraction = new Map<number, EventEntry[]>();
	for (const e of data.entries.filter((e) => e.startTime >= from - 1))
		byInteraction.set(e.id, [...(byInteraction.get(e.id) ?? []), e]);
	const result: TapLatency[] = taps.map((t) => ({ label: t.label, at: t.at, latency: null }));
	for (const entries of byInteraction.values()) {
		const start = Math.min(...entries.map((e) => e.startTime));
		const index = taps.findLastIndex((t) => t.at <= start + 0.5);
		if (index < 0) continue;
		const worst = entries.reduce((a, b) => (b.duration > a.duration ? b : a));
		const current = result[index]!;
		if (current.latency !== null && current.latency >= worst.duration) continue;
		// The breakdown of the pointerdown (the response counts there) when it was reported.
		const part = entries.find((e) => e.name === 'pointerdown') ?? worst;
		result[index] = {
			label: taps[index]!.label,
			at: taps[index]!.at,
			latency: worst.duration,
			worst: worst.name,
			inputDelay: part.processingStart - part.startTime,
			processing: part.processingEnd - part.processingStart,
			presentationDelay: part.startTime + part.duration - part.processingEnd
		};
	}
	return result;
}

/**
 * What the main thread was doing while response taps waited (input delay): the long animation
 * frames overlapping that wait, split into their scripts and the rest (style, layout, paint).
 */
function blame(data: Recorded, taps: TapLatency[]): { what: string; ms: number }[] {
	const totals = new Map<string, number>();
	const add = (what: string, ms: number) => totals.set(what, (totals.get(what) ?? 0) + ms);
	const seen = new Set<Frame>();
	for (const tap of taps) {
		if (tap.latency === null || tap.at === undefined) continue;
		const waitEnd = tap.at + (tap.inputDelay ?? 0);
		for (const f of data.frames) {
			if (seen.has(f) || f.startTime > waitEnd || f.startTime + f.duration < tap.at) continue;
			seen.add(f);
			const scripts = f.scripts.reduce((a, x) => a + x.duration, 0);
			// renderStart is 0 when the frame rendered nothing.
			const rendering = f.renderStart ? f.startTime + f.duration - f.renderStart : 0;
			for (const x of f.scripts) add(x.name, x.duration);
			add('(rendering: style, layout, paint)', rendering);
			add('(other work in the frame)', Math.max(0, f.duration - rendering - scripts));
		}
	}
	return [...totals]
		.map(([what, ms]) => ({ what, ms }))
		.sort((a, b) => b.ms - a.ms)
		.slice(0, 8);
}

/** Where a function of the page comes from: the chunk and what it holds. */
function pageArea(url: string, name: string): string {
	if (name === '(program)') return '(program): rendering and other native work';
	if (name === '(idle)') return '(idle)';
	if (name === '(garbage collector)') return '(garbage collector)';
	if (!url) return `native: ${name || '(anonymous)'}`;
	return describeUrl(url);
}

/**
 * A person's tap on a response button: touch down at `at`, up HOLD ms later, through the
 * DevTools protocol. (Playwright's tap() sends both at once, after running its own checks in
 * the page: the release would then be handled before the press's next paint.)
 */
async function press(cdp: CDPSession, at: Point): Promise<void> {
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] });
	await sleep(HOLD);
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

interface Point {
	x: number;
	y: number;
}

/**
 * Where to tap a button, read once before the taps. Playwright's queries run in the page's main
 * thread (role queries compute styles and accessible names over the whole page, 10–30 ms with
 * the CPU throttled), so a query just before a tap would add its time to the tap's input delay:
 * work a person's tablet never does. The response buttons do not move during an exercise.
 */
async function centre(button: Locator): Promise<Point> {
	const box = await button.boundingBox({ timeout: 5000 });
	if (!box) throw new Error('the button is not visible');
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * While taps are measured, the harness looks at the page with CSS selectors only, never between
 * a tap's press and its paint. Playwright's role and text queries compute styles and accessible
 * names over the whole page (10–30 ms with the CPU throttled, and garbage the page's collector
 * then reclaims, in pauses that land on later taps): work a person's tablet never does.
 */
const endHeading = (page: Page) => page.locator('h1#end-title');

async function playConsignes(page: Page, cdp: CDPSession, items: number): Promise<void> {
	const bin = (i: number) => page.getByRole('button', { name: new RegExp(`^${'ABCD'[i % 4]} `) });
	const shown = (n: number) =>
		page.locator('.item-card .ref').filter({ hasText: new RegExp(`^\\S+ ${n}$`) });
	const next = page.locator('button.kiosk-button', { hasText: 'Continuer' });
	await page.getByRole('button', { name: 'Je m’entraîne' }).tap();
	await expect(bin(0)).toBeVisible();
	const practiceBin = await centre(bin(0));
	const bins = [];
	for (let i = 0; i < 4; i++) bins.push(await centre(bin(i)));
	for (let i = 0; i < 4; i++) {
		await expect(next).toHaveCount(0);
		await sleep(THINK);
		await press(cdp, practiceBin);
		await next.tap();
	}
	await page.getByRole('button', { name: 'Commencer l’exercice' }).tap();
	for (let i = 0; i < items; i++) {
		// The wait for the item ends when it shows; the tap comes THINK ms later, the page idle.
		await expect(shown(i + 1)).toBeVisible();
		await sleep(THINK);
		await press(cdp, bins[i % 4]!);
	}
	await expect(endHeading(page)).toBeVisible();
}

async function playAttention(page: Page, cdp: CDPSession, seconds: number): Promise<void> {
	const reject = page.locator('button.reject');
	const next = page.locator('button.kiosk-button', { hasText: 'Continuer' });
	const done = page.locator('.practice-end');
	await page.getByRole('button', { name: 'Je m’entraîne' }).tap();
	// Practice: reject every product; each answer gets feedback, "Continuer" goes on.
	await expect(reject).toBeVisible();
	const rejectAt = await centre(reject);
	const practiceEnd = Date.now() + 120_000;
	while (!(await done.isVisible())) {
		if (Date.now() > practiceEnd) throw new Error('attention practice did not end');
		if (await next.isVisible()) await next.tap({ timeout: 2000 }).catch(() => {});
		else if (await reject.isVisible()) {
			await sleep(THINK);
			await press(cdp, rejectAt);
		}
		await sleep(300);
	}
	await page.getByRole('button', { name: 'Commencer l’exercice' }).tap();
	// Timed part: a tap on "Rejeter" every 1.5 s while it lasts, the page never queried; then
	// the end screen must come.
	await expect(reject).toBeVisible();
	const until = Date.now() + seconds * 1000 - 1500;
	while (Date.now() < until) {
		await sleep(1500);
		await press(cdp, rejectAt);
	}
	await expect(endHeading(page)).toBeVisible({ timeout: 10_000 });
}

/**
 * The harness's floor: the same browser, tablet, throttling and taps on a page that does nothing
 * but show the button pressed. What a tap costs there is the way in of an emulated touch through
 * the DevTools protocol and the browser's input path, and one frame: no app can go below it.
 */
const FLOOR_PAGE = `<!doctype html><html lang="fr"><meta name="viewport" content="width=device-width">
<title>Plancher</title><style>
button{display:block;margin:30vh auto 0;width:60vw;min-height:7.5rem;font:800 2.4em sans-serif;
color:#fff;background:#a4161a;border:none;border-radius:16px;will-change:transform}
button[data-pressed]{transform:translateY(2px);background:#7d1114}
</style><button type="button" class="reject">Rejeter</button><script>
const b = document.querySelector('button');
b.addEventListener('pointerdown', () => b.toggleAttribute('data-pressed', true));
b.addEventListener('pointerup', () => b.removeAttribute('data-pressed'));
</script>`;

async function playFloor(page: Page, cdp: CDPSession, taps: number): Promise<void> {
	const at = await centre(page.locator('button.reject'));
	for (let i = 0; i < taps; i++) {
		await sleep(1500);
		await press(cdp, at);
	}
}

const EXERCISES = [
	{
		id: 'consignes',
		config: { itemCount: Number(args.items), difficulty: 1 },
		heading: 'Le poste de tri',
		isResponse: (label: string) => /\bbin\b/.test(label),
		play: (page: Page, cdp: CDPSession) => playConsignes(page, cdp, Number(args.items))
	},
	{
		id: 'attention',
		config: { theme: 'soin', difficulty: 1, durationSeconds: Number(args['attention-seconds']) },
		heading: null,
		isResponse: (label: string) => /\breject\b/.test(label),
		play: (page: Page, cdp: CDPSession) =>
			playAttention(page, cdp, Number(args['attention-seconds']))
	},
	{
		id: 'floor',
		config: null,
		heading: null,
		isResponse: (label: string) => /\breject\b/.test(label),
		play: (page: Page, cdp: CDPSession) => playFloor(page, cdp, Number(args['floor-taps']))
	}
].filter((e) => e.id !== 'floor' || Number(args['floor-taps']) > 0);

const started = Date.now();
const databaseUrl = freshSqlite('responsiveness');
// The browser first: if it cannot start, no app is left running.
const browser = await launchBrowser();
const app = await startApp({ port: Number(args.port), databaseUrl, quiet: true }).catch(
	async (e) => {
		await browser.close();
		throw e;
	}
);
const chromium = browserVersion(browser);
const results = [];
try {
	for (const exercise of EXERCISES.filter((e) => !args.only || e.id === args.only)) {
		const context = await browser.newContext({
			...TABLET,
			reducedMotion: args['reduced-motion'] ? 'reduce' : 'no-preference'
		});
		await context.addInitScript(observeInteractions);
		const page = await context.newPage();
		if (exercise.config) {
			const attempt = await newAttempt(databaseUrl, {
				exercises: [{ exerciseId: exercise.id, config: exercise.config }]
			});
			await openKiosk(page, app.url, attempt.kioskCode);
			await expect(page.getByRole('button', { name: 'Je m’entraîne' })).toBeVisible();
			if (exercise.heading)
				await expect(page.getByRole('heading', { name: exercise.heading })).toBeVisible();
		} else {
			// Served from the app's origin, as the kiosk is, without touching the app.
			const url = `${app.url}/bench-floor`;
			await page.route(url, (route) =>
				route.fulfill({ contentType: 'text/html; charset=utf-8', body: FLOOR_PAGE })
			);
			await page.goto(url);
		}
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
		const from = await page.evaluate(() => performance.now());
		if (args.profile) {
			await cdp.send('Profiler.enable');
			await cdp.send('Profiler.start');
		}
		if (args.allocations)
			await cdp.send('HeapProfiler.startSampling', {
				samplingInterval: 4096,
				includeObjectsCollectedByMajorGC: true,
				includeObjectsCollectedByMinorGC: true
			});
		if (args.trace)
			await browser.startTracing(page, {
				path: args.trace.replace(/(\.json)?$/, `-${exercise.id}.json`),
				categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc']
			});
		console.log(`${exercise.id}: playing with the CPU throttled ${THROTTLE}×…`);
		await exercise.play(page, cdp);
		await sleep(500);
		if (args.trace) await browser.stopTracing();
		let profile: ProfileSummary | null = null;
		if (args.profile) {
			const { profile: raw } = await cdp.send('Profiler.stop');
			profile = summarizeProfile(raw as unknown as Profile, undefined, { area: pageArea });
		}
		let allocations: AllocationSummary | null = null;
		if (args.allocations) {
			const { profile: raw } = await cdp.send('HeapProfiler.stopSampling');
			allocations = summarizeAllocations(raw as unknown as HeapProfile, pageArea);
		}
		const data = await recorded(page);
		const taps = latencies(data, from);
		await context.close();
		const responses = taps.filter((t) => exercise.isResponse(t.label));
		const values = responses.map((t) => t.latency ?? 16);
		const reported = responses.filter((t) => t.latency !== null);
		const part = (key: 'inputDelay' | 'processing' | 'presentationDelay') =>
			median(reported.map((t) => t[key]!));
		results.push({
			exercise: exercise.id,
			taps: responses.length,
			reported: reported.length,
			p50: quantile(values, 0.5),
			p95: quantile(values, 0.95),
			p95Interval: quantileInterval(values, 0.95),
			max: maximum(values),
			inputDelay: part('inputDelay'),
			processing: part('processing'),
			presentationDelay: part('presentationDelay'),
			blockedBy: blame(data, responses),
			profile,
			allocations,
			allTaps: taps
		});
	}
} finally {
	await browser.close();
	await app.stop();
}

console.log(`\nInteraction to next paint of the response taps, CPU throttled ${THROTTLE}× (ms)`);
printTable([
	[
		'exercise',
		'taps',
		'≥ 16 ms',
		'p50',
		'p95',
		'p95, 95 % CI',
		'max',
		'input delay (median)',
		'processing',
		'presentation delay'
	],
	...results.map((r) => [
		r.exercise,
		r.taps,
		r.reported,
		r.reported * 2 > r.taps ? fmt(r.p50, 0) : '≤ 16',
		fmt(r.p95, 0),
		`${fmt(r.p95Interval.low, 0)}–${r.p95Interval.high === Infinity ? '?' : fmt(r.p95Interval.high, 0)}`,
		fmt(r.max, 0),
		fmt(r.inputDelay, 1),
		fmt(r.processing, 1),
		fmt(r.presentationDelay, 1)
	])
]);
for (const r of results) {
	console.log(`\n${r.exercise}: long animation frames during the input delay of response taps`);
	printTable([
		['what', 'ms in all'],
		...r.blockedBy.map((b) => [b.what.slice(0, 100), fmt(b.ms, 0)])
	]);
}
for (const r of results) {
	if (!r.profile) continue;
	console.log(`\n${r.exercise}: main thread CPU profile while playing (self time)`);
	printTable([
		['area', 'ms', 'share'],
		...r.profile.byArea.slice(0, 12).map((x) => [x.area, fmt(x.ms, 0), `${fmt(x.share * 100, 1)}%`])
	]);
	printTable([
		['function', 'where', 'share'],
		...r.profile.topFunctions
			.slice(0, 15)
			.map((x) => [
				x.fn.replace(/ \S*\/(_app\/immutable|kiosk-app)\//, ' ').slice(0, 60),
				x.where.slice(0, 50),
				`${fmt(x.share * 100, 1)}%`
			])
	]);
}
for (const r of results) {
	if (!r.allocations) continue;
	console.log(
		`\n${r.exercise}: JavaScript allocations while playing (${fmt(r.allocations.totalKB / 1024, 1)} MB sampled)`
	);
	printTable([
		['area', 'KB', 'share'],
		...r.allocations.byArea
			.slice(0, 12)
			.map((x) => [x.area, fmt(x.kb, 0), `${fmt(x.share * 100, 1)}%`])
	]);
	printTable([
		['function', 'where', 'KB'],
		...r.allocations.topFunctions.map((x) => [
			x.fn.replace(/ \S*\/(_app\/immutable|kiosk-app)\//, ' ').slice(0, 60),
			x.where.slice(0, 50),
			fmt(x.kb, 0)
		])
	]);
}
const played = results.filter((r) => r.exercise !== 'floor');
const met = played.length > 0 && played.every((r) => r.p95 <= TARGET_P95_MS);
console.log(
	played.length === 0
		? '\nNo exercise played: the target is not judged.'
		: `\nTarget p95 ≤ ${TARGET_P95_MS} ms in each exercise: ${met ? 'met' : 'MISSED'} ` +
				`(${played.map((r) => `${r.exercise} ${fmt(r.p95, 0)} ms`).join(', ')})`
);
const path = writeResults('responsiveness', {
	chromium,
	options: { throttle: THROTTLE, think: THINK, hold: HOLD, reducedMotion: args['reduced-motion'] },
	results,
	met
});
footer(started, path);
