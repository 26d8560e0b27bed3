import { describe, expect, it } from 'vitest';
import { createRng } from './random';

describe('seeded random generator', () => {
	it('repeats the same sequence for the same seed', () => {
		const a = createRng(42);
		const b = createRng(42);
		const draws = Array.from({ length: 5 }, () => a.next());
		expect(Array.from({ length: 5 }, () => b.next())).toEqual(draws);
		expect(createRng(43).next()).not.toBe(draws[0]);
	});

	it('stays within bounds and is roughly uniform', () => {
		const rng = createRng(7);
		const counts = [0, 0, 0, 0];
		for (let i = 0; i < 4000; i++) counts[rng.int(0, 3)]!++;
		for (const c of counts) expect(c).toBeGreaterThan(900);
		expect(counts.reduce((s, c) => s + c, 0)).toBe(4000);
	});

	it('shuffles without losing or duplicating items', () => {
		const items = [1, 2, 3, 4, 5, 6, 7, 8];
		const shuffled = createRng(1).shuffle(items);
		expect([...shuffled].sort()).toEqual(items);
		expect(shuffled).not.toEqual(items);
	});
});
