/**
 * The skeleton every exercise machine is built on. It owns the protocol that is the same for all
 * exercises: consigne → entrainement (the exercise's practice items, then an end-of-practice
 * screen from which practice can be repeated once) → epreuve (the exercise's timed items, ended by
 * `time.up` or by the exercise) → fin; the `phase.started` and `practice.repeated` log entries;
 * re-entering the current item on `run.resumed`. An exercise gives only its context, its practice
 * and épreuve states, its actions and guards (in its own `setup`).
 *
 * Within `practice` and `epreuve`, the exercise's states end their phase by targeting `'done'`:
 * in practice, the end-of-practice screen; in the épreuve, the end of the run.
 */
import {
	assign,
	emit,
	type AnyStateMachine,
	type SetupReturn,
	type StateMachine,
	type StateValue
} from 'xstate';
import { PHASES, type LogEmitted, type Phase, type RunEvent } from './contract';

/** Practice is done once, and can be repeated once. */
export const MAX_PRACTICE_ROUNDS = 2;

/** What the skeleton keeps in every exercise's context. */
export interface PhasedContext {
	/** 1 for the first practice, 2 once repeated. */
	practiceRound: number;
}

/** The events the skeleton itself handles (the runtime's `time.up` and `run.resumed` aside). */
export type PhasedEvent = { type: 'phase.next' } | { type: 'practice.repeat' };

/** The entry every run logs on entering each phase. */
export function phaseStarted(phase: Phase): LogEmitted {
	return { type: 'log', entry: 'phase.started', data: { phase } };
}

/** Whether a logged event is the start of `phase`: how the server reads the phases of a log. */
export function startsPhase(event: Pick<RunEvent, 'type' | 'data'>, phase: Phase): boolean {
	return event.type === 'phase.started' && event.data.phase === phase;
}

/** The phase a machine's snapshot is in: its top-level state. */
export function phaseOf(snapshot: { value: StateValue }): Phase {
	const top = typeof snapshot.value === 'string' ? snapshot.value : Object.keys(snapshot.value)[0];
	const phase = PHASES.find((p) => p === top);
	if (!phase) throw new Error(`"${String(top)}" is not a phase of an exercise machine`);
	return phase;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any setup(...) of any exercise
type AnySetup = { createMachine: (config: any) => AnyStateMachine };

/** The state values of every exercise machine: a phase, and within two of them a state. */
export type PhasedStateValue = 'consigne' | 'fin' | { entrainement: string } | { epreuve: string };

/**
 * The machine built from an exercise's setup: its context, events, input, output and emitted
 * entries as it declared them, and the skeleton's state values.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the setup's own parameters, carried over */
export type PhasedMachine<S> =
	S extends SetupReturn<
		infer C,
		infer E,
		any,
		any,
		any,
		any,
		infer D,
		infer T,
		infer I,
		infer O,
		infer X,
		infer M,
		any
	>
		? StateMachine<C, E, any, any, any, any, D, PhasedStateValue, T, I, O, X, M, any>
		: never;
/* eslint-enable @typescript-eslint/no-explicit-any */
type ConfigOf<S extends AnySetup> = Parameters<S['createMachine']>[0];
type StatesOf<S extends AnySetup> = NonNullable<
	ConfigOf<S> extends { states?: infer T } ? T : never
>;

export interface PhaseStates<S extends AnySetup> {
	/** The first state of the phase; `'item'` when left out. */
	initial?: string;
	/** The exercise's states for the phase; `done` is the skeleton's. */
	states: StatesOf<S>;
}

export interface PhasedSpec<S extends AnySetup, Input, Context extends PhasedContext> {
	/** The exercise's id: each habileté keeps its own machine. */
	id: string;
	/** The exercise's own context; the skeleton adds `practiceRound`. */
	context: (input: Input) => Omit<Context, keyof PhasedContext>;
	practice: PhaseStates<S> & {
		/** The exercise's actions (names in its `setup`) that start practice again from its first item. */
		restart: string[];
	};
	epreuve: PhaseStates<S>;
	/** What the machine outputs when it reaches `fin` (tests read it; the score comes from the log). */
	output?: (args: { context: Context }) => unknown;
}

const logPhase = (phase: Phase) => emit(() => phaseStarted(phase));

/**
 * Adds the re-entry on `run.resumed` to every state that waits (not to those that only pass
 * through with `always`, nor to those with their own handler).
 */
function resumable(states: Record<string, Record<string, unknown>>) {
	return Object.fromEntries(
		Object.entries(states).map(([name, state]) => {
			const on = (state.on ?? {}) as Record<string, unknown>;
			if (state.always || state.type === 'final' || 'run.resumed' in on) return [name, state];
			return [name, { ...state, on: { ...on, 'run.resumed': { target: name, reenter: true } } }];
		})
	);
}

/**
 * Builds an exercise's machine from its `setup(...)` (types, actions, guards, delays) and the
 * states of its two phases. The input is `{ config, payload }`.
 */
export function createPhasedMachine<
	S extends AnySetup,
	Input,
	Context extends PhasedContext = PhasedContext
>(machineSetup: S, spec: PhasedSpec<S, Input, Context>): PhasedMachine<S> {
	const practiceStart = spec.practice.initial ?? 'item';
	const practiceStates = spec.practice.states as Record<string, Record<string, unknown>>;
	const epreuveStates = spec.epreuve.states as Record<string, Record<string, unknown>>;
	for (const states of [practiceStates, epreuveStates])
		if ('done' in states) throw new Error(`${spec.id}: "done" is the skeleton's state`);
	const config = {
		id: spec.id,
		context: ({ input }: { input: Input }) => ({ ...spec.context(input), practiceRound: 1 }),
		initial: 'consigne',
		states: {
			consigne: {
				entry: logPhase('consigne'),
				on: { 'phase.next': 'entrainement' }
			},
			entrainement: {
				entry: logPhase('entrainement'),
				initial: practiceStart,
				states: {
					...resumable(practiceStates),
					/** The end-of-practice screen: repeat once, or start the épreuve. */
					done: {
						on: {
							'practice.repeat': {
								guard: ({ context }: { context: PhasedContext }) =>
									context.practiceRound < MAX_PRACTICE_ROUNDS,
								target: practiceStart,
								actions: [
									assign({
										practiceRound: ({ context }: { context: PhasedContext }) =>
											context.practiceRound + 1
									}),
									...spec.practice.restart,
									emit(({ context }: { context: PhasedContext }) => ({
										type: 'log' as const,
										entry: 'practice.repeated',
										data: { round: context.practiceRound }
									}))
								]
							},
							'phase.next': `#${spec.id}.epreuve`
						}
					}
				}
			},
			epreuve: {
				entry: logPhase('epreuve'),
				initial: spec.epreuve.initial ?? 'item',
				on: { 'time.up': 'fin' },
				states: { ...resumable(epreuveStates), done: { type: 'final' } },
				onDone: 'fin'
			},
			fin: { type: 'final', entry: logPhase('fin') }
		},
		...(spec.output ? { output: spec.output } : {})
	};
	// The config is assembled from typed parts (the exercise's states are checked against its
	// setup by `PhaseStates`); XState's config type cannot follow the spread, hence the cast.
	return machineSetup.createMachine(config) as PhasedMachine<S>;
}
