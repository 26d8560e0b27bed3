/**
 * The attention exercise: products pass under the inspection light one at a time; the person
 * taps "Rejeter" on defective ones. Pacing is done with named `after` delays; every log entry
 * is emitted (`LogEmitted`) for the runtime to stamp and store.
 */
import { assertEvent, assign, emit, setup } from 'xstate';
import type { LogEmitted, RuntimeEvent } from '$lib/engine/contract';
import {
	createPhasedMachine,
	type PhasedContext,
	type PhasedEvent
} from '$lib/engine/phased-machine';
import type {
	AttentionConfig,
	AttentionItem,
	AttentionPayload,
	PracticeItem
} from './config.schema';
import { levelFor, type AttentionTheme } from './content';

export interface AttentionInput {
	config: AttentionConfig;
	payload: AttentionPayload;
}

/** What the practice feedback is about: a caught defect, a missed one, or a good product rejected. */
export interface PracticeFeedback {
	kind: 'hit' | 'miss' | 'false-alarm';
	/** The defect id, null for a good product. */
	defect: string | null;
}

export interface AttentionContext extends PhasedContext {
	theme: AttentionTheme;
	durationSeconds: number;
	practice: PracticeItem[];
	items: AttentionItem[];
	itemMs: number;
	practiceItemMs: number;
	practiceIndex: number;
	feedback: PracticeFeedback | null;
	itemIndex: number;
	/** Counts every presentation, re-presentations included: the view redraws on each. */
	presentation: number;
	/** The item on screen was tapped: the view drops it in the reject bin. */
	rejected: boolean;
	rejections: number;
}

export type AttentionEvent =
	PhasedEvent | { type: 'item.reject'; at: number } | { type: 'feedback.continue' } | RuntimeEvent;

export interface AttentionOutput {
	itemsShown: number;
	rejections: number;
}

const currentPractice = (context: AttentionContext): PracticeItem => {
	const item = context.practice[context.practiceIndex];
	if (!item) throw new Error(`no practice item at ${context.practiceIndex}`);
	return item;
};

const currentItem = (context: AttentionContext): AttentionItem => {
	const item = context.items[context.itemIndex];
	if (!item) throw new Error(`no test item at ${context.itemIndex}`);
	return item;
};

const log = (entry: string, data: Record<string, unknown>, at?: number): LogEmitted =>
	at === undefined ? { type: 'log', entry, data } : { type: 'log', entry, data, at };

const attention = setup({
	types: {
		input: {} as AttentionInput,
		context: {} as AttentionContext,
		events: {} as AttentionEvent,
		emitted: {} as LogEmitted,
		output: {} as AttentionOutput
	},
	delays: {
		itemInterval: ({ context }) => context.itemMs,
		practiceInterval: ({ context }) => context.practiceItemMs
	},
	guards: {
		practiceItemIsDefect: ({ context }) => currentPractice(context).defect !== null,
		hasNextPracticeItem: ({ context }) => context.practiceIndex + 1 < context.practice.length,
		hasNextItem: ({ context }) => context.itemIndex + 1 < context.items.length
	},
	actions: {
		present: assign({
			rejected: false,
			presentation: ({ context }) => context.presentation + 1
		}),
		nextPracticeItem: assign({ practiceIndex: ({ context }) => context.practiceIndex + 1 }),
		resetPractice: assign({ practiceIndex: 0 }),
		clearFeedback: assign({ feedback: null }),
		giveRejectFeedback: assign({
			feedback: ({ context }): PracticeFeedback => {
				const { defect } = currentPractice(context);
				return { kind: defect === null ? 'false-alarm' : 'hit', defect };
			}
		}),
		giveMissFeedback: assign({
			feedback: ({ context }): PracticeFeedback => ({
				kind: 'miss',
				defect: currentPractice(context).defect
			})
		}),
		logPracticeReject: emit(({ context, event }) => {
			assertEvent(event, 'item.reject');
			const item = currentPractice(context);
			return log(
				'practice.answered',
				{ item: item.key, rejected: true, correct: item.defect !== null },
				event.at
			);
		}),
		logPracticePass: emit(({ context }) => {
			const item = currentPractice(context);
			return log('practice.answered', {
				item: item.key,
				rejected: false,
				correct: item.defect === null
			});
		}),
		nextItem: assign({ itemIndex: ({ context }) => context.itemIndex + 1 }),
		showRejected: assign({ rejected: true }),
		countRejection: assign({ rejections: ({ context }) => context.rejections + 1 }),
		logPresented: emit(({ context }) =>
			log('item.presented', { item: currentItem(context).key, index: context.itemIndex })
		),
		logRejected: emit(({ context, event }) => {
			assertEvent(event, 'item.reject');
			return log('item.rejected', { item: currentItem(context).key }, event.at);
		})
	}
});

export const machine = createPhasedMachine(attention, {
	id: 'attention',
	context: (input: AttentionInput) => {
		const level = levelFor(input.config.difficulty);
		// The timed part's pace comes from the server: slower for a person with extra time.
		return {
			theme: input.config.theme,
			durationSeconds: input.config.durationSeconds,
			practice: input.payload.practice,
			items: input.payload.items,
			itemMs: input.payload.itemMs,
			practiceItemMs: level.practiceItemMs,
			practiceIndex: 0,
			feedback: null,
			itemIndex: 0,
			presentation: 0,
			rejected: false,
			rejections: 0
		};
	},
	practice: {
		restart: ['resetPractice'],
		states: {
			item: {
				entry: 'present',
				after: {
					practiceInterval: [
						{
							guard: 'practiceItemIsDefect',
							target: 'feedback',
							actions: ['logPracticePass', 'giveMissFeedback']
						},
						{ target: 'next', actions: 'logPracticePass' }
					]
				},
				on: {
					'item.reject': {
						target: 'feedback',
						actions: ['showRejected', 'logPracticeReject', 'giveRejectFeedback']
					}
				}
			},
			feedback: {
				on: { 'feedback.continue': { target: 'next', actions: 'clearFeedback' } }
			},
			next: {
				always: [
					{ guard: 'hasNextPracticeItem', target: 'item', actions: 'nextPracticeItem' },
					{ target: 'done' }
				]
			}
		}
	},
	epreuve: {
		states: {
			item: {
				entry: ['present', 'logPresented'],
				after: {
					itemInterval: [
						{ guard: 'hasNextItem', target: 'item', reenter: true, actions: 'nextItem' },
						{ target: 'done' }
					]
				},
				on: {
					'item.reject': { actions: ['showRejected', 'countRejection', 'logRejected'] }
				}
			}
		}
	},
	output: ({ context }: { context: AttentionContext }) => ({
		itemsShown: context.itemIndex + 1,
		rejections: context.rejections
	})
});
