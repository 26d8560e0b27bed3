/**
 * One bot per exercise, driving the exercise's real machine. An exercise gives a policy — what a
 * person of a given skill does next on the screen a snapshot shows — and says which stimulus that
 * screen marks; the toolkit plays it headless here (for tests, demo data and load tests), and the
 * same policy plays the real kiosk in the journeys and benches (`tests/e2e/player.ts`). No
 * hand-written event log: what a bot produces is what the machine emits, stamped as the kiosk's
 * runtime stamps it.
 */
import {
	createActor,
	type ActorOptions,
	type AnyStateMachine,
	type EventFromLogic,
	type InputFrom,
	type SnapshotFrom,
	type StateValue
} from 'xstate';
import type { Locale } from '$lib/domain/records';
import type { KioskTranslate } from '$lib/i18n/kiosk';
import type { BaseConfig, LogEmitted, RunEvent, RunSetup } from './contract';
import { EventLogBuilder } from './event-log';
import { phaseOf, type PhasedEvent } from './phased-machine';
import { createRng, type Rng } from './random';

/** An event as a bot sends it: input events get their `at` from whoever plays the move. */
export type BotEvent<E> = E extends { at: number } ? Omit<E, 'at'> : E;

/** What the person does next: `event`, `delayMs` after the screen showed the snapshot. */
export interface BotMove<E> {
	delayMs: number;
	event: BotEvent<E>;
}

/** The person a bot plays: their skill from 0 (answers at random) to 1 (never wrong, quick). */
export interface BotPerson {
	skill: number;
	rng: Rng;
}

/** The stimulus a screen marks (`kiosk.stimulus`), and which showing of it this is. */
export interface BotStimulus {
	key: string;
	/** Changes each time the view shows the stimulus anew (a new element), as its onset is logged. */
	showing: string;
}

export interface ExerciseBot<M extends AnyStateMachine = AnyStateMachine> {
	/** How long the person takes over the instructions before practising, in ms: [min, max]. */
	readsInstructionsMs: readonly [number, number];
	/** The chance that a person of `skill` practises again, on the end-of-practice screen. */
	practisesAgain: (skill: number) => number;
	/**
	 * What a person of `person.skill` does on one of the exercise's own screens (its practice and
	 * épreuve states; the skeleton's screens are the toolkit's, `nextMove`), or null: nothing until
	 * the machine moves by itself (its timers, the end of the time). Asked each time the screen
	 * changes; a move the machine overtakes (the item went by first) is dropped and it is asked
	 * again. It may read what the screen shows (the payload), never the server's answer key.
	 */
	next: (snapshot: SnapshotFrom<M>, person: BotPerson) => BotMove<EventFromLogic<M>> | null;
	/** The stimulus the view marks on this screen, or null when it shows none. */
	stimulus: (snapshot: SnapshotFrom<M>) => BotStimulus | null;
	/**
	 * The button that makes one of the exercise's own moves on the kiosk, by its accessible name
	 * in the kiosk's language (the skeleton's `phase.next` and `practice.repeat` are the toolkit's),
	 * on the screen the snapshot shows.
	 */
	control: (
		event: BotEvent<EventFromLogic<M>>,
		kiosk: BotKiosk,
		snapshot: SnapshotFrom<M>
	) => string | RegExp;
	/**
	 * Config fields for a short run (under a minute of timed part), parsed by the exercise's
	 * `configSchema`: what the journeys and the conformance suite play.
	 */
	quickConfig: Record<string, unknown>;
}

/** Time on the end-of-practice screen before its choice, in ms. */
const PRACTICE_END_MS = [2_000, 5_000] as const;

/**
 * What the person does next on any screen: on the skeleton's own (the instructions, the end of
 * practice), the same for every exercise with the bot's reading time and its will to practise
 * again; on the exercise's screens, what its bot says.
 */
export function nextMove<M extends AnyStateMachine>(
	bot: ExerciseBot<M>,
	snapshot: SnapshotFrom<M>,
	person: BotPerson
): BotMove<EventFromLogic<M>> | null {
	const { rng, skill } = person;
	const move = (delayMs: number, type: PhasedEvent['type']) =>
		({ delayMs, event: { type } }) as BotMove<EventFromLogic<M>>;
	const value = (snapshot as { value: StateValue }).value;
	if (value === 'consigne') return move(rng.int(...bot.readsInstructionsMs), 'phase.next');
	if (typeof value === 'object' && value.entrainement === 'done') {
		const again =
			(snapshot as { can: (e: PhasedEvent) => boolean }).can({ type: 'practice.repeat' }) &&
			rng.chance(bot.practisesAgain(skill));
		return move(rng.int(...PRACTICE_END_MS), again ? 'practice.repeat' : 'phase.next');
	}
	return bot.next(snapshot, person);
}

/** What a bot's `control` may use to name a button: the kiosk's language and texts. */
export interface BotKiosk {
	locale: Locale;
	t: KioskTranslate;
}

/**
 * A clock for XState that fires every timer at its own due time, one at a time, as time is
 * stepped on. (XState's `SimulatedClock` fires every timer due by the time it is set to at that
 * time, not at their own, and does not say when the next one is due.)
 */
type Clock = NonNullable<ActorOptions<AnyStateMachine>['clock']>;

export class StepClock implements Clock {
	#now = 0;
	#id = 0;
	readonly #timers = new Map<number, { due: number; fn: () => void }>();

	now(): number {
		return this.#now;
	}

