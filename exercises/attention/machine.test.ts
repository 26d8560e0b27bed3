import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import type { LogEmitted } from '$lib/engine/contract';
import { levelFor } from './content';
import { runSetup } from './fixtures';
import { prepare } from './items.server';
import { machine } from './machine';

const setup = runSetup({ difficulty: 2, durationSeconds: 60 }, 7);
const payload = prepare(setup);
const { itemMs, practiceItemMs } = levelFor(2);

function start() {
	const actor = createActor(machine, { input: { config: setup.config, payload } });
	const logs: LogEmitted[] = [];
	actor.on('log', (entry) => logs.push(entry));
	actor.start();
	return { actor, logs };
}

type Actor = ReturnType<typeof start>['actor'];

/** Plays the practice perfectly: reject each defect, let good products go by. */
function playPracticeWell(actor: Actor) {
	for (const item of payload.practice) {
		expect(actor.getSnapshot().context.practiceIndex).toBe(payload.practice.indexOf(item));
		if (item.defect) {
			actor.send({ type: 'item.reject', at: 1 });
			expect(actor.getSnapshot().context.feedback).toEqual({ kind: 'hit', defect: item.defect });
			actor.send({ type: 'feedback.continue' });
		} else {
			vi.advanceTimersByTime(practiceItemMs);
		}
	}
}

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('attention machine', () => {
	it('goes consigne → practice → repeat once → épreuve → fin at time up', () => {
		const { actor, logs } = start();
		expect(actor.getSnapshot().value).toBe('consigne');

		actor.send({ type: 'phase.next' });
		expect(actor.getSnapshot().matches({ entrainement: 'item' })).toBe(true);
		playPracticeWell(actor);
		expect(actor.getSnapshot().matches({ entrainement: 'done' })).toBe(true);

		actor.send({ type: 'practice.repeat' });
		expect(actor.getSnapshot().matches({ entrainement: 'item' })).toBe(true);
		expect(actor.getSnapshot().context.practiceRound).toBe(2);
		playPracticeWell(actor);
		actor.send({ type: 'practice.repeat' });
		expect(actor.getSnapshot().matches({ entrainement: 'done' })).toBe(true);
		expect(logs.filter((l) => l.entry === 'practice.repeated')).toHaveLength(1);

		actor.send({ type: 'phase.next' });
		expect(actor.getSnapshot().matches({ epreuve: 'item' })).toBe(true);
		expect(actor.getSnapshot().context.itemIndex).toBe(0);
		vi.advanceTimersByTime(itemMs * 3);
		expect(actor.getSnapshot().context.itemIndex).toBe(3);
		const presented = logs.filter((l) => l.entry === 'item.presented');
		expect(presented.map((l) => l.data)).toEqual([
			{ item: 't1', index: 0 },
			{ item: 't2', index: 1 },
			{ item: 't3', index: 2 },
			{ item: 't4', index: 3 }
		]);

		actor.send({ type: 'item.reject', at: 1234.5 });
		actor.send({ type: 'time.up' });
		const end = actor.getSnapshot();
		expect(end.value).toBe('fin');
		expect(end.status).toBe('done');
		expect(end.output).toEqual({ itemsShown: 4, rejections: 1 });
	});

	it('gives practice feedback on a missed defect and on a good product rejected', () => {
		const { actor, logs } = start();
		actor.send({ type: 'phase.next' });
		const good = payload.practice.findIndex((i) => i.defect === null);
		const defective = payload.practice.findIndex((i) => i.defect !== null);
		expect(good).toBe(0);

		actor.send({ type: 'item.reject', at: 50 });
		expect(actor.getSnapshot().matches({ entrainement: 'feedback' })).toBe(true);
		expect(actor.getSnapshot().context.feedback).toEqual({ kind: 'false-alarm', defect: null });
		expect(logs.at(-1)).toEqual({
			type: 'log',
			entry: 'practice.answered',
			data: { item: 'p1', rejected: true, correct: false },
			at: 50
		});
		// Feedback waits for the person, whatever the time.
		vi.advanceTimersByTime(60_000);
		actor.send({ type: 'feedback.continue' });

		for (let i = 1; i < defective; i++) vi.advanceTimersByTime(practiceItemMs);
		expect(actor.getSnapshot().context.practiceIndex).toBe(defective);
		vi.advanceTimersByTime(practiceItemMs);
		expect(actor.getSnapshot().context.feedback).toEqual({
			kind: 'miss',
			defect: payload.practice[defective]!.defect
		});
		expect(logs.at(-1)?.data).toEqual({
			item: `p${defective + 1}`,
			rejected: false,
			correct: false
		});
	});

	it('logs every reject with the tap time, double taps included', () => {
		const { actor, logs } = start();
		actor.send({ type: 'phase.next' });
		playPracticeWell(actor);
		actor.send({ type: 'phase.next' });
		vi.advanceTimersByTime(itemMs);

		actor.send({ type: 'item.reject', at: 2500.25 });
		actor.send({ type: 'item.reject', at: 2650 });
		const rejects = logs.filter((l) => l.entry === 'item.rejected');
		expect(rejects).toEqual([
			{ type: 'log', entry: 'item.rejected', data: { item: 't2' }, at: 2500.25 },
			{ type: 'log', entry: 'item.rejected', data: { item: 't2' }, at: 2650 }
		]);
		expect(actor.getSnapshot().context.rejected).toBe(true);
		// A reject does not cut the item short: the pace stays the same for everyone.
		vi.advanceTimersByTime(itemMs - 1);
		expect(actor.getSnapshot().context.itemIndex).toBe(1);
		vi.advanceTimersByTime(1);
		expect(actor.getSnapshot().context).toMatchObject({ itemIndex: 2, rejected: false });
	});

	it('re-presents the current item and restarts its timer on run.resumed', () => {
		const { actor, logs } = start();
		actor.send({ type: 'phase.next' });
		playPracticeWell(actor);
		actor.send({ type: 'phase.next' });
		vi.advanceTimersByTime(itemMs + itemMs / 2);
		const before = actor.getSnapshot().context.presentation;

		actor.send({ type: 'run.resumed' });
		// A new presentation number makes the view paint the item again (a fresh onset).
		expect(actor.getSnapshot().context.presentation).toBe(before + 1);
		expect(logs.filter((l) => l.entry === 'item.presented').at(-1)?.data).toEqual({
			item: 't2',
			index: 1
		});
		expect(logs.filter((l) => l.entry === 'item.presented')).toHaveLength(3);
		vi.advanceTimersByTime(itemMs - 1);
		expect(actor.getSnapshot().context.itemIndex).toBe(1);
		vi.advanceTimersByTime(1);
		expect(actor.getSnapshot().context.itemIndex).toBe(2);
	});

	it('ends when every item has been shown, even before the time is up', () => {
		const { actor } = start();
		actor.send({ type: 'phase.next' });
		playPracticeWell(actor);
		actor.send({ type: 'phase.next' });
		vi.advanceTimersByTime(itemMs * payload.items.length);
		expect(actor.getSnapshot().status).toBe('done');
		expect(actor.getSnapshot().output).toEqual({
			itemsShown: payload.items.length,
			rejections: 0
		});
	});

	it('ignores events that do not belong to the current phase', () => {
		const { actor, logs } = start();
		actor.send({ type: 'item.reject', at: 1 });
		actor.send({ type: 'practice.repeat' });
		actor.send({ type: 'time.up' });
		expect(actor.getSnapshot().value).toBe('consigne');
		// Only the phase entry logged at start.
		expect(logs.map((l) => l.entry)).toEqual(['phase.started']);
	});

	it('runs the timed part at the pace the server gave (slower with extra time)', () => {
		const slower = { ...payload, itemMs: Math.round(itemMs * 1.5) };
		const actor = createActor(machine, { input: { config: setup.config, payload: slower } });
		actor.start();
		actor.send({ type: 'phase.next' });
		playPracticeWell(actor);
		actor.send({ type: 'phase.next' });
		vi.advanceTimersByTime(itemMs);
		expect(actor.getSnapshot().context.itemIndex).toBe(0);
		vi.advanceTimersByTime(slower.itemMs - itemMs);
		expect(actor.getSnapshot().context.itemIndex).toBe(1);
	});
});
