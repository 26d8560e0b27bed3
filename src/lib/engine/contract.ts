/**
 * The exercise contract: what every folder in `exercises/` exports, and the event log the
 * kiosk and the server share. This module is safe for the kiosk bundle: nothing here reveals
 * a correct answer. See `exercises/README.md` for how to add an exercise.
 */
import type { Component } from 'svelte';
import type { Action } from 'svelte/action';
import type { AnyStateMachine, EventFromLogic, SnapshotFrom } from 'xstate';
import type { HabileteId } from '$lib/domain/habiletes';
import type { Locale } from '$lib/domain/records';
import type { KioskTranslate } from '$lib/i18n/kiosk';
import type { ExerciseBot } from './bot';
import type { ExerciseSchemas } from './contract.schema';

/** A kiosk text's key: what an exercise's view may ask `kiosk.t` for. */
export type { KioskMessageKey } from '$lib/i18n/kiosk';

/** A text of an exercise's content, in every language the kiosk offers. */
export interface ContentText {
	fr: string;
	en: string;
}

/** A content text in the kiosk's language. */
export function localize(text: ContentText, locale: Locale): string {
	return text[locale];
}

/** Job families an exercise's content can be themed on. */
export const THEMES = [
	'logistique',
	'soin',
	'restauration',
	'commerce',
	'proprete',
	'industrie'
] as const;
export type Theme = (typeof THEMES)[number];

/** The four phases of every exercise, in order: the phased skeleton's top-level states. */
export const PHASES = ['consigne', 'entrainement', 'epreuve', 'fin'] as const;
export type Phase = (typeof PHASES)[number];

/** Fields every exercise configuration has; each exercise adds its own and its defaults. */
export type BaseConfig = {
	theme: Theme;
	difficulty: number;
	durationSeconds: number;
	itemCount: number;
};

/** What a run is prepared from: the campaign's config and a seed drawn once for the run. */
export interface RunSetup<C extends BaseConfig = BaseConfig> {
	config: C;
	/**
	 * Chooses the run's form: the same config, seed and form version always give the same items;
	 * another seed gives other items, parallel to these (as many of each kind, as hard for the same
	 * person: `src/lib/engine/testing/parallel-forms.ts` checks it for every exercise). A retest
	 * takes a new seed to get a different, parallel form.
	 */
	seed: number;
	/**
	 * The form rule the run was created with (`ExerciseServer.formVersion`), so that a run keeps
	 * its items when an exercise changes how it draws forms; left out, the current rule.
	 */
	formVersion?: number;
	/**
	 * The person's time multiplier (an accommodation), 1 when left out. The timed part lasts
	 * duration × multiplier; an exercise whose pace is imposed (a conveyor) slows down by it.
	 */
	timeMultiplier?: number;
}

/** What bounds a run's log: its config and the person's time multiplier (no seed needed). */
export type RunBounds<C extends BaseConfig = BaseConfig> = Pick<
	RunSetup<C>,
	'config' | 'timeMultiplier'
>;

/** One entry of a run's event log. */
export interface RunEvent {
	/** Contiguous from 0 within the run. */
	seq: number;
	/** Milliseconds since the run started, on the kiosk's performance.now() clock. */
	t: number;
	/** Dotted lowercase name, e.g. `item.placed`. */
	type: string;
	data: Record<string, unknown>;
}

export const EVENT_TYPE_PATTERN = /^[a-z]+(?:[.-][a-z]+)+$/;

/**
 * What a machine emits (XState `emit`) to have an entry logged. The runtime assigns `seq` and
 * `t`: from `at` when given (an input event's `timeStamp`: a tap counts at its pointerdown),
 * otherwise from the moment the entry is emitted.
 */
export interface LogEmitted {
	type: 'log';
	entry: string;
	data: Record<string, unknown>;
	at?: number;
}

/** Events the runtime sends to every exercise machine. */
export type RuntimeEvent =
	| { type: 'time.up' }
	/** After a reload or a pause: re-enter the current item (re-show it, restart its timers). */
	| { type: 'run.resumed' };

