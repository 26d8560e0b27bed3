/**
 * Response-time accuracy: how far the response times Habile records are from the truth, and
 * how far jsPsych 8's are, in the same browser, on the same trials.
 *
 * Method. Headless Chromium (launched as playwright.config.ts does), a 1280×800 touch page.
 * Each trial shows a text stimulus. The truth is measured by the harness itself, not by the
 * code under test:
 *   - onset: the stimulus element's presentation time, from the harness's own Element Timing
 *     observer (`renderTime`); the frame-begin time (the requestAnimationFrame callback time
 *     after insertion) is reported too;
 *   - response: a touch injected through the DevTools protocol (`Input.dispatchTouchEvent`)
 *     with its `timestamp` set to onset + a known delay (200–800 ms), released 50–150 ms later
 *     (a real tap). Chromium stamps the input events with that timestamp; the harness checks it
 *     on its own pointerdown listener.
 * True RT = press time − onset. Habile's RT = recorded response t − recorded stimulus onset t
 * (the real RunRecorder and `tap` action, bundled with esbuild into a small page, with an
 * in-memory outbox). jsPsych's RT = its `rt` (html-button-response: performance.now() after
 * inserting the trial to the click). Error = recorded RT − true RT; we report median, p95 and
 * max of |error| per system and condition, against the presentation time and against the frame
 * begin. Conditions: idle main thread; a 50 ms busy loop every 100 ms on the page's main thread.
 * Trials (delays, holds, gaps) come from a seeded generator: the same for both systems.
 *
 * Run: npm run bench:response-time [-- --trials 40]   (≈ 3 min for 40 trials)
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { browserVersion, launchBrowser } from '../lib/browser';
import {
	fmt,
	footer,
	maximum,
	mean,
	median,
	printTable,
	quantile,
	seeded,
	sleep,
	writeResults
} from '../lib/stats';
import type { Paint } from './harness-page';

const { values: args } = parseArgs({ options: { trials: { type: 'string', default: '40' } } });
const TRIALS = Number(args.trials);
const SYSTEMS = ['habile', 'jspsych'] as const;
type System = (typeof SYSTEMS)[number];
const CONDITIONS = [
	{ name: 'idle', load: null },
	{ name: 'long tasks 50/100 ms', load: { busyMs: 50, periodMs: 100 } }
] as const;
type Condition = (typeof CONDITIONS)[number];
/** The whole benchmark must end within this time. */
const DEADLINE = Date.now() + 15 * 60_000;

interface Trial {
	key: string;
	label: string;
	/** From the true onset to the press (ms). */
	delay: number;
	/** From press to release (ms). */
	hold: number;
	/** From the response to the next stimulus (ms). */
	gap: number;
}

interface Measured extends Trial {
	system: System;
	condition: string;
	/** Performance-timeline times in the page (ms). */
	onset: number;
	frame: number | null;
	press: number;
	/** The pointerdown timeStamp Chromium gave the injected touch. */
	down: number | null;
	/** How long after the onset the harness's observer heard of it. */
	observedAfter: number;
	recordedRt: number;
	trueRt: number;
	error: number;
	errorVsFrame: number | null;
	/** Habile only: the onset method kept in the event, and the onset's own error. */
	method?: string;
	onsetError?: number;
}

function makeTrials(conditionIndex: number): Trial[] {
	const random = seeded(2026 + conditionIndex);
	const between = (lo: number, hi: number) => Math.round(lo + (hi - lo) * random());
	return Array.from({ length: TRIALS }, (_, i) => ({
		key: `c${conditionIndex}-${i}`,
		label: `Colis ${100 + i}`,
		delay: between(200, 800),
		hold: between(50, 150),
		gap: between(200, 500)
	}));
}

const bundle = async (file: string) =>
	(
		await build({
			entryPoints: [resolve(import.meta.dirname, file)],
			bundle: true,
			format: 'iife',
			platform: 'browser',
			target: 'chrome120',
			write: false,
			logLevel: 'error'
		})
	).outputFiles[0]!.text;

