import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from './normal';

describe('normal quantile Φ⁻¹ (Acklam)', () => {
	// Expected values: published tables of the standard normal; the last two from SciPy 1.17
	// `scipy.stats.norm.ppf`.
	it('matches known quantiles in the centre and both tails', () => {
		expect(normalQuantile(0.5)).toBe(0);
		expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
		expect(normalQuantile(0.025)).toBeCloseTo(-1.959964, 6);
		expect(normalQuantile(0.8413447461)).toBeCloseTo(1, 6);
		expect(normalQuantile(0.05)).toBeCloseTo(-1.644854, 6);
		expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 6);
		expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 6);
		expect(normalQuantile(0.999)).toBeCloseTo(3.090232, 6);
		expect(normalQuantile(0.3)).toBeCloseTo(-0.5244005127080409, 8);
		expect(normalQuantile(1e-6)).toBeCloseTo(-4.753424308822899, 7);
	});

	it('refuses probabilities outside (0, 1)', () => {
		expect(() => normalQuantile(0)).toThrow(RangeError);
		expect(() => normalQuantile(1)).toThrow(RangeError);
		expect(() => normalQuantile(NaN)).toThrow(RangeError);
	});
});

describe('normal distribution Φ (Hart / West)', () => {
	// Expected values: SciPy 1.17 `scipy.stats.norm.cdf`.
	it('matches SciPy to 1e-14 in the centre, the tails and the far tails', () => {
		const scipy: [number, number][] = [
			[-8, 6.22096057427174e-16],
			[-3, 0.0013498980316300933],
			[-1.96, 0.024997895148220435],
			[-1, 0.15865525393145707],
			[0, 0.5],
			[0.5, 0.6914624612740131],
			[1, 0.8413447460685429],
			[2.5, 0.9937903346742238],
			[6, 0.9999999990134123]
		];
		for (const [x, p] of scipy) expect(Math.abs(normalCdf(x) - p), `Φ(${x})`).toBeLessThan(1e-14);
	});

	it('is 0 and 1 beyond ±37 and NaN for NaN', () => {
		expect(normalCdf(-40)).toBe(0);
		expect(normalCdf(40)).toBe(1);
		expect(normalCdf(NaN)).toBeNaN();
	});

	it('is the inverse of Φ⁻¹ to the accuracy of Acklam’s approximation', () => {
		for (const p of [1e-5, 0.01, 0.2, 0.5, 0.77, 0.99, 0.99999]) {
			expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 7);
		}
	});
});
