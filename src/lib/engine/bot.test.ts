import { describe, expect, it } from 'vitest';
import { assertEvent, assign, emit, setup } from 'xstate';
import { playHeadless, StepClock, type ExerciseBot } from './bot';
import type { LogEmitted, RuntimeEvent } from './contract';
import { createPhasedMachine, type PhasedContext, type PhasedEvent } from './phased-machine';

/**
 * A paced exercise: one practice item, then test items that go by every second by themselves
 * (a timer), or sooner when answered.
 */
interface Context extends PhasedContext {
	itemIndex: number;
	items: number;
}
type Event = PhasedEvent | RuntimeEvent | { type: 'answer'; at: number };

const paced = setup({
	types: {} as { context: Context; events: Event; input: { items: number }; emitted: LogEmitted },
	delays: { pace: 1000 },
	guards: { moreItems: ({ context }) => context.itemIndex + 1 < context.items },
	actions: {
		nextItem: assign({ itemIndex: ({ context }) => context.itemIndex + 1 }),
		logPresented: emit(({ context }) => ({
			type: 'log' as const,
			entry: 'item.presented',
			data: { index: context.itemIndex }
		})),
		logAnswer: emit(({ context, event }) => {
			assertEvent(event, 'answer');
			return {
				type: 'log' as const,
				entry: 'item.answered',
				data: { index: context.itemIndex },
				at: event.at
			};
		})
	}
});

const machine = createPhasedMachine(paced, {
	id: 'paced',
	context: ({ items }: { items: number }) => ({ itemIndex: 0, items }),
	practice: { restart: [], states: { item: { on: { answer: 'done' } } } },
	epreuve: {
		states: {
			item: {
				entry: 'logPresented',
				after: {
					pace: [
						{ guard: 'moreItems', target: 'item', reenter: true, actions: 'nextItem' },
						{ target: 'done' }
					]
				},
				on: {
					answer: [
						{
							guard: 'moreItems',
							target: 'item',
							reenter: true,
							actions: ['logAnswer', 'nextItem']
						},
						{ target: 'done', actions: 'logAnswer' }
					]
				}
			}
		}
	}
});

/** Answers each test item `rt` ms after it is shown; moves on through the other screens. */
const botAnswering = (rt: number, practisesAgain = 0): ExerciseBot<typeof machine> => ({
	readsInstructionsMs: [5000, 5000],
	practisesAgain: () => practisesAgain,
	next(snapshot) {
		if (snapshot.matches({ entrainement: 'item' }))
			return { delayMs: 2000, event: { type: 'answer' } };
		if (snapshot.matches('epreuve')) return { delayMs: rt, event: { type: 'answer' } };
		return null;
	},
	control: () => 'Répondre',
	quickConfig: {},
	stimulus: (snapshot) =>
		snapshot.matches('epreuve')
			? { key: `i${snapshot.context.itemIndex}`, showing: `i${snapshot.context.itemIndex}` }
			: null
});

const play = (bot: ExerciseBot<typeof machine>, items = 3, durationMs = 60_000, rngSeed = 1) =>
	playHeadless(machine, bot, { input: { items }, durationMs, skill: 0.5, rngSeed });

describe('StepClock', () => {
	it('runs each timer at its own due time, earliest first, and forgets cleared ones', () => {
		const clock = new StepClock();
		const fired: [string, number][] = [];
		clock.setTimeout(() => fired.push(['b', clock.now()]), 300);
		const cleared = clock.setTimeout(() => fired.push(['x', clock.now()]), 100);
		clock.setTimeout(() => {
			fired.push(['a', clock.now()]);
			clock.setTimeout(() => fired.push(['c', clock.now()]), 50);
		}, 200);
		clock.clearTimeout(cleared);
		while (clock.step());
		expect(fired).toEqual([
			['a', 200],
			['c', 250],
			['b', 300]
		]);
	});
});

describe('playHeadless', () => {
	it('logs what the machine emits, the painted stimuli and the taps at their own time', () => {
		const events = play(botAnswering(400));
		expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
		const types = events.map((e) => e.type);
		expect(types).toEqual([
			'phase.started',
			'phase.started',
			'phase.started',
			'item.presented',
			'stimulus.shown',
			'item.answered',
			'item.presented',
			'stimulus.shown',
			'item.answered',
			'item.presented',
			'stimulus.shown',
			'item.answered',
			'phase.started'
		]);
		const shown = events.filter((e) => e.type === 'stimulus.shown');
		const presented = events.filter((e) => e.type === 'item.presented');
		const answered = events.filter((e) => e.type === 'item.answered');
		shown.forEach((s, i) => {
			// Painted a frame or two after the machine showed it; answered 400 ms after the paint.
			const paint = s.t - presented[i]!.t;
			expect(paint).toBeGreaterThanOrEqual(8);
			expect(paint).toBeLessThanOrEqual(34);
			expect(answered[i]!.t - s.t).toBeCloseTo(400, 6);
			expect(s.data).toEqual({ key: `i${i}`, method: 'element-timing' });
		});
	});

	it('drops a move the machine overtakes: items the bot is too slow for go by unanswered', () => {
		const events = play(botAnswering(1500));
		expect(events.filter((e) => e.type === 'item.answered')).toEqual([]);
		const presented = events.filter((e) => e.type === 'item.presented').map((e) => e.t);
		expect(presented[1]! - presented[0]!).toBe(1000);
		expect(events.at(-1)).toMatchObject({ type: 'phase.started', data: { phase: 'fin' } });
	});

	it('ends the timed part with time.up at the deadline, as the kiosk runtime does', () => {
		const events = play(botAnswering(1500), 100, 4500);
		const start = events.find((e) => e.type === 'phase.started' && e.data.phase === 'epreuve')!;
		const up = events.find((e) => e.type === 'time.up')!;
		expect(up.t - start.t).toBe(4500);
		expect(events.at(-1)).toMatchObject({ type: 'phase.started', data: { phase: 'fin' } });
		expect(events.at(-1)!.t).toBe(up.t);
	});

	it('is deterministic for a seed', () => {
		expect(play(botAnswering(400), 3, 60_000, 7)).toEqual(play(botAnswering(400), 3, 60_000, 7));
		expect(play(botAnswering(400), 3, 60_000, 8)).not.toEqual(
			play(botAnswering(400), 3, 60_000, 7)
		);
	});

	it('reads the instructions for the bot’s time, and practises again at most once', () => {
		const events = play(botAnswering(400, 1));
		// 5 s after the instructions were painted (one or two frames after the start).
		expect(events[1]).toMatchObject({ type: 'phase.started', data: { phase: 'entrainement' } });
		expect(events[1]!.t).toBeGreaterThanOrEqual(5008);
		expect(events[1]!.t).toBeLessThanOrEqual(5034);
		expect(events.filter((e) => e.type === 'practice.repeated')).toHaveLength(1);
		const repeats = (practisesAgain: number) =>
			play(botAnswering(400, practisesAgain)).filter((e) => e.type === 'practice.repeated');
		expect(repeats(0)).toEqual([]);
	});

	it('says where a bot that does nothing is stuck', () => {
		const idle: ExerciseBot<typeof machine> = {
			readsInstructionsMs: [1000, 1000],
			practisesAgain: () => 0,
			next: () => null,
			stimulus: () => null,
			control: () => '',
			quickConfig: {}
		};
		expect(() => play(idle)).toThrow('paced: the bot is stuck in {"entrainement":"item"}');
	});
});
