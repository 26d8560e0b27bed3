import { describe, expect, it } from 'vitest';
import { createRng } from '$lib/engine/random';
import { fitGroupedLogistic } from './grouped-logistic';
import { fitLogistic } from './logistic';

/** Data written out, one person per entry, grouped into levels. */
function group(x: readonly number[], y: readonly (0 | 1)[]) {
	const levels = [...new Set(x)].sort((a, b) => a - b);
	const trials = levels.map((l) => x.filter((v) => v === l).length);
	const successes = levels.map((l) => x.filter((v, i) => v === l && y[i] === 1).length);
	return { levels, successes, trials };
}

describe('logistic fit on grouped data', () => {
	it('matches SciPy’s maximum-likelihood fit (the data of logistic.test.ts)', () => {
		// scipy.optimize.minimize(method='trust-exact') on the negative log-likelihood.
		const x = [7, 10, 2, 9, 2, 11, 5, 7, 2, 11, 6];
		const y = [1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0] as const;
		const { levels, successes, trials } = group(x, y);
		const fit = fitGroupedLogistic(levels, successes, trials)!;
		expect(fit.slope).toBeCloseTo(0.8082297266540499, 8);
		expect(fit.crossing).toBeCloseTo(6.163105330427828, 8);
	});

	it('equals fitLogistic on the data written out, from any start', () => {
		const rng = createRng(11);
		let fitted = 0;
		for (let trial = 0; trial < 100; trial++) {
			const n = rng.int(6, 60);
			const x = Array.from({ length: n }, () => rng.int(0, 20));
			const y = x.map((v) => (rng.chance(1 / (1 + Math.exp(-(v - 10) / 3))) ? 1 : 0) as 0 | 1);
			const { levels, successes, trials } = group(x, y);
			const reference = fitLogistic(x, y);
			const fit = fitGroupedLogistic(levels, successes, trials);
			const warm = fitGroupedLogistic(levels, successes, trials, {
				centre: 10,
				scale: 5,
				b0: 0.3,
				b1: 1.2
			});
			if (reference === null) {
				expect(fit).toBeNull();
				expect(warm).toBeNull();
				continue;
			}
			fitted++;
			expect(fit!.crossing).toBeCloseTo(reference.crossing, 7);
			expect(fit!.slope).toBeCloseTo(reference.slope, 7);
			expect(warm!.crossing).toBeCloseTo(reference.crossing, 7);
		}
		expect(fitted).toBeGreaterThan(50);
	});

	it('refuses what fitLogistic refuses: one group, separated groups, levels left empty', () => {
		expect(fitGroupedLogistic([1, 2, 3], [0, 0, 0], [2, 2, 2])).toBeNull();
		expect(fitGroupedLogistic([1, 2, 3], [0, 1, 2], [1, 1, 2])).toBeNull(); // quasi-separated
		expect(fitGroupedLogistic([5], [1], [3])).toBeNull();
		// A level with nobody in it is ignored.
		const x = [1, 2, 3, 4, 5, 6];
		const y = [0, 0, 1, 0, 1, 1] as const;
		const { levels, successes, trials } = group(x, y);
		const fit = fitGroupedLogistic([...levels, 40], [...successes, 0], [...trials, 0])!;
		expect(fit.crossing).toBeCloseTo(3.5, 10);
	});
});
