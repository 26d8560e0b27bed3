import { assertEvent, assign, emit, setup } from 'xstate';
import type { BaseConfig, LogEmitted, RuntimeEvent } from '$lib/engine/contract';
import {
	createPhasedMachine,
	type PhasedContext,
	type PhasedEvent
} from '$lib/engine/phased-machine';
import type { BinId, SortingPayload } from './types';

export interface SortingContext extends PhasedContext {
	payload: SortingPayload;
	practiceIndex: number;
	/** The last practice answer, shown as feedback. */
	feedback: { correct: boolean; ruleId: string; bin: BinId } | null;
	/** The test item on screen. */
	itemIndex: number;
}

export type SortingEvent =
	| PhasedEvent
	| { type: 'feedback.continue' }
	/** `at`: the input event's timeStamp (pointerdown). */
	| { type: 'item.place'; bin: BinId; at: number }
	| RuntimeEvent;

export interface SortingInput {
	config: BaseConfig;
	payload: SortingPayload;
}

/**
 * The sorting machine, on the phased skeleton: practice items one at a time with feedback, then
 * test items one at a time until all are placed or time is up. `id` is the exercise's id, so
 * that each habileté keeps its own machine.
 */
export function createSortingMachine(id: string) {
	const sorting = setup({
		types: {} as {
			context: SortingContext;
			events: SortingEvent;
			input: SortingInput;
			emitted: LogEmitted;
			output: { placed: number };
		},
		guards: {
			morePractice: ({ context }) => context.practiceIndex + 1 < context.payload.practice.length,
			moreItems: ({ context }) => context.itemIndex + 1 < context.payload.items.length
		},
		actions: {
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
			resetPractice: assign({ practiceIndex: 0, feedback: null }),
			logPresented: emit(({ context }) => ({
				type: 'log' as const,
				entry: 'item.presented',
				data: { item: context.payload.items[context.itemIndex]!.key, index: context.itemIndex }
			})),
			logPlaced: emit(({ context, event }) => {
				assertEvent(event, 'item.place');
				return {
					type: 'log' as const,
					entry: 'item.placed',
					data: { item: context.payload.items[context.itemIndex]!.key, bin: event.bin },
					at: event.at
				};
			}),
			nextItem: assign({ itemIndex: ({ context }) => context.itemIndex + 1 })
		}
	});
	return createPhasedMachine(sorting, {
		id,
		context: (input: SortingInput) => ({
			payload: input.payload,
			practiceIndex: 0,
			feedback: null,
			itemIndex: 0
		}),
		practice: {
			restart: ['resetPractice'],
			states: {
				item: {
					on: {
						'item.place': { target: 'feedback', actions: ['logPractice', 'answerPractice'] }
					}
				},
				feedback: {
					on: {
						'feedback.continue': [
							{ guard: 'morePractice', target: 'item', actions: 'nextPractice' },
							{ target: 'done' }
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
						'item.place': [
							{
								guard: 'moreItems',
								target: 'item',
								reenter: true,
								actions: ['logPlaced', 'nextItem']
							},
							{ target: 'done', actions: ['logPlaced', 'nextItem'] }
						]
					}
				}
			}
		},
		output: ({ context }: { context: SortingContext }) => ({ placed: context.itemIndex })
	});
}

export type SortingMachine = ReturnType<typeof createSortingMachine>;