/** One item or trial of a run, as item analysis reads it. */
export interface ScoredItem {
	/** Where it was in the run (`i0`, `t12`): differs in content from one form to another. */
	key: string;
	/**
	 * What the item is, the same on every form: items with the same content id are
	 * interchangeable (e.g. the rule that decides a sorting item). Item analysis groups by it,
	 * since each person sees different content at each position. Left out: the key is the content.
	 */
	content?: string;
	score: number;
	max: number;
	rt?: number;
	/**
	 * `false` for an item the time ran out before the person reached (or answered, if it was the
	 * last on screen): it counts 0 in the total but is missing, not wrong, for reliability.
	 */
	reached?: boolean;
}

/** The score of one run, always derived from its event log on the server. */
export interface ScoreResult {
	raw: number;
	max: number;
	/**
	 * Named subscores, e.g. `{ base: 20, exceptions: 6 }` or `{ dprime: 2.1 }`; `null` where the
	 * value is undefined for this run (no defect reached, no response to time), never 0.
	 */
	subscores: Record<string, number | null>;
	/** One entry per scored item or trial, in presentation order (for item analysis). */
	items: ScoredItem[];
	/** Anything the adviser should know: `no-response`, `late-events-ignored`, … */
	flags: string[];
}

/**
 * Entries any run may log besides its test items: phases, practice (repeated), focus and
 * visibility changes, reloads and pauses.
 */
export const RUN_EVENT_ALLOWANCE = 1000;
/** Entries per minute of timed part on top of that: inactivity prompts and answers, pauses. */
export const EVENT_ALLOWANCE_PER_MINUTE = 10;

/**
 * The bound most exercises declare as `maxEvents`: `RUN_EVENT_ALLOWANCE`, `perItem` entries for
 * each test item (presented, shown, answered, again after a resume, repeated taps), and
 * `EVENT_ALLOWANCE_PER_MINUTE` for each minute of the timed part (time multiplier applied).
 * Real runs log 3 or so entries an item: `perItem` is set well above what a person can produce.
 */
export function eventBound(setup: RunBounds, perItem: number): number {
	const minutes = Math.ceil((setup.config.durationSeconds * (setup.timeMultiplier ?? 1)) / 60);
	return (
		RUN_EVENT_ALLOWANCE + perItem * setup.config.itemCount + EVENT_ALLOWANCE_PER_MINUTE * minutes
	);
}

/** Tools the kiosk gives every exercise view. */
export interface KioskTools {
	/**
	 * Marks a stimulus: its onset is logged when the frame showing it is presented. Put it on the
	 * element that directly contains the stimulus's text (Element Timing reports text nodes of the
	 * marked element, and images). Each stimulus needs a new element (`{#key}`): Element Timing
	 * reports an element once, so reusing one would fall back to the frame estimate.
	 */
	stimulus: Action<HTMLElement, string>;
	/**
	 * Calls back with the input's own timestamp at pointerdown (and at click for keyboard
	 * activation). A finger's release is cancelled: no mouse events nor click follow a tap.
	 */
	tap: Action<HTMLElement, (at: number) => void>;
	/**
	 * A response that can be taken back (WCAG 2.5.2): counts at its pointerdown's timestamp, only
	 * once the finger lifts on the control (a slip off it commits nothing). For a choice to confirm.
	 */
	press: Action<HTMLElement, (at: number) => void>;
	/** Reads a text aloud (when spoken instructions are on). */
	speak: (text: string) => void;
	/** Remaining time of the timed part in ms, or null outside it. */
	remainingMs: () => number | null;
	/** The kiosk's language and its translator for the shared kiosk texts. */
	locale: Locale;
	t: KioskTranslate;
}

export interface ExerciseViewProps<M extends AnyStateMachine> {
	snapshot: SnapshotFrom<M>;
	send: (event: EventFromLogic<M>) => void;
	kiosk: KioskTools;
}

/**
 * The client-side definition every exercise folder exports from its `index.ts`. The
 * server-side part (schemas, item generation with answers, scoring, the bot) lives in
 * `exercise.server.ts` and never reaches the kiosk.
 */
export interface ExerciseDefinition<M extends AnyStateMachine = AnyStateMachine> {
	id: string;
	/** Bump when scoring or content changes: stored with every score. */
	version: number;
	habilete: HabileteId;
	/** Plain French. */
	title: string;
	/** One plain-French sentence: what is measured. */
	measures: string;
	/**
	 * `items`: a fixed set of items, reliability is Cronbach's α; `trials`: timed trials whose
	 * number varies between people, reliability is the split-half of the trials.
	 */
	scoredBy: 'items' | 'trials';
	/** Input: `{ config, payload }`; built on the phased skeleton (`phased-machine.ts`). */
	machine: M;
	/** The view, loaded on demand so that the kiosk downloads only the exercises it runs. */
	loadView: () => Promise<{ default: Component<ExerciseViewProps<M>> }>;
}

