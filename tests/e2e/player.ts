/**
 * The shared player: an exercise's own bot (`ExerciseBot`, the same policy the toolkit plays
 * headless for tests and demo data) plays the real kiosk, through its screens, with taps.
 *
 * It watches the run's state where the kiosk itself keeps it (the outbox in IndexedDB, written
 * after each paint), puts the payload back as the kiosk does on resume, and asks the bot what a
 * person of the given skill does on that screen; after the move's delay it taps the button that
 * makes it, unless the screen changed first (the item went by: the bot is asked again).
 */
import { expect, type Page } from '@playwright/test';
import { createActor, type AnyStateMachine, type SnapshotFrom } from 'xstate';
import type { RegisteredExercise } from '../../exercises/registry.server';
import { nextMove, type BotKiosk, type BotMove } from '../../src/lib/engine/bot';
import type { Phase } from '../../src/lib/engine/contract';
import { phaseOf } from '../../src/lib/engine/phased-machine';
import { createRng } from '../../src/lib/engine/random';
import { withPayload } from '../../src/lib/engine/snapshot';
import { kioskTranslator } from '../../src/lib/i18n/kiosk';
import { kioskFr } from '../../src/lib/i18n/kiosk-fr';
import { attemptRunSetups } from '../../src/lib/server/demo/simulate';
import { Lateness } from '../../src/lib/server/runs/lateness';
import { storedEvents, storedScores, withDb } from './data';

export interface PlayOptions {
	attemptId: string;
	/** The run's position in the battery (0: the first exercise). */
	position?: number;
	skill: number;
	rngSeed: number;
	/** Stop once the run reaches this phase, or a screen on which this holds (default: `fin`). */
	until?: Phase | ((snapshot: SnapshotFrom<AnyStateMachine>) => boolean);
	/** Longest the play may take, in ms. */
	timeoutMs?: number;
	/**
	 * Longest the person takes on a screen outside the timed part (reading the instructions,
	 * feedback): journeys keep them short. Moves in the timed part keep the bot's own delays.
	 */
	maxThinkMs?: number;
	/** The SQLite file of the server the kiosk talks to (default: the journeys' own). */
	database?: string;
	/**
	 * How a move is made on screen (default: Playwright's tap on the button named so). The
	 * benches press through the DevTools protocol, the page never queried by role.
	 */
	tap?: (page: Page, button: string | RegExp, phase: Phase) => Promise<void>;
}

/** The journeys' tap: Playwright's, on the button by its accessible name. */
const roleTap = (page: Page, button: string | RegExp) =>
	page.getByRole('button', { name: button }).tap({ timeout: TAP_TIMEOUT_MS });

/** Longest a tap waits for its button (it may have gone: the time ran out, the item went by). */
const TAP_TIMEOUT_MS = 10_000;

export interface PlayReport {
	runId: string;
	exercise: RegisteredExercise;
	/** How many moves were tapped. */
	moves: number;
}

const KIOSK: BotKiosk = { locale: 'fr', t: kioskTranslator(kioskFr) };

/** The run record the kiosk keeps for `runId` (`src/lib/engine/outbox.ts`), if any. */
export function storedRun(page: Page, runId: string) {
	return page.evaluate(
		(id) =>
			new Promise<{ snapshot: unknown; done: boolean } | null>((resolve) => {
				const open = indexedDB.open('habile-kiosk');
				open.onerror = () => resolve(null);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('runs')) return (db.close(), resolve(null));
					const get = db.transaction('runs').objectStore('runs').get(id);
					get.onsuccess = () => {
						db.close();
						resolve(get.result ?? null);
					};
					get.onerror = () => (db.close(), resolve(null));
				};
			}),
		runId
	);
}

/** A screen of the épreuve at its `index`-th test item or later (for `until`). */
export function atTestItem(index: number) {
	return (snapshot: SnapshotFrom<AnyStateMachine>): boolean =>
		phaseOf(snapshot) === 'epreuve' &&
		(snapshot.context as { itemIndex: number }).itemIndex >= index;
}

/** The button for a move: the skeleton's own, or the exercise's (its bot's `control`). */
function controlFor(
	exercise: RegisteredExercise,
	snapshot: SnapshotFrom<AnyStateMachine>,
	event: BotMove<{ type: string }>['event']
): string | RegExp {
	if (event.type === 'phase.next')
		return KIOSK.t(snapshot.matches('consigne') ? 'kiosk.startPractice' : 'kiosk.startTest');
	if (event.type === 'practice.repeat') return KIOSK.t('kiosk.practiceAgain');
	return exercise.server.bot.control(event, KIOSK, snapshot);
}

/**
 * Plays the attempt's run at `position` on the kiosk open in `page` (its code entered, its
 * exercise on screen or about to be) with the exercise's bot, until `until` or the run's end.
 */