const page = (body: string, script: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>bench</title><style>
body { font: 24px sans-serif; margin: 0; padding: 2rem; }
#stage { min-height: 12rem; }
.stimulus { font-size: 3rem; font-weight: 700; }
button { width: 20rem; height: 10rem; font-size: 3rem; touch-action: manipulation; }
</style></head><body>${body}<script>${script}</script></body></html>`;

async function sleepUntil(epochMs: number): Promise<void> {
	while (Date.now() < epochMs) await sleep(epochMs - Date.now());
}

/** A tap: touch down at `pressEpoch`, up `hold` ms later, both stamped (epoch ms). */
async function injectTap(
	cdp: CDPSession,
	at: { x: number; y: number },
	pressEpoch: number,
	hold: number
): Promise<void> {
	await sleepUntil(pressEpoch + 1);
	await cdp.send('Input.dispatchTouchEvent', {
		type: 'touchStart',
		touchPoints: [{ x: at.x, y: at.y }],
		timestamp: pressEpoch / 1000
	});
	await sleepUntil(pressEpoch + hold + 1);
	await cdp.send('Input.dispatchTouchEvent', {
		type: 'touchEnd',
		touchPoints: [],
		timestamp: (pressEpoch + hold) / 1000
	});
}

async function center(p: Page, selector: string): Promise<{ x: number; y: number }> {
	const box = await p.locator(selector).boundingBox();
	if (!box) throw new Error(`${selector} is not visible`);
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Waits for the harness to observe the presentation of element `identifier`. */
async function presented(p: Page, identifier: string): Promise<Paint> {
	const handle = await p.waitForFunction((id) => window.harness.paints[id], identifier, {
		polling: 5,
		timeout: 10_000
	});
	return (await handle.jsonValue()) as Paint;
}

interface Tapped {
	trial: Trial;
	paint: Paint;
	pressEpoch: number;
	down: number | null;
}

async function runHabile(p: Page, cdp: CDPSession, trials: Trial[]): Promise<Tapped[]> {
	const button = await center(p, '#respond');
	const tapped: Tapped[] = [];
	for (const trial of trials) {
		await p.evaluate(({ key, label }) => window.habileBench.show(key, label), trial);
		const paint = await presented(p, `stim:${trial.key}`);
		const origin = await p.evaluate(() => performance.timeOrigin);
		const pressEpoch = origin + paint.renderTime + trial.delay;
		await injectTap(cdp, button, pressEpoch, trial.hold);
		await p.waitForFunction(
			(key) =>
				window.habileBench.events.some((e) => e.type === 'item.placed' && e.data.item === key),
			trial.key,
			{ polling: 5, timeout: 10_000 }
		);
		const down = await p.evaluate(() => {
			window.habileBench.clear();
			return window.harness.lastDown;
		});
		tapped.push({ trial, paint, pressEpoch, down });
		await sleep(trial.gap);
	}
	return tapped;
}

async function runJsPsych(p: Page, cdp: CDPSession, trials: Trial[]): Promise<Tapped[]> {
	await p.evaluate(
		(list) => window.jspsychBench.start(list),
		trials.map(({ key, label, gap }) => ({ key, label, gap }))
	);
	const tapped: Tapped[] = [];
	for (const trial of trials) {
		const paint = await presented(p, `jspsych:${trial.key}`);
		const origin = await p.evaluate(() => performance.timeOrigin);
		const button = await center(p, '#stage button');
		const pressEpoch = origin + paint.renderTime + trial.delay;
		await injectTap(cdp, button, pressEpoch, trial.hold);
		await p.waitForFunction(
			(key) => window.jspsychBench.results.some((r) => r.key === key),
			trial.key,
			{ polling: 5, timeout: 10_000 }
		);
		const down = await p.evaluate(() => window.harness.lastDown);
		tapped.push({ trial, paint, pressEpoch, down });
	}
	return tapped;
}

async function measure(
	context: BrowserContext,
	system: System,
	condition: Condition,
	trials: Trial[],
	scripts: { harness: string; habile: string; jspsych: string }
): Promise<Measured[]> {
	const p = await context.newPage();
	const body =
		system === 'habile'
			? page('<div id="stage"></div><button id="respond" type="button">A</button>', scripts.habile)
			: page('<div id="stage"></div>', scripts.jspsych);
	await p.route('http://bench.test/**', (route) =>
		route.fulfill({ body, contentType: 'text/html; charset=utf-8' })
	);
	await p.addInitScript({ content: scripts.harness });
	await p.goto(`http://bench.test/${system}`);
	const cdp = await context.newCDPSession(p);
	if (condition.load) {
		await p.evaluate(({ busyMs, periodMs }) => window.harness.startLoad(busyMs, periodMs), {
			...condition.load
		});
	}
	const tapped =
		system === 'habile' ? await runHabile(p, cdp, trials) : await runJsPsych(p, cdp, trials);
	const page_ = await p.evaluate(() => ({
		origin: performance.timeOrigin,
		frames: window.harness.frames,
		events: window.habileBench?.events ?? [],
		results: window.jspsychBench?.results ?? []
	}));
	await p.close();

	return tapped.map(({ trial, paint, pressEpoch, down }) => {
		const press = pressEpoch - page_.origin;
		const frame = page_.frames[trial.key] ?? null;
		const trueRt = press - paint.renderTime;
		let recordedRt: number;
		let extra: Pick<Measured, 'method' | 'onsetError'> = {};
		if (system === 'habile') {
			const onsetEvent = page_.events.find(
				(e) => e.type === 'stimulus.shown' && e.data.key === trial.key
			);
			const response = page_.events.find(
				(e) => e.type === 'item.placed' && e.data.item === trial.key
			);
			if (!onsetEvent || !response) throw new Error(`Habile did not record trial ${trial.key}`);
			recordedRt = response.t - onsetEvent.t;
			// The recorder's clock origin is down − response.t: its onset on the page's timeline.
			const recordedOnset = down === null ? NaN : onsetEvent.t + down - response.t;
			extra = {
				method: String(onsetEvent.data.method),
				onsetError: recordedOnset - paint.renderTime
			};
		} else {
			const result = page_.results.find((r) => r.key === trial.key);
			if (result?.rt == null) throw new Error(`jsPsych did not record trial ${trial.key}`);
			recordedRt = result.rt;
		}
		return {
			...trial,
			system,
			condition: condition.name,
			onset: paint.renderTime,
			frame,
			press,
			down,
			observedAfter: paint.seenAt - paint.renderTime,
			recordedRt,
			trueRt,
			error: recordedRt - trueRt,
			errorVsFrame: frame === null ? null : recordedRt - (press - frame),
			...extra
		};
	});
}

