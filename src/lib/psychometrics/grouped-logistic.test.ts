import { describe, expect, it } from 'vitest';
import { createRng } from '$lib/engine/random';
import { fitGroupedFirth } from './grouped-logistic';
import { fitFirthLogistic } from './logistic';

/** Data written out, one person per entry, grouped into levels. */
function group(x: readonly number[], y: readonly (0 | 1)[]) {
	const levels = [...new Set(x)].sort((a, b) => a - b);
	const trials = levels.map((l) => x.filter((v) => v === l).length);
	const successes = levels.map((l) => x.filter((v, i) => v === l && y[i] === 1).length);
	return { levels, successes, trials };
}

describe('Firth logistic fit on grouped data', () => {
	it('gives the rates with ½ added to each cell for a yes/no score (by hand)', () => {
		// As in logistic.test.ts (Firth 1993, §3): with two levels the model is saturated and
		// the fitted rate of a level is (sⱼ + ½)/(tⱼ + 1): 1.5/5 = 0.3 and 3.5/5 = 0.7, so the
		// slope is 2·log(7/3) and the crossing the middle, ½. Separated, 0 of 3 and 3 of 3:
		// 1/8 and 7/8, slope 2·log 7, where maximum likelihood has no estimate.
		const fit = fitGroupedFirth([0, 1], [1, 3], [4, 4])!;
		expect(fit.slope).toBeCloseTo(2 * Math.log(7 / 3), 9);
		expect(fit.crossing).toBeCloseTo(0.5, 9);
		const separated = fitGroupedFirth([0, 1], [0, 3], [3, 3])!;
		expect(separated.slope).toBeCloseTo(2 * Math.log(7), 9);
		expect(separated.crossing).toBeCloseTo(0.5, 9);
	});

	it('equals fitFirthLogistic on the data written out, from any start', () => {
		const rng = createRng(11);
		let separatedFits = 0;
		for (let trial = 0; trial < 200; trial++) {
			const n = rng.int(6, 60);
			const x = Array.from({ length: n }, () => rng.int(0, 20));
			const spread = trial % 4 === 0 ? 0.3 : 3; // some nearly separated
			const y = x.map((v) => (rng.chance(1 / (1 + Math.exp(-(v - 10) / spread))) ? 1 : 0) as 0 | 1);
			const { levels, successes, trials } = group(x, y);
			const reference = fitFirthLogistic(x, y);
			const fit = fitGroupedFirth(levels, successes, trials);
			const warm = fitGroupedFirth(levels, successes, trials, {
				centre: 10,
				scale: 5,
				b0: 0.3,
				b1: 1.2
			});
			if (reference === null || reference.slope === 0) {
				expect(fit).toBeNull();
				expect(warm).toBeNull();
				continue;
			}
			const max0 = Math.max(...x.filter((_, i) => y[i] === 0));
			const min1 = Math.min(...x.filter((_, i) => y[i] === 1));
			if (max0 <= min1) separatedFits++;
			expect(Math.abs(fit!.crossing - reference.crossing)).toBeLessThan(1e-7);
			expect(Math.abs(fit!.slope - reference.slope)).toBeLessThan(1e-7);
			expect(Math.abs(warm!.crossing - reference.crossing)).toBeLessThan(1e-7);
			expect(Math.abs(warm!.slope - reference.slope)).toBeLessThan(1e-7);
		}
		// Separation (where the maximum-likelihood fit has no value) was met and fitted.
		expect(separatedFits).toBeGreaterThan(10);
	});

	it('refuses what fitFirthLogistic refuses, and ignores levels left empty', () => {
		expect(fitGroupedFirth([1, 2, 3], [0, 0, 0], [2, 2, 2])).toBeNull(); // one outcome only
		expect(fitGroupedFirth([1, 2, 3], [2, 2, 2], [2, 2, 2])).toBeNull();
		expect(fitGroupedFirth([5, 9], [1, 0], [3, 0])).toBeNull(); // one level in use
		const x = [1, 2, 3, 4, 5, 6];
		const y = [0, 0, 1, 0, 1, 1] as const;
		const { levels, successes, trials } = group(x, y);
		const fit = fitGroupedFirth([...levels, 40], [...successes, 0], [...trials, 0])!;
		// By symmetry (x → 7 − x, y → 1 − y leaves the data unchanged): 3.5.
		expect(fit.crossing).toBeCloseTo(3.5, 9);
		expect(fit.crossing).toBeCloseTo(fitFirthLogistic(x, [...y])!.crossing, 9);
	});
});