/**
 * The server-side half of an exercise: its schemas (`config.schema.ts`, zod stays out of the
 * kiosk), item generation with answers, scoring and simulation.
 */
/** A text for the staff, in both staff languages. */
export interface StaffText {
	fr: string;
	en: string;
}

/**
 * One subscore an exercise's scorer stores (`ScoreResult.subscores[key]`), as the adviser's pages
 * show it: its label, how its value reads, and, for a count, the subscore it is out of.
 */
export interface SubscoreSpec {
	key: string;
	label: StaffText;
	/** `count`: a whole number (of `outOf` when given); `decimal`: two decimals; `ms`: a time. */
	format: 'count' | 'decimal' | 'ms';
	outOf?: string;
	/**
	 * A plain count anyone reads ("Défauts repérés"): the candidate's feedback sheet shows it, and
	 * the employer's profile when the adviser shares the scores. Model parameters (d′, a criterion,
	 * a decline, a reaction time) stay on the adviser's pages, where they can be read with care.
	 */
	plain?: boolean;
}

/**
 * One setting of an exercise the adviser chooses in the battery form, beyond the theme, the
 * difficulty and the duration every exercise has: a whole number in [min, max] stored under
 * `key` in the exercise's config (its default is the config schema's).
 */
export interface SettingSpec {
	key: string;
	label: StaffText;
	min: number;
	max: number;
}

export interface ExerciseServer<
	C extends BaseConfig = BaseConfig,
	P = unknown
> extends ExerciseSchemas<C, P> {
	/**
	 * The current rule by which forms are drawn from a seed: bumped (with the exercise's
	 * `version`) when the same seed would give other items, and kept with each run.
	 */
	formVersion: number;
	/** Builds the kiosk payload from the config and seed (deterministic). */
	prepare: (setup: RunSetup<C>) => P;
	/**
	 * What in the payload could give an answer away: the timed part's items as the kiosk gets
	 * them, and the names of the fields that hold an answer on the server's side. The conformance
	 * suite (`exercises/contract.test.ts`) checks that no such field reaches the kiosk's test items
	 * (practice items may carry theirs: practice gives feedback).
	 */
	answerPaths: { testItems: (payload: P) => readonly unknown[]; fields: readonly string[] };
	/** Pure and deterministic: the score from the events received before the deadline. */
	score: (setup: RunSetup<C>, events: RunEvent[]) => ScoreResult;
	/**
	 * The most entries a run may log: a plausible maximum with room to spare, declared by the
	 * exercise from its config (usually `eventBound`). The server refuses (413) a batch that would
	 * store more, so that a faulty or tampered kiosk cannot fill the database.
	 */
	maxEvents: (setup: RunBounds<C>) => number;
	/**
	 * The exercise's bot: what a person of a given skill does on each screen of its machine
	 * (`$lib/engine/bot`). It plays the machine headless (`simulate`) and the real kiosk in the
	 * journeys and benches (`tests/e2e/player.ts`).
	 */
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each exercise's own machine
	bot: ExerciseBot<any>;
	/**
	 * The bot's run on the form `setup` draws, played headless on the real machine
	 * (`simulateWith`): the events a person of the given skill (0 = random, 1 = perfect) would
	 * produce. `rngSeed` makes it repeatable.
	 */
	simulate: (setup: RunSetup<C>, options: { skill: number; rngSeed: number }) => RunEvent[];
	/**
	 * The subscores the adviser sees beside the score, in the order shown (the conformance suite
	 * checks the scorer stores each of them). Subscores not listed are kept, not shown.
	 */
	subscores: readonly SubscoreSpec[];
	/** Its own settings in the battery form (none: the theme, difficulty and duration only). */
	settings: readonly SettingSpec[];
	/**
	 * Its place in the demo battery (`npm start`'s demo data): the settings it is played with and
	 * whether its threshold is eliminatory. Absent: the demo battery leaves it out.
	 */
	demo?: { config: Partial<C>; eliminatory: boolean };
}