function summarize(rows: Measured[]) {
	const abs = rows.map((r) => Math.abs(r.error));
	const absFrame = rows.flatMap((r) => (r.errorVsFrame === null ? [] : [Math.abs(r.errorVsFrame)]));
	const methods: Record<string, number> = {};
	for (const r of rows) if (r.method) methods[r.method] = (methods[r.method] ?? 0) + 1;
	return {
		n: rows.length,
		medianAbsError: median(abs),
		p95AbsError: quantile(abs, 0.95),
		maxAbsError: maximum(abs),
		meanSignedError: mean(rows.map((r) => r.error)),
		medianAbsErrorVsFrame: median(absFrame),
		p95AbsErrorVsFrame: quantile(absFrame, 0.95),
		/** Frame begin → presentation: what a requestAnimationFrame onset misses. */
		medianFrameToPresentation: median(
			rows.flatMap((r) => (r.frame === null ? [] : [r.onset - r.frame]))
		),
		/** Delay before an Element Timing observer hears of the onset. */
		p95ObservedAfter: quantile(
			rows.map((r) => r.observedAfter),
			0.95
		),
		/** Injected timestamp vs the pointerdown timeStamp Chromium gave: should be ≈ 0. */
		maxInjectionResidual: Math.max(...rows.map((r) => Math.abs((r.down ?? NaN) - r.press))),
		methods
	};
}

