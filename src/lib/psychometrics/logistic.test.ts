import { describe, expect, it } from 'vitest';
import { fitLogistic } from './logistic';

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