export async function playExercise(page: Page, options: PlayOptions): Promise<PlayReport> {
	const { attemptId, position = 0, skill, rngSeed, until = 'fin' } = options;
	const { timeoutMs = 180_000, maxThinkMs = 1_000, database, tap = roleTap } = options;
	const run = (await withDb((db) => attemptRunSetups(db, attemptId), database))[position];
	if (!run) throw new Error(`attempt ${attemptId} has no run at position ${position}`);
	const { exercise, setup, runId } = run;
	const machine = exercise.definition.machine;
	const input = { config: setup.config, payload: exercise.server.prepare(setup) };
	const person = { skill, rng: createRng(rngSeed) };
	const endAt = Date.now() + timeoutMs;
	let seen = '';
	/** The next tap, and the stimulus on screen it answers (null: none, e.g. a button screen). */
	let move: {
		at: number;
		button: string | RegExp;
		stimulus: string | null;
		phase: Phase;
	} | null = null;
	let moves = 0;
	while (Date.now() < endAt) {
		const record = await storedRun(page, runId);
		if (record?.snapshot) {
			const key = JSON.stringify(record.snapshot);
			const snapshot = createActor(machine, {
				input,
				snapshot: withPayload(record.snapshot, input.payload) as never
			}).getSnapshot();
			const phase = phaseOf(snapshot);
			const reached = typeof until === 'function' ? until(snapshot) : phase === until;
			if (record.done || reached || phase === 'fin') return { runId, exercise, moves };
			if (key !== seen) {
				// A new screen: what does the person do on it?
				seen = key;
				const next = nextMove(exercise.server.bot, snapshot, person);
				const delay =
					phase === 'epreuve' ? next?.delayMs : Math.min(maxThinkMs, next?.delayMs ?? 0);
				move = next && {
					at: Date.now() + (delay ?? 0),
					button: controlFor(exercise, snapshot, next.event),
					phase,
					stimulus:
						phase === 'epreuve' ? (exercise.server.bot.stimulus(snapshot)?.key ?? null) : null
				};
			}
			if (move && Date.now() >= move.at) {
				// The run's state reaches the outbox after a paint: on a busy machine the screen can
				// be a step ahead of it (the belt moved on). A tap meant for a stimulus that has gone
				// would answer the next one: the person would not make it, and waits for the next.
				const gone =
					move.stimulus !== null &&
					(await page.locator(`[elementtiming="stim:${move.stimulus}"]`).count()) === 0;
				if (gone) {
					move = null;
					continue;
				}
				try {
					await tap(page, move.button, move.phase);
				} catch (error) {
					// The button went as the tap waited for it: the screen moved on without the person
					// (the time ran out, the belt went by). Asked again on the new screen; a button that
					// is not there on an unchanged screen is the bot's mistake.
					const now = await storedRun(page, runId);
					if (now?.done || JSON.stringify(now?.snapshot) !== seen) {
						move = null;
						continue;
					}
					throw error;
				}
				moves++;
				move = null;
				continue;
			}
		}
		await page.waitForTimeout(move ? Math.min(40, Math.max(0, move.at - Date.now())) : 40);
	}
	throw new Error(`the bot did not finish ${exercise.definition.id} within ${timeoutMs} ms`);
}

/** Plays every run of the attempt in battery order, then waits for the kiosk's end screen. */
export async function playAttempt(
	page: Page,
	options: Omit<PlayOptions, 'position' | 'until'>
): Promise<PlayReport[]> {
	const runs = await withDb((db) => attemptRunSetups(db, options.attemptId), options.database);
	const reports: PlayReport[] = [];
	for (const position of runs.keys()) {
		if (position > 0) {
			// The break between two exercises.
			await expect(page.getByRole('heading', { name: KIOSK.t('kiosk.break.title') })).toBeVisible();
			await page.getByRole('button', { name: KIOSK.t('kiosk.continue') }).tap();
		}
		reports.push(await playExercise(page, { ...options, position }));
	}
	await expect(page.getByRole('heading', { name: KIOSK.t('kiosk.end.title') })).toBeVisible();
	return reports;
}

/**
 * Waits for the score of the attempt's run at `position` and checks what the server stored is
 * the whole run: one contiguous log (no entry lost or stored twice) from consigne to fin, its
 * test items presented in order with none skipped (a reload or a resume presents the current one
 * again), a clock that never goes back, and the stored score the exercise's scorer gives that log
 * on the run's form. Returns the log and the score.
 */
export async function expectWholeRun(
	attemptId: string,
	{ position = 0, database }: { position?: number; database?: string } = {}
) {
	await expect
		.poll(async () => (await storedScores(attemptId, database)).length, { timeout: 30_000 })
		.toBeGreaterThan(position);
	const run = (await withDb((db) => attemptRunSetups(db, attemptId), database))[position]!;
	const stored = (await storedEvents(run.runId, database)).map((e) => ({
		...e,
		data: JSON.parse(e.data) as Record<string, unknown>
	}));
	expect(stored.map((e) => e.seq)).toEqual(stored.map((_, i) => i));
	expect(stored.filter((e) => e.type === 'phase.started').map((e) => e.data.phase)).toEqual([
		'consigne',
		'entrainement',
		'epreuve',
		'fin'
	]);
	const presented = [
		...new Set(stored.filter((e) => e.type === 'item.presented').map((e) => e.data.index))
	];
	expect(presented).toEqual(presented.map((_, k) => k));
	for (let i = 1; i < stored.length; i++)
		expect(stored[i]!.t).toBeGreaterThanOrEqual(stored[i - 1]!.t - 50);
	const score = (await storedScores(attemptId, database))[position]!;
	// What the server scores: all but what came past the time (received late yet on time counts).
	const events = stored.filter((e) => e.late !== Lateness.late);
	expect(run.exercise.server.score(run.setup, events).raw).toBe(score.raw);
	return { run, events: stored, score };
}
