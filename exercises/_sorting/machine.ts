import { assertEvent, assign, emit, setup } from 'xstate';
import type { BaseConfig, LogEmitted, Phase, RuntimeEvent } from '$lib/engine/contract';
import { phaseStarted } from '$lib/engine/phases';
import type { BinId, SortingPayload } from './types';

export interface SortingContext {
	payload: SortingPayload;
	practiceIndex: number;
	/** How many times practice has been done: 1, or 2 after the one allowed repeat. */
	practiceRounds: number;
	/** The last practice answer, shown as feedback. */
	feedback: { correct: boolean; ruleId: string; bin: BinId } | null;
	/** The test item on screen. */
	index: number;
}

export type SortingEvent =
	| { type: 'phase.next' }
	| { type: 'practice.repeat' }
	| { type: 'feedback.continue' }
	/** `at`: the input event's timeStamp (pointerdown). */
	| { type: 'item.place'; bin: BinId; at: number }
	| RuntimeEvent;

/**
 * The sorting machine: consigne → entrainement (practice items with feedback, repeatable once)
 * → epreuve (items one at a time until all are placed or time is up) → fin.
 * `id` is the exercise's id, so that each habileté keeps its own machine.
 */
export function createSortingMachine(id: string) {
	return setup({
		types: {} as {
			context: SortingContext;
			events: SortingEvent;
			input: { config: BaseConfig; payload: SortingPayload };
			emitted: LogEmitted;
			output: { placed: number };
		},
		guards: {
			morePractice: ({ context }) => context.practiceIndex + 1 < context.payload.practice.length,
			canRepeatPractice: ({ context }) => context.practiceRounds < 2,
			moreItems: ({ context }) => context.index + 1 < context.payload.items.length
		},
		actions: {
			logPhase: emit((_, params: { phase: Phase }) => phaseStarted(params.phase)),
			answerPractice: assign({
				feedback: ({ context, event }) => {
					assertEvent(event, 'item.place');
					const expected = context.payload.practice[context.practiceIndex]!;
					return {
						correct: event.bin === expected.bin,
						ruleId: expected.ruleId,
						bin: expected.bin
					};
				}
			}),
			logPractice: emit(({ context, event }) => {
				assertEvent(event, 'item.place');
				const expected = context.payload.practice[context.practiceIndex]!;
				return {
					type: 'log' as const,
					entry: 'practice.placed',
					data: { item: expected.item.key, bin: event.bin, correct: event.bin === expected.bin },
					at: event.at
				};
			}),
			nextPractice: assign({
				practiceIndex: ({ context }) => context.practiceIndex + 1,
				feedback: null
			}),
			restartPractice: assign({
				practiceIndex: 0,
				feedback: null,
				practiceRounds: ({ context }) => context.practiceRounds + 1
			}),
			logRepeat: emit(({ context }) => ({
				type: 'log' as const,
				entry: 'practice.repeated',
				data: { round: context.practiceRounds }
			})),
			logPresented: emit(({ context }) => ({
				type: 'log' as const,
				entry: 'item.presented',
				data: { item: context.payload.items[context.index]!.key, index: context.index }
			})),
			logPlaced: emit(({ context, event }) => {
				assertEvent(event, 'item.place');
				return {
					type: 'log' as const,
					entry: 'item.placed',
					data: { item: context.payload.items[context.index]!.key, bin: event.bin },
					at: event.at
				};
			}),
			nextItem: assign({ index: ({ context }) => context.index + 1 })
		}
	}).createMachine({
		id,
		context: ({ input }) => ({
			payload: input.payload,
			practiceIndex: 0,
			practiceRounds: 1,
			feedback: null,
			index: 0
		}),
		initial: 'consigne',
		states: {
			consigne: {
				entry: { type: 'logPhase', params: { phase: 'consigne' } },
				on: { 'phase.next': 'entrainement' }
			},
			entrainement: {
				entry: { type: 'logPhase', params: { phase: 'entrainement' } },
				initial: 'item',
				states: {
					item: {
						on: {
							'item.place': { target: 'feedback', actions: ['logPractice', 'answerPractice'] },
							'run.resumed': { target: 'item', reenter: true }
						}
					},
					feedback: {
						on: {
							'feedback.continue': [
								{ guard: 'morePractice', target: 'item', actions: 'nextPractice' },
								{ target: 'done' }
							]
						}
					},
					done: {
						on: {
							'practice.repeat': {
								guard: 'canRepeatPractice',
								target: 'item',
								actions: ['restartPractice', 'logRepeat']
							},
							'phase.next': '#' + id + '.epreuve'
						}
					}
				}
			},
			epreuve: {
				entry: { type: 'logPhase', params: { phase: 'epreuve' } },
				initial: 'item',
				on: { 'time.up': 'fin' },
				states: {
					item: {
						entry: 'logPresented',
						on: {
							'item.place': [
								{
									guard: 'moreItems',
									target: 'item',
									reenter: true,
									actions: ['logPlaced', 'nextItem']
								},
								{ target: '#' + id + '.fin', actions: ['logPlaced', 'nextItem'] }
							],
							'run.resumed': { target: 'item', reenter: true }
						}
					}
				}
			},
			fin: {
				type: 'final',
				entry: { type: 'logPhase', params: { phase: 'fin' } }
			}
		},
		output: ({ context }) => ({ placed: context.index })
	});
}

export type SortingMachine = ReturnType<typeof createSortingMachine>;
