import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import type { LogEmitted } from '$lib/engine/contract';
import { createSortingMachine } from './machine';
import { samplePayload } from './testing';

const config = { theme: 'logistique' as const, difficulty: 2, durationSeconds: 360, itemCount: 5 };

function start() {
	const actor = createActor(createSortingMachine('sorting-test'), {
		input: { config, payload: samplePayload() }
	});
	const logged: LogEmitted[] = [];
	actor.on('log', (e) => logged.push(e));
	actor.start();
	return { actor, logged };
}

describe('sorting machine', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('goes from the instructions through practice with feedback to the timed part', () => {
		const { actor, logged } = start();
		expect(actor.getSnapshot().value).toBe('consigne');
		actor.send({ type: 'phase.next' });
		expect(actor.getSnapshot().value).toEqual({ entrainement: 'item' });

		actor.send({ type: 'item.place', bin: 'B', at: 1000 });
		expect(actor.getSnapshot().context.feedback).toEqual({
			correct: false,
			ruleId: 'blue',
			bin: 'A'
		});
		expect(logged.at(-1)).toEqual({
			type: 'log',
			entry: 'practice.placed',
			data: { item: 'p0', bin: 'B', correct: false },
			at: 1000
		});
		actor.send({ type: 'feedback.continue' });
		actor.send({ type: 'item.place', bin: 'C', at: 2000 });
		expect(actor.getSnapshot().context.feedback?.correct).toBe(true);
		actor.send({ type: 'feedback.continue' });
		expect(actor.getSnapshot().value).toEqual({ entrainement: 'done' });

		actor.send({ type: 'phase.next' });
		expect(actor.getSnapshot().value).toEqual({ epreuve: 'item' });
		expect(logged.at(-1)).toMatchObject({
			entry: 'item.presented',
			data: { item: 'i0', index: 0 }
		});
	});

	it('logs each phase where it starts: after the last answer, before the first item', () => {
		const { actor, logged } = start();
		actor.send({ type: 'phase.next' });
		for (let i = 0; i < 2; i++) {
			actor.send({ type: 'item.place', bin: 'A', at: 0 });
			actor.send({ type: 'feedback.continue' });
		}
		actor.send({ type: 'phase.next' });
		for (let i = 0; i < 5; i++) actor.send({ type: 'item.place', bin: 'A', at: 100 + i });
		const entries = logged.map((e) =>
			e.entry === 'phase.started' ? `phase:${e.data.phase}` : e.entry
		);
		expect(entries.slice(0, 3)).toEqual([
			'phase:consigne',
			'phase:entrainement',
			'practice.placed'
		]);
		expect(entries.indexOf('phase:epreuve')).toBe(entries.indexOf('item.presented') - 1);
		expect(entries.slice(-2)).toEqual(['item.placed', 'phase:fin']);
	});

	it('lets practice be repeated once, not twice', () => {
		const { actor } = start();
		actor.send({ type: 'phase.next' });
		const practise = () => {
			for (let i = 0; i < 2; i++) {
				actor.send({ type: 'item.place', bin: 'A', at: 0 });
				actor.send({ type: 'feedback.continue' });
			}
		};
		practise();
		actor.send({ type: 'practice.repeat' });
		expect(actor.getSnapshot().value).toEqual({ entrainement: 'item' });
		expect(actor.getSnapshot().context.practiceRound).toBe(2);
		practise();
		actor.send({ type: 'practice.repeat' });
		expect(actor.getSnapshot().value).toEqual({ entrainement: 'done' });
	});

	it('logs each placement at the tap time and ends after the last item', () => {
		const { actor, logged } = start();
		actor.send({ type: 'phase.next' });
		actor.send({ type: 'phase.next' });
		// Skipping practice entirely is not possible: phase.next only leaves practice when done.
		expect(actor.getSnapshot().value).toEqual({ entrainement: 'item' });
		for (let i = 0; i < 2; i++) {
			actor.send({ type: 'item.place', bin: 'A', at: 0 });
			actor.send({ type: 'feedback.continue' });
		}
		actor.send({ type: 'phase.next' });
		for (let i = 0; i < 5; i++) actor.send({ type: 'item.place', bin: 'A', at: 100 + i });
		expect(actor.getSnapshot().status).toBe('done');
		expect(actor.getSnapshot().output).toEqual({ placed: 5 });
		const placed = logged.filter((e) => e.entry === 'item.placed');
		expect(placed.map((e) => [e.data.item, e.at])).toEqual([
			['i0', 100],
			['i1', 101],
			['i2', 102],
			['i3', 103],
			['i4', 104]
		]);
	});

	it('stops at time up in the middle of an item, and re-shows the item after a resume', () => {
		const { actor, logged } = start();
		actor.send({ type: 'phase.next' });
		for (let i = 0; i < 2; i++) {
			actor.send({ type: 'item.place', bin: 'A', at: 0 });
			actor.send({ type: 'feedback.continue' });
		}
		actor.send({ type: 'phase.next' });
		actor.send({ type: 'item.place', bin: 'A', at: 50 });
		actor.send({ type: 'run.resumed' });
		const presented = logged.filter((e) => e.entry === 'item.presented').map((e) => e.data.item);
		expect(presented).toEqual(['i0', 'i1', 'i1']);
		actor.send({ type: 'time.up' });
		expect(actor.getSnapshot().status).toBe('done');
		expect(actor.getSnapshot().output).toEqual({ placed: 1 });
	});
});
