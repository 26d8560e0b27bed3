import { describe, expect, it } from 'vitest';
import { createRng } from '$lib/engine/random';
import { firthPenalisedLogLikelihood, fitFirthLogistic, fitLogistic } from './logistic';

describe('fitLogistic', () => {
	it('crosses ½ at the centre of symmetric data (by hand)', () => {
		// The data are unchanged by x → 7 − x, y → 1 − y; the maximum of the likelihood is
		// unique, so it is unchanged too: a = −a − 7b, hence a + 3.5·b = 0 and the crossing is 3.5.
		// SciPy 1.17 (`minimize`, trust-exact, on the same likelihood) gives a = −4.24909655,
		// b = 1.21402759.
		const fit = fitLogistic([1, 2, 3, 4, 5, 6], [0, 0, 1, 0, 1, 1])!;
		expect(fit.crossing).toBeCloseTo(3.5, 10);
		expect(fit.intercept).toBeCloseTo(-4.24909655, 7);
		expect(fit.slope).toBeCloseTo(1.21402759, 7);
		expect(fit.iterations).toBeLessThan(15);
	});

	it('matches SciPy’s maximum-likelihood fit on asymmetric data', () => {
		// Expected: scipy.optimize.minimize(method='trust-exact') on the negative log-likelihood,
		// gradient below 2e-13 at the optimum.
		const x = [7, 10, 2, 9, 2, 11, 5, 7, 2, 11, 6];
		const y = [1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0] as const;
		const fit = fitLogistic(x, y)!;
		expect(fit.intercept).toBeCloseTo(-4.981204936551801, 8);
		expect(fit.slope).toBeCloseTo(0.8082297266540499, 8);
		expect(fit.crossing).toBeCloseTo(6.163105330427828, 8);
	});

	it('gives a negative slope when the outcome falls with x', () => {
		const fit = fitLogistic([1, 2, 3, 4, 5, 6], [1, 1, 0, 1, 0, 0])!;
		expect(fit.slope).toBeLessThan(0);
		expect(fit.crossing).toBeCloseTo(3.5, 10);
	});

	it('is null when no maximum exists', () => {
		// Complete separation, both ways.
		expect(fitLogistic([1, 2, 3, 4], [0, 0, 1, 1])).toBeNull();
		expect(fitLogistic([1, 2, 3, 4], [1, 1, 0, 0])).toBeNull();
		// Quasi-complete separation: the groups only meet at x = 2.
		expect(fitLogistic([1, 2, 2, 3], [0, 0, 1, 1])).toBeNull();
		// One outcome only, or a constant predictor.
		expect(fitLogistic([1, 2, 3], [1, 1, 1])).toBeNull();
		expect(fitLogistic([1, 2, 3], [0, 0, 0])).toBeNull();
		expect(fitLogistic([2, 2, 2, 2], [0, 1, 0, 1])).toBeNull();
	});

	it('refuses lists of different lengths', () => {
		expect(() => fitLogistic([1, 2], [0])).toThrow(RangeError);
	});
});

