import { describe, expect, it } from 'vitest';
import { assign, createActor, emit, setup } from 'xstate';
import type { LogEmitted, RuntimeEvent } from './contract';
import {
	createPhasedMachine,
	phaseOf,
	startsPhase,
	type PhasedContext,
	type PhasedEvent
} from './phased-machine';

/** The smallest exercise: two practice items, three test items, each answered by `answer`. */
interface Context extends PhasedContext {
	practiceIndex: number;
	itemIndex: number;
}
type Event = PhasedEvent | RuntimeEvent | { type: 'answer' };

const tiny = setup({
	types: {} as { context: Context; events: Event; input: { items: number }; emitted: LogEmitted },
	guards: {
		morePractice: ({ context }) => context.practiceIndex + 1 < 2,
		moreItems: ({ context }) => context.itemIndex + 1 < 3
	},
	actions: {
		nextPractice: assign({ practiceIndex: ({ context }) => context.practiceIndex + 1 }),
		resetPractice: assign({ practiceIndex: 0 }),
		nextItem: assign({ itemIndex: ({ context }) => context.itemIndex + 1 }),
		logPresented: emit(({ context }) => ({
			type: 'log' as const,
			entry: 'item.presented',
			data: { index: context.itemIndex }
		}))
	}
});

const machine = createPhasedMachine(tiny, {
	id: 'tiny',
	context: () => ({ practiceIndex: 0, itemIndex: 0 }),
	practice: {
		restart: ['resetPractice'],
		states: {
			item: {
				on: {
					answer: [
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
					answer: [
						{ guard: 'moreItems', target: 'item', reenter: true, actions: 'nextItem' },
						{ target: 'done' }
					]
				}
			}
		}
	},
	output: ({ context }: { context: Context }) => ({ answered: context.itemIndex + 1 })
});

function start() {
	const actor = createActor(machine, { input: { items: 3 } });
	const logged: LogEmitted[] = [];
	actor.on('log', (e) => logged.push(e));
	actor.start();
	const entries = () => logged.map((e) => `${e.entry} ${JSON.stringify(e.data)}`);
	return { actor, entries };
}

describe('the phased skeleton', () => {
	it('runs consigne → entrainement → epreuve → fin, logging each phase where it starts', () => {
		const { actor, entries } = start();
		expect(phaseOf(actor.getSnapshot())).toBe('consigne');
		actor.send({ type: 'phase.next' });
		expect(actor.getSnapshot().value).toEqual({ entrainement: 'item' });
		actor.send({ type: 'answer' });
		actor.send({ type: 'answer' });
		expect(actor.getSnapshot().value).toEqual({ entrainement: 'done' });
		actor.send({ type: 'phase.next' });
		expect(phaseOf(actor.getSnapshot())).toBe('epreuve');
		for (let i = 0; i < 3; i++) actor.send({ type: 'answer' });
		expect(phaseOf(actor.getSnapshot())).toBe('fin');
		expect(actor.getSnapshot().status).toBe('done');
		expect(actor.getSnapshot().output).toEqual({ answered: 3 });
		expect(entries()).toEqual([
			'phase.started {"phase":"consigne"}',
			'phase.started {"phase":"entrainement"}',
			'phase.started {"phase":"epreuve"}',
			'item.presented {"index":0}',
			'item.presented {"index":1}',
			'item.presented {"index":2}',
			'phase.started {"phase":"fin"}'
		]);
	});

	it('repeats practice once, from its first item, and logs the new round', () => {
		const { actor, entries } = start();
		actor.send({ type: 'phase.next' });
		actor.send({ type: 'answer' });
		actor.send({ type: 'answer' });
		expect(actor.getSnapshot().can({ type: 'practice.repeat' })).toBe(true);
		actor.send({ type: 'practice.repeat' });
		expect(actor.getSnapshot().value).toEqual({ entrainement: 'item' });
		expect(actor.getSnapshot().context).toMatchObject({ practiceIndex: 0, practiceRound: 2 });
		actor.send({ type: 'answer' });
		actor.send({ type: 'answer' });
		expect(actor.getSnapshot().can({ type: 'practice.repeat' })).toBe(false);
		actor.send({ type: 'practice.repeat' });
		expect(actor.getSnapshot().value).toEqual({ entrainement: 'done' });
		expect(entries().filter((e) => e.startsWith('practice.repeated'))).toEqual([
			'practice.repeated {"round":2}'
		]);
	});

	it('re-enters the current item on run.resumed, and ends the épreuve on time.up', () => {
		const { actor, entries } = start();
		actor.send({ type: 'phase.next' });
		actor.send({ type: 'answer' });
		actor.send({ type: 'answer' });
		actor.send({ type: 'phase.next' });
		actor.send({ type: 'answer' });
		actor.send({ type: 'run.resumed' });
		expect(actor.getSnapshot().context.itemIndex).toBe(1);
		expect(entries().slice(-2)).toEqual([
			'item.presented {"index":1}',
			'item.presented {"index":1}'
		]);
		actor.send({ type: 'time.up' });
		expect(phaseOf(actor.getSnapshot())).toBe('fin');
		expect(entries().at(-1)).toBe('phase.started {"phase":"fin"}');
	});

	it('ignores time.up outside the épreuve', () => {
		const { actor } = start();
		actor.send({ type: 'time.up' });
		expect(phaseOf(actor.getSnapshot())).toBe('consigne');
	});

	it('keeps "done" for itself', () => {
		expect(() =>
			createPhasedMachine(tiny, {
				id: 'clash',
				context: () => ({ practiceIndex: 0, itemIndex: 0 }),
				practice: { restart: [], states: { item: {}, done: {} } },
				epreuve: { states: { item: {} } }
			})
		).toThrow('"done" is the skeleton\'s state');
	});

	it('reads a phase start in a log', () => {
		expect(startsPhase({ type: 'phase.started', data: { phase: 'fin' } }, 'fin')).toBe(true);
		expect(startsPhase({ type: 'phase.started', data: { phase: 'epreuve' } }, 'fin')).toBe(false);
		expect(startsPhase({ type: 'item.placed', data: { phase: 'fin' } }, 'fin')).toBe(false);
	});
});
