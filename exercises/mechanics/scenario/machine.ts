import { assertEvent, assign, emit, enqueueActions, setup } from 'xstate';
import type { BaseConfig, LogEmitted, RuntimeEvent } from '$lib/engine/contract';
import {
	createPhasedMachine,
	type PhasedContext,
	type PhasedEvent
} from '$lib/engine/phased-machine';
import type { ScenarioPayload, Turn } from './types';

export interface ScenarioContext extends PhasedContext {
	payload: ScenarioPayload;
	practiceIndex: number;
	/** The reply tapped on this turn, not confirmed yet. */
	chosen: string | null;
	/** The last practice answer, shown as feedback. */
	feedback: { correct: boolean } | null;
	/** The scene on screen (a test item). */
	itemIndex: number;
	/** Its turn on screen. */
	turnId: string;
}

export type ScenarioEvent =
	| PhasedEvent
	/** Tapping a reply reads it aloud and selects it; nothing is answered yet. */
	| { type: 'reply.choose'; reply: string }
	/** `at`: the confirming press's own timestamp (pointerdown, once released on the button). */
	| { type: 'reply.confirm'; at: number }
	| { type: 'feedback.continue' }
	| RuntimeEvent;

export interface ScenarioInput {
	config: BaseConfig;
	payload: ScenarioPayload;
}

/** The turn on screen in the timed part. */
export function currentTurn(context: ScenarioContext): Turn {
	const scenario = context.payload.scenarios[context.itemIndex]!;
	return scenario.turns.find((t) => t.id === context.turnId)!;
}

/**
 * The scenario machine, on the phased skeleton: practice turns one at a time with feedback, then
 * the scenes one after the other, turn by turn along the replies chosen, until all are done or
 * time is up. `id` is the exercise's id, so that each habileté keeps its own machine.
 */
export function createScenarioMachine(id: string) {
	const scenario = setup({
		types: {} as {
			context: ScenarioContext;
			events: ScenarioEvent;
			input: ScenarioInput;
			emitted: LogEmitted;
			output: { scenes: number };
		},
		guards: {
			chosen: ({ context }) => context.chosen !== null,
			offered: ({ context, event }) => {
				assertEvent(event, 'reply.choose');
				const replies = context.payload.practice[context.practiceIndex]!.replies;
				return replies.some((r) => r.id === event.reply);
			},
			offeredInScene: ({ context, event }) => {
				assertEvent(event, 'reply.choose');
				return currentTurn(context).replies.some((r) => r.id === event.reply);
			},
			morePractice: ({ context }) => context.practiceIndex + 1 < context.payload.practice.length,
			sceneGoesOn: ({ context }) =>
				currentTurn(context).replies.find((r) => r.id === context.chosen)?.next != null,
			moreScenes: ({ context }) =>
				context.chosen !== null && context.itemIndex + 1 < context.payload.scenarios.length
		},
		actions: {
			choose: assign({
				chosen: ({ event }) => {
					assertEvent(event, 'reply.choose');
					return event.reply;
				}
			}),
			logChosen: emit(({ context, event }) => {
				assertEvent(event, 'reply.choose');
				return {
					type: 'log' as const,
					entry: 'reply.chosen',
					data: {
						item: context.payload.scenarios[context.itemIndex]!.key,
						turn: context.turnId,
						reply: event.reply
					}
				};
			}),
			answerPractice: enqueueActions(({ context, event, enqueue }) => {
				assertEvent(event, 'reply.confirm');
				const turn = context.payload.practice[context.practiceIndex]!;
				const correct = context.chosen === turn.best;
				enqueue.emit({
					type: 'log',
					entry: 'practice.answered',
					data: { item: turn.key, reply: context.chosen!, correct },
					at: event.at
				});
				enqueue.assign({ feedback: { correct } });
			}),
			nextPractice: assign({
				practiceIndex: ({ context }) => context.practiceIndex + 1,
				chosen: null,
				feedback: null
			}),
			resetPractice: assign({ practiceIndex: 0, chosen: null, feedback: null }),
			/** Practice over: the timed part opens with no reply chosen. */
			endPractice: assign({ chosen: null, feedback: null }),
			/** On showing a turn: the scene's start when it is its first, then the turn. */
			logPresented: enqueueActions(({ context, enqueue }) => {
				const scene = context.payload.scenarios[context.itemIndex]!;
				if (context.turnId === scene.start)
					enqueue.emit({
						type: 'log',
						entry: 'item.presented',
						data: { item: scene.key, index: context.itemIndex }
					});
				enqueue.emit({
					type: 'log',
					entry: 'turn.presented',
					data: { item: scene.key, turn: context.turnId }
				});
			}),
			logAnswered: emit(({ context, event }) => {
				assertEvent(event, 'reply.confirm');
				return {
					type: 'log' as const,
					entry: 'turn.answered',
					data: {
						item: context.payload.scenarios[context.itemIndex]!.key,
						turn: context.turnId,
						reply: context.chosen!
					},
					at: event.at
				};
			}),
			nextTurn: assign({
				turnId: ({ context }) =>
					currentTurn(context).replies.find((r) => r.id === context.chosen)!.next!,
				chosen: null
			}),
			nextScene: assign(({ context }) => {
				const next = context.payload.scenarios[context.itemIndex + 1];
				return {
					itemIndex: context.itemIndex + 1,
					turnId: next?.start ?? context.turnId,
					chosen: null
				};
			})
		}
	});
	return createPhasedMachine(scenario, {
		id,
		context: (input: ScenarioInput) => ({
			payload: input.payload,
			practiceIndex: 0,
			chosen: null,
			feedback: null,
			itemIndex: 0,
			turnId: input.payload.scenarios[0]!.start
		}),
		practice: {
			restart: ['resetPractice'],
			states: {
				item: {
					on: {
						'reply.choose': { guard: 'offered', actions: 'choose' },
						'reply.confirm': { guard: 'chosen', target: 'feedback', actions: 'answerPractice' }
					}
				},
				feedback: {
					on: {
						'feedback.continue': [
							{ guard: 'morePractice', target: 'item', actions: 'nextPractice' },
							{ target: 'done', actions: 'endPractice' }
						]
					}
				}
			}
		},
		epreuve: {
			states: {
				item: {
					entry: 'logPresented',
					on: {
						'reply.choose': { guard: 'offeredInScene', actions: ['choose', 'logChosen'] },
						'reply.confirm': [
							{
								guard: 'sceneGoesOn',
								target: 'item',
								reenter: true,
								actions: ['logAnswered', 'nextTurn']
							},
							{
								guard: 'moreScenes',
								target: 'item',
								reenter: true,
								actions: ['logAnswered', 'nextScene']
							},
							{ guard: 'chosen', target: 'done', actions: ['logAnswered', 'nextScene'] }
						]
					}
				}
			}
		},
		output: ({ context }: { context: ScenarioContext }) => ({ scenes: context.itemIndex })
	});
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