describe('fitFirthLogistic (Firth 1993)', () => {
	it('equals the log odds with ½ added to each cell for a yes/no predictor (by hand)', () => {
		// With one binary predictor the model is saturated: each person of a group of nⱼ has
		// leverage 1/nⱼ, so the modified score adds ½ success and ½ failure per group and the
		// fitted rate is (sⱼ + ½)/(nⱼ + 1) (Firth 1993, §3; Heinze & Schemper 2002).
		// x = 0: 1 of 4 → 1.5/5 = 0.3; x = 1: 3 of 4 → 3.5/5 = 0.7.
		const fit = fitFirthLogistic([0, 0, 0, 0, 1, 1, 1, 1], [1, 0, 0, 0, 1, 1, 1, 0])!;
		expect(fit.intercept).toBeCloseTo(Math.log(3 / 7), 10);
		expect(fit.slope).toBeCloseTo(2 * Math.log(7 / 3), 10);
		// Completely separated, where maximum likelihood has no estimate: 0 of 3 and 3 of 3 give
		// 0.5/4 = 1/8 and 3.5/4 = 7/8: a = −log 7, b = 2 log 7, crossing ½.
		const separated = fitFirthLogistic([0, 0, 0, 1, 1, 1], [0, 0, 0, 1, 1, 1])!;
		expect(fit.iterations).toBeLessThan(100);
		expect(separated.intercept).toBeCloseTo(-Math.log(7), 10);
		expect(separated.slope).toBeCloseTo(2 * Math.log(7), 10);
		expect(separated.crossing).toBeCloseTo(0.5, 10);
	});

	it('gives separated groups on a continuous score a finite slope and the symmetric crossing', () => {
		// The data are unchanged by x → 5 − x, y → 1 − y: the crossing is 2.5 (as above).
		expect(fitLogistic([1, 2, 3, 4], [0, 0, 1, 1])).toBeNull();
		const fit = fitFirthLogistic([1, 2, 3, 4], [0, 0, 1, 1])!;
		expect(fit.crossing).toBeCloseTo(2.5, 10);
		expect(Number.isFinite(fit.slope) && fit.slope > 0).toBe(true);
	});

	it('maximises the penalised likelihood (checked by finite differences) and shrinks the slope', () => {
		// An independent check of the fit: the central-difference gradient of ℓ + ½ log det I,
		// computed from its definition, vanishes at the estimate, and every nearby point is lower.
		const x = [7, 10, 2, 9, 2, 11, 5, 7, 2, 11, 6];
		const y = [1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0] as const;
		const fit = fitFirthLogistic(x, y)!;
		const f = (a: number, b: number) => firthPenalisedLogLikelihood(x, y, a, b);
		const e = 1e-6;
		const da = (f(fit.intercept + e, fit.slope) - f(fit.intercept - e, fit.slope)) / (2 * e);
		const db = (f(fit.intercept, fit.slope + e) - f(fit.intercept, fit.slope - e)) / (2 * e);
		expect(Math.abs(da)).toBeLessThan(1e-6);
		expect(Math.abs(db)).toBeLessThan(1e-6);
		const best = f(fit.intercept, fit.slope);
		for (const [a, b] of [
			[1e-3, 0],
			[-1e-3, 0],
			[0, 1e-4],
			[0, -1e-4],
			[1e-3, -1e-4]
		] as const)
			expect(f(fit.intercept + a, fit.slope + b)).toBeLessThan(best);
		// Firth's estimate is pulled towards 0 from the maximum-likelihood one (0.808, SciPy).
		expect(fit.slope).toBeGreaterThan(0);
		expect(fit.slope).toBeLessThan(0.8082297266540499);
		expect(fit.crossing).toBeCloseTo(-fit.intercept / fit.slope, 10);
	});

	it('solves the modified score to rounding, without stalling near the estimate', () => {
		// Firth's estimate is the root of U*(β) = Σ (yᵢ − pᵢ + hᵢ(½ − pᵢ)) (1, xᵢ) (Firth 1993,
		// eq. 5 with the hat diagonal): evaluated here from its definition. Halving steps on the
		// rounding noise of the penalised likelihood once left it ~1e-6 from 0.
		const modifiedScore = (x: number[], y: (0 | 1)[], a: number, b: number) => {
			const p = x.map((v) => 1 / (1 + Math.exp(-(a + b * v))));
			let [i00, i01, i11] = [0, 0, 0];
			x.forEach((v, i) => {
				const w = p[i]! * (1 - p[i]!);
				[i00, i01, i11] = [i00 + w, i01 + w * v, i11 + w * v * v];
			});
			const det = i00 * i11 - i01 * i01;
			let [g0, g1] = [0, 0];
			x.forEach((v, i) => {
				const q = p[i]!;
				const h = (q * (1 - q) * (i11 - 2 * i01 * v + i00 * v * v)) / det;
				const r = y[i]! - q + h * (0.5 - q);
				[g0, g1] = [g0 + r, g1 + r * v];
			});
			return Math.hypot(g0, g1);
		};
		const rng = createRng(11);
		for (let trial = 0; trial < 200; trial++) {
			const n = rng.int(6, 60);
			const x = Array.from({ length: n }, () => rng.int(0, 20));
			const spread = trial % 4 === 0 ? 0.3 : 3;
			const y = x.map((v) => (rng.chance(1 / (1 + Math.exp(-(v - 10) / spread))) ? 1 : 0) as 0 | 1);
			const fit = fitFirthLogistic(x, y);
			if (fit === null || fit.slope === 0) continue;
			expect(modifiedScore(x, y, fit.intercept, fit.slope)).toBeLessThan(1e-9);
		}
	});

	it('is null when no fit can exist', () => {
		expect(fitFirthLogistic([1, 2, 3], [1, 1, 1])).toBeNull();
		expect(fitFirthLogistic([2, 2, 2, 2], [0, 1, 0, 1])).toBeNull();
		expect(() => fitFirthLogistic([1, 2], [0])).toThrow(RangeError);
	});
});