	setTimeout(fn: (...args: unknown[]) => void, timeout: number): number {
		const id = ++this.#id;
		this.#timers.set(id, { due: this.#now + Math.max(0, timeout), fn });
		return id;
	}

	clearTimeout(id: number): void {
		this.#timers.delete(id);
	}

	/** Moves the time on to the earliest timer and runs it; false when none is left. */
	step(): boolean {
		let first: [number, { due: number; fn: () => void }] | undefined;
		for (const entry of this.#timers) if (!first || entry[1].due < first[1].due) first = entry;
		if (!first) return false;
		this.#timers.delete(first[0]);
		this.#now = first[1].due;
		first[1].fn();
		return true;
	}
}

export interface HeadlessOptions<M extends AnyStateMachine> {
	input: InputFrom<M>;
	/** The timed part's length, time multiplier applied: `time.up` comes then, as on the kiosk. */
	durationMs: number;
	skill: number;
	rngSeed: number;
}

/** Longest a headless run may take beyond its timed part before it is taken for a stuck bot. */
const UNTIMED_LIMIT_MS = 60 * 60_000;

/**
 * Plays a run of `machine` with `bot`, headless on a stepped clock, and returns the log the kiosk
 * would send: what the machine emits (stamped at the input's own time for taps), `stimulus.shown`
 * when a screen with a stimulus is painted (one or two frames after it changed), `time.up` at the
 * end of the timed part (then the machine's `time.up`), as `ExerciseRunner` and the recorder do.
 * Deterministic: the same input, skill and seed give the same log.
 */
export function playHeadless<M extends AnyStateMachine>(
	machine: M,
	bot: ExerciseBot<M>,
	options: HeadlessOptions<M>
): RunEvent[] {
	return playHeadlessUntil(machine, bot, options, () => false).events;
}

/**
 * The same, stopped at the first screen on which `stop` holds (or at the end): the log so far and
 * the machine's persisted snapshot there, as the kiosk stores it to resume after a reload.
 */
export function playHeadlessUntil<M extends AnyStateMachine>(
	machine: M,
	bot: ExerciseBot<M>,
	{ input, durationMs, skill, rngSeed }: HeadlessOptions<M>,
	stop: (snapshot: SnapshotFrom<M>) => boolean
): { events: RunEvent[]; persisted: unknown } {
	const clock = new StepClock();
	const rng = createRng(rngSeed);
	const person: BotPerson = { skill: Math.min(1, Math.max(0, skill)), rng };
	const log = new EventLogBuilder();
	const actor = createActor(machine as AnyStateMachine, { input, clock });
	actor.on('log', (e: LogEmitted) => void log.push(e.at ?? clock.now(), e.entry, e.data));

	let paint: number | undefined;
	let move: number | undefined;
	let showing: string | null = null;
	let timedPartStarted = false;
	const send = (event: EventFromLogic<M>) => actor.send(event);

	/** The screen is painted: its stimulus's onset is logged, then the person looks at it. */
	const painted = () => {
		paint = undefined;
		const snapshot = actor.getSnapshot() as SnapshotFrom<M>;
		const stimulus = bot.stimulus(snapshot);
		if (stimulus && stimulus.showing !== showing)
			log.push(clock.now(), 'stimulus.shown', { key: stimulus.key, method: 'element-timing' });
		showing = stimulus?.showing ?? null;
		const next = nextMove(bot, snapshot, person);
		if (next)
			move = clock.setTimeout(() => {
				move = undefined;
				send({ ...next.event, at: clock.now() } as unknown as EventFromLogic<M>);
			}, next.delayMs);
	};

	actor.subscribe((snapshot) => {
		clock.clearTimeout(move ?? -1);
		move = undefined;
		if (snapshot.status !== 'active') return;
		if (!timedPartStarted && phaseOf(snapshot) === 'epreuve') {
			timedPartStarted = true;
			clock.setTimeout(() => {
				if (phaseOf(actor.getSnapshot()) !== 'epreuve') return;
				log.push(clock.now(), 'time.up');
				send({ type: 'time.up' } as EventFromLogic<M>);
			}, durationMs);
		}
		// What the machine shows comes with the next frame or the one after.
		if (paint === undefined) paint = clock.setTimeout(painted, 8 + rng.next() * 26);
	});
	actor.start();
	const limit = durationMs + UNTIMED_LIMIT_MS;
	while (actor.getSnapshot().status === 'active' && !stop(actor.getSnapshot() as SnapshotFrom<M>)) {
		const state = JSON.stringify(actor.getSnapshot().value);
		if (!clock.step()) throw new Error(`${machine.id}: the bot is stuck in ${state}`);
		if (clock.now() > limit) throw new Error(`${machine.id}: the run never ends (${state})`);
	}
	const persisted = actor.getPersistedSnapshot();
	actor.stop();
	return { events: log.events, persisted };
}

/**
 * An exercise's `simulate` (`ExerciseServer`): its bot plays its machine headless on the form the
 * setup draws, for the person's time multiplier.
 */
export function simulateWith<C extends BaseConfig, P>(
	machine: AnyStateMachine,
	bot: ExerciseBot,
	prepare: (setup: RunSetup<C>) => P
): (setup: RunSetup<C>, options: { skill: number; rngSeed: number }) => RunEvent[] {
	return (setup, { skill, rngSeed }) =>
		playHeadless(machine, bot, {
			input: { config: setup.config, payload: prepare(setup) },
			durationMs: setup.config.durationSeconds * 1000 * (setup.timeMultiplier ?? 1),
			skill,
			rngSeed
		});
}
