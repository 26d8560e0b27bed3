import { describe, expect, it } from 'vitest';
import { createRng } from '$lib/engine/random';
import { BOOTSTRAP_RESAMPLES, bootstrapInterval, resampler } from './bootstrap';
import { normalQuantile } from './normal';

/** The mean of a resample of `values`. */
const resampledMean = (values: readonly number[]) => (counts: Uint32Array) => {
	let total = 0;
	counts.forEach((c, i) => (total += c * values[i]!));
	return total / values.length;
};

describe('percentile bootstrap', () => {
	it('draws n observations with replacement, with the numbers of createRng', () => {
		const counts = new Uint32Array(7);
		const draw = resampler(1);
		const rng = createRng(1);
		for (let b = 0; b < 50; b++) {
			draw(counts);
			expect(counts.reduce((a, c) => a + c, 0)).toBe(7);
			const expected = new Uint32Array(7);
			for (let i = 0; i < 7; i++) expected[Math.floor(rng.next() * 7)]!++;
			expect(counts).toEqual(expected);
		}
	});

	it('gives the quantiles of the exact bootstrap distribution (by hand)', () => {
		// Two observations 0 and 10: a resample is {0,0}, {0,10} or {10,10} with probabilities
		// ¼, ½, ¼, so its mean is 0, 5 or 10. The 2.5th percentile of that distribution is 0, the
		// 97.5th is 10: ¼ of the mass sits on each end.
		const interval = bootstrapInterval(2, resampledMean([0, 10]))!;
		expect(interval).toMatchObject({ low: 0, high: 10, level: 0.95, valid: 1000 });
		// At 40 %, the 30th and 70th percentiles: both 5 (half the mass).
		expect(bootstrapInterval(2, resampledMean([0, 10]), { level: 0.4 })).toMatchObject({
			low: 5,
			high: 5
		});
	});

	it('matches the normal-theory interval of a mean (Efron & Tibshirani 1993, §5.2)', () => {
		// The bootstrap SE of a mean is s·√((n − 1)/n)/√n; with n = 200 normal values the
		// percentile interval is close to mean ± 1.96 × that.
		const rng = createRng(7);
		const values = Array.from({ length: 200 }, () => 50 + 10 * normalQuantile(rng.next()));
		const n = values.length;
		const m = values.reduce((a, b) => a + b, 0) / n;
		const s = Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / (n - 1));
		const se = (s * Math.sqrt((n - 1) / n)) / Math.sqrt(n);
		const interval = bootstrapInterval(n, resampledMean(values))!;
		expect(interval.low).toBeCloseTo(m - 1.96 * se, 0);
		expect(interval.high).toBeCloseTo(m + 1.96 * se, 0);
		expect((interval.high - interval.low) / (2 * 1.96 * se)).toBeGreaterThan(0.9);
		expect((interval.high - interval.low) / (2 * 1.96 * se)).toBeLessThan(1.1);
	});

	it('is the same for the same seed, and says how many resamples it drew', () => {
		const values = [3, 8, 12, 12, 15, 17, 18, 20];
		const a = bootstrapInterval(values.length, resampledMean(values));
		const b = bootstrapInterval(values.length, resampledMean(values));
		const c = bootstrapInterval(values.length, resampledMean(values), { seed: 99 });
		expect(a).toEqual(b);
		expect(a!.resamples).toBe(BOOTSTRAP_RESAMPLES);
		expect(c).not.toEqual(a);
	});

	it('leaves out resamples without a value, and gives up when most have none', () => {
		let calls = 0;
		const everyThird = () => (calls++ % 3 === 0 ? 1 : null);
		expect(bootstrapInterval(5, everyThird, { resamples: 300 })).toBeNull();
		let k = 0;
		const mostly = () => (k++ % 4 === 0 ? null : k);
		expect(bootstrapInterval(5, mostly, { resamples: 400 })).toMatchObject({ valid: 300 });
		expect(bootstrapInterval(1, () => 1)).toBeNull();
		expect(() => bootstrapInterval(5, () => 1, { level: 1 })).toThrow(RangeError);
	});
});
