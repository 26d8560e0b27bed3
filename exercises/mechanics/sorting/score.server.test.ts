import { describe, expect, it } from 'vitest';
import { EventLogBuilder } from '$lib/engine/event-log';
import { scoreSorting } from './score.server';
import { samplePayload } from './testing';

// Expected answers of the sample payload (see testing.ts): i0 A, i1 C, i2 D, i3 A, i4 C;
// i0 and i3 fall under base rules, i1, i2, i4 under exceptions.
function epreuve() {
	return new EventLogBuilder()
		.push(0, 'phase.started', { phase: 'consigne' })
		.push(10, 'phase.started', { phase: 'entrainement' })
		.push(20, 'phase.started', { phase: 'epreuve' });
}

const show = (log: EventLogBuilder, t: number, item: string, index: number) =>
	log
		.push(t, 'item.presented', { item, index })
		.push(t + 16, 'stimulus.shown', { key: item, method: 'element-timing' });

describe('sorting score', () => {
	it('scores nothing when nothing was placed', () => {
		const log = show(epreuve(), 100, 'i0', 0).push(360_020, 'time.up');
		const result = scoreSorting(samplePayload(), log.events);
		expect(result.raw).toBe(0);
		expect(result.max).toBe(5);
		expect(result.subscores).toEqual({
			base: 0,
			baseMax: 2,
			exceptions: 0,
			exceptionsMax: 3,
			processed: 0
		});
		expect(result.flags).toEqual(['no-response']);
		expect(result.items.every((i) => i.score === 0 && i.rt === undefined)).toBe(true);
	});

	it('scores all wrong as zero but counts the items processed', () => {
		const log = epreuve();
		const wrong = ['B', 'A', 'A', 'B', 'D'];
		wrong.forEach((bin, i) => {
			show(log, 1000 * (i + 1), `i${i}`, i).push(1000 * (i + 1) + 500, 'item.placed', {
				item: `i${i}`,
				bin
			});
		});
		const result = scoreSorting(samplePayload(), log.events);
		expect(result.raw).toBe(0);
		expect(result.subscores.processed).toBe(5);
		expect(result.flags).toEqual([]);
	});

	it('counts exceptions and base rules apart, and response times from the painted frame', () => {
		const log = epreuve();
		// i0 right (A), i1 wrong (base rule applied: A instead of C), i2 right (D),
		// i3 right (A, the heavy mark has no rule), i4 wrong (D: fragile applied before cold).
		const answers = ['A', 'A', 'D', 'A', 'D'];
		answers.forEach((bin, i) => {
			show(log, 1000 * (i + 1), `i${i}`, i).push(1000 * (i + 1) + 716, 'item.placed', {
				item: `i${i}`,
				bin
			});
		});
		const result = scoreSorting(samplePayload(), log.events);
		expect(result.raw).toBe(3);
		expect(result.subscores).toMatchObject({
			base: 2,
			baseMax: 2,
			exceptions: 1,
			exceptionsMax: 3
		});
		// Placed 716 ms after presentation, i.e. 700 ms after the frame was painted (t + 16).
		expect(result.items.map((i) => i.rt)).toEqual([700, 700, 700, 700, 700]);
		expect(result.items.map((i) => i.score)).toEqual([1, 0, 1, 1, 0]);
	});

	it('keeps only the first placement of an item (double tap)', () => {
		const log = show(epreuve(), 100, 'i0', 0)
			.push(600, 'item.placed', { item: 'i0', bin: 'A' })
			.push(650, 'item.placed', { item: 'i0', bin: 'B' });
		const result = scoreSorting(samplePayload(), log.events);
		expect(result.raw).toBe(1);
		expect(result.items[0]).toEqual({ key: 'i0', content: 'blue', score: 1, max: 1, rt: 484 });
	});

	it('scores the items done before a time-up in the middle of an item', () => {
		const log = show(epreuve(), 100, 'i0', 0).push(900, 'item.placed', { item: 'i0', bin: 'A' });
		show(log, 1200, 'i1', 1)
			.push(360_020, 'time.up')
			.push(360_020, 'phase.started', { phase: 'fin' });
		const result = scoreSorting(samplePayload(), log.events);
		expect(result.raw).toBe(1);
		expect(result.subscores.processed).toBe(1);
		expect(result.flags).toEqual(['not-finished']);
		// i1 was on screen when the time ran out, i2–i4 never came: 0 in the total, and not
		// reached, so that reliability treats them as missing rather than wrong.
		expect(result.items.map((i) => i.reached ?? true)).toEqual([true, false, false, false, false]);
		expect(result.items.map((i) => i.score)).toEqual([1, 0, 0, 0, 0]);
	});

	it('names each item by its kind, the same on every form', () => {
		// i0 blue (base), i1 blue under cold, i2 green under fragile, i3 yellow with a mark no
		// rule mentions (heavy), i4 under cold and fragile: cold comes first and decides.
		const result = scoreSorting(samplePayload(), epreuve().events);
		expect(result.items.map((i) => i.content)).toEqual([
			'blue',
			'cold',
			'fragile',
			'yellow+distractor',
			'cold>fragile'
		]);
	});
});
