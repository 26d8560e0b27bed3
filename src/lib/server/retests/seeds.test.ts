import { describe, expect, it } from 'vitest';
import { seedAvoiding, usedSeeds } from './seeds';

/** A draw that returns the given seeds in turn. */
const drawing = (...seeds: number[]) => {
	let i = 0;
	return () => seeds[i++ % seeds.length]!;
};

describe('seedAvoiding', () => {
	const used = usedSeeds([
		{ exerciseId: 'consignes', seed: 11 },
		{ exerciseId: 'consignes', seed: 12 },
		{ exerciseId: 'attention', seed: 21 }
	]);

	it('skips every seed the person already had for that exercise', () => {
		expect(seedAvoiding(used, 'consignes', drawing(11, 12, 11, 13))).toBe(13);
	});

	it('keeps a seed used for another exercise only', () => {
		expect(seedAvoiding(used, 'consignes', drawing(21))).toBe(21);
		expect(seedAvoiding(used, 'attention', drawing(21, 11))).toBe(11);
	});

	it('takes the first draw for a first attempt', () => {
		expect(seedAvoiding(usedSeeds([]), 'consignes', drawing(11))).toBe(11);
	});

	it('fails loudly rather than reuse a seed when the draw is broken', () => {
		expect(() => seedAvoiding(used, 'consignes', drawing(11))).toThrow(/No new seed/);
	});

	it('draws 32-bit seeds by default', () => {
		const seed = seedAvoiding(used, 'consignes');
		expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32).toBe(true);
	});
});
