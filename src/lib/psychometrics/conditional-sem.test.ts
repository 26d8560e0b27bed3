import { describe, expect, it } from 'vitest';
import { conditionalSem, keatsFactor, kr21, lordCsem } from './conditional-sem';

/** Population variance (divisor n), as in KR-21's derivation. */
const populationVariance = (x: readonly number[]) => {
	const m = x.reduce((a, b) => a + b, 0) / x.length;
	return x.reduce((a, b) => a + (b - m) ** 2, 0) / x.length;
};

describe("Lord's binomial error model", () => {
	it('gives √(x(n − x)/(n − 1)) (by hand)', () => {
		// 30 of 40: √(30 × 10 / 39) = √7.692307… = 2.773500981126146.
		expect(lordCsem(30, 40)).toBeCloseTo(2.773500981126146, 14);
		// Middle of the scale is the widest: 20 of 40 gives √(400/39) = 3.2025630761017405.
		expect(lordCsem(20, 40)).toBeCloseTo(3.2025630761017405, 14);
		expect(lordCsem(0, 40)).toBe(0);
		expect(lordCsem(40, 40)).toBe(0);
		expect(lordCsem(3, 1)).toBeNull();
	});

	it('KR-21 from the mean and variance (by hand)', () => {
		// n = 10, mean 5, variance 4: 10/9 × (1 − 5 × 5 / (10 × 4)) = 10/9 × 0.375 = 0.41666…
		expect(kr21(5, 4, 10)).toBeCloseTo(0.4166666666666667, 14);
		expect(kr21(5, 0, 10)).toBeNull();
	});
});

describe("Keats' adjustment", () => {
	// 10 employees on 20 right/wrong items.
	const scores = [6, 9, 11, 12, 13, 14, 15, 15, 17, 19];
	const context = { items: 20, max: 20, scores, reliability: 0.8 };

	it("brings the mean error variance to the overall SEM², σ²(1 − ρ) (Keats 1957's identity)", () => {
		// Lord's error variance averaged over persons is σ²(1 − KR-21) with σ² the population
		// variance, an identity of the sums; Keats' factor replaces KR-21 by ρ.
		const meanSquare = scores.reduce((a, x) => a + conditionalSem(x, context)! ** 2, 0) / 10;
		expect(meanSquare).toBeCloseTo(populationVariance(scores) * (1 - 0.8), 12);
	});

	it('does the same for items scored 0–2 (a 12-point score on 6 items)', () => {
		const poly = [2, 4, 5, 6, 7, 8, 9, 10, 11, 12];
		const c = { items: 6, max: 12, scores: poly, reliability: 0.7 };
		const meanSquare = poly.reduce((a, x) => a + conditionalSem(x, c)! ** 2, 0) / poly.length;
		expect(meanSquare).toBeCloseTo(populationVariance(poly) * (1 - 0.7), 12);
		// At 6 of 12 (p = ½): 12·√(¼/5) × factor.
		expect(conditionalSem(6, c)).toBeCloseTo(12 * Math.sqrt(0.25 / 5) * keatsFactor(c)!, 12);
	});

	it('is the factor √((1 − ρ)/(1 − KR-21)) times Lord (by hand)', () => {
		// Mean 13.1, population variance 130.9/10 = 13.09: KR-21 = 20/19 × (1 − 13.1 × 6.9 /
		// (20 × 13.09)) = 20/19 × 0.654737 = 0.689197; factor √(0.2/0.310803) = 0.80218.
		const r21 = (20 / 19) * (1 - (13.1 * 6.9) / (20 * 13.09));
		expect(keatsFactor(context)).toBeCloseTo(Math.sqrt(0.2 / (1 - r21)), 12);
		expect(keatsFactor(context)).toBeCloseTo(0.80218, 4);
		expect(conditionalSem(15, context)).toBeCloseTo(
			Math.sqrt((15 * 5) / 19) * Math.sqrt(0.2 / (1 - r21)),
			12
		);
	});

	it('gives nothing when reliability is not interpretable', () => {
		expect(conditionalSem(10, { ...context, reliability: null })).toBeNull();
		expect(conditionalSem(10, { ...context, reliability: -0.4 })).toBeNull();
		expect(conditionalSem(10, { ...context, reliability: 0 })).toBeNull();
		expect(conditionalSem(10, { ...context, scores: [10] })).toBeNull();
	});
});
