import { describe, expect, it } from 'vitest';
import { binomialAtLeast, decisionConsistency, passProbability } from './decision-consistency';

describe('binomial tail', () => {
	it('agrees with scipy.stats.binom.sf (SciPy 1.17.1)', () => {
		// binom.sf(29, 40, 0.7) = P(X ≥ 30)
		expect(binomialAtLeast(30, 40, 0.7)).toBeCloseTo(0.30874272539198894, 13);
		// binom.sf(5, 10, 0.36)
		expect(binomialAtLeast(6, 10, 0.36)).toBeCloseTo(0.10723037922355837, 13);
		expect(binomialAtLeast(0, 10, 0.2)).toBe(1);
		expect(binomialAtLeast(11, 10, 0.9)).toBe(0);
		expect(binomialAtLeast(3, 10, 0)).toBe(0);
		expect(binomialAtLeast(3, 10, 1)).toBe(1);
	});
});

describe("Subkoviak's decision consistency", () => {
	it('gives p₀ and κ of a two-item test (by hand)', () => {
		// ρ = ½, scores 0 and 2 of 2, mean proportion ½. Kelley: ζ̂ = ½·0 + ½·½ = ¼ and
		// ½·1 + ¼ = ¾. Threshold 2: P = ζ̂² = 1/16 and 9/16. Same decision twice: (1/16)² +
		// (15/16)² = 226/256 and (9/16)² + (7/16)² = 130/256; p₀ = 178/256 = 0.6953125.
		// P̄ = 10/32 = 0.3125, chance = 0.3125² + 0.6875² = 0.5703125, κ = 0.125/0.4296875 = 16/55.
		const result = decisionConsistency(2, { items: 2, max: 2, scores: [0, 2], reliability: 0.5 });
		expect(result!.agreement).toBeCloseTo(0.6953125, 14);
		expect(result!.passRate).toBeCloseTo(0.3125, 14);
		expect(result!.kappa).toBeCloseTo(16 / 55, 14);
	});

	it('agrees with the steps computed with scipy.stats.binom (SciPy 1.17.1)', () => {
		// 10 items, ρ = 0.8, scores 3, 5, 7, 9, threshold 6: ζ̂ = 0.36, 0.52, 0.68, 0.84;
		// P = binom.sf(5, 10, ζ̂); p₀ = mean(P² + (1 − P)²).
		const context = { items: 10, max: 10, scores: [3, 5, 7, 9], reliability: 0.8 };
		const result = decisionConsistency(6, context)!;
		expect(result.agreement).toBeCloseTo(0.7474669460270892, 13);
		expect(result.passRate).toBeCloseTo(0.5836532727018947, 13);
		expect(result.kappa).toBeCloseTo(0.48038921714807264, 13);
		expect(passProbability(9, 6, context)).toBeCloseTo(0.9869898624920558, 13);
		// A threshold a hair under 6 is still 6 (floating point), not 7.
		expect(decisionConsistency(5.999999999999, context)!.agreement).toBeCloseTo(
			0.7474669460270892,
			13
		);
	});

	it('puts polytomous scores on the number-correct scale of their items', () => {
		// 6 items scored 0–2 (max 12), threshold 7.5 → 3.75 → cut 4 of 6; same steps in SciPy.
		const context = {
			items: 6,
			max: 12,
			scores: [2, 4, 5, 6, 7, 8, 9, 10, 11, 12],
			reliability: 0.7
		};
		const result = decisionConsistency(7.5, context)!;
		expect(result.agreement).toBeCloseTo(0.6903332458947524, 13);
		expect(result.passRate).toBeCloseTo(0.569970945839801, 13);
		expect(result.kappa).toBeCloseTo(0.3682953566904655, 13);
	});

	it('gives nothing when reliability is not interpretable or there are no scores', () => {
		const context = { items: 10, max: 10, scores: [3, 5, 7, 9], reliability: null };
		expect(decisionConsistency(6, context)).toBeNull();
		expect(decisionConsistency(6, { ...context, reliability: -0.2 })).toBeNull();
		expect(decisionConsistency(6, { ...context, reliability: 0.8, scores: [] })).toBeNull();
	});

	it('has no κ when every decision is certain', () => {
		// Threshold 0: everyone reaches it on any form.
		const result = decisionConsistency(0, {
			items: 10,
			max: 10,
			scores: [3, 5],
			reliability: 0.8
		});
		expect(result).toEqual({ agreement: 1, kappa: null, passRate: 1 });
	});
});