const started = Date.now();
const scripts = {
	harness: await bundle('harness-page.ts'),
	habile: await bundle('habile-page.ts'),
	jspsych: await bundle('jspsych-page.ts')
};
const browser = await launchBrowser();
const chromiumVersion = browserVersion(browser);
const all: Measured[] = [];
try {
	for (const [i, condition] of CONDITIONS.entries()) {
		const trials = makeTrials(i);
		for (const system of SYSTEMS) {
			if (Date.now() > DEADLINE) throw new Error('Time budget exceeded');
			const context = await browser.newContext({
				viewport: { width: 1280, height: 800 },
				hasTouch: true,
				locale: 'fr-FR'
			});
			console.log(`${system}, ${condition.name}: ${trials.length} trials…`);
			all.push(...(await measure(context, system, condition, trials, scripts)));
			await context.close();
		}
	}
} finally {
	await browser.close().catch(() => {});
}

const summaries = CONDITIONS.flatMap((c) =>
	SYSTEMS.map((system) => ({
		system,
		condition: c.name,
		...summarize(all.filter((r) => r.system === system && r.condition === c.name))
	}))
);
console.log(`\nResponse-time error (recorded RT − true RT), ${TRIALS} trials each, touch taps`);
printTable([
	[
		'system',
		'condition',
		'n',
		'median |err|',
		'p95 |err|',
		'max |err|',
		'mean err',
		'vs frame: median',
		'p95',
		'onset method'
	],
	...summaries.map((s) => [
		s.system,
		s.condition,
		s.n,
		fmt(s.medianAbsError, 2),
		fmt(s.p95AbsError, 2),
		fmt(s.maxAbsError, 2),
		fmt(s.meanSignedError, 2),
		fmt(s.medianAbsErrorVsFrame, 2),
		fmt(s.p95AbsErrorVsFrame, 2),
		Object.entries(s.methods)
			.map(([m, n]) => `${m} ${n}`)
			.join(', ') || '–'
	])
]);
console.log('\nHarness checks (ms)');
printTable([
	[
		'system',
		'condition',
		'frame→presentation (median)',
		'onset observed after (p95)',
		'max |injected − pointerdown|'
	],
	...summaries.map((s) => [
		s.system,
		s.condition,
		fmt(s.medianFrameToPresentation, 1),
		fmt(s.p95ObservedAfter, 1),
		fmt(s.maxInjectionResidual, 2)
	])
]);

const find = (system: System, condition: string) =>
	summaries.find((s) => s.system === system && s.condition === condition)!;
const loaded = find('habile', CONDITIONS[1].name);
const targets = {
	habileMedianUnderLoad: loaded.medianAbsError <= 2,
	habileP95UnderLoad: loaded.p95AbsError <= 16.7,
	betterThanJsPsychEverywhere: CONDITIONS.every(
		(c) =>
			find('habile', c.name).medianAbsError < find('jspsych', c.name).medianAbsError &&
			find('habile', c.name).p95AbsError < find('jspsych', c.name).p95AbsError
	)
};
console.log('\nTargets (vs presentation time):');
console.log(
	`  Habile median |err| ≤ 2 ms under load:      ${targets.habileMedianUnderLoad ? 'met' : 'MISSED'} (${fmt(loaded.medianAbsError, 2)} ms)`
);
console.log(
	`  Habile p95 |err| ≤ 16.7 ms under load:      ${targets.habileP95UnderLoad ? 'met' : 'MISSED'} (${fmt(loaded.p95AbsError, 2)} ms)`
);
console.log(
	`  Habile better than jsPsych (median and p95): ${targets.betterThanJsPsychEverywhere ? 'met' : 'MISSED'}`
);
const path = writeResults('response-time', {
	chromium: chromiumVersion,
	seconds: (Date.now() - started) / 1000,
	trials: TRIALS,
	summaries,
	targets,
	rows: all
});
footer(started, path);
