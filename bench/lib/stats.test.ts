import { describe, expect, it } from 'vitest';
import { quantileInterval } from './stats';

const ranks = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('quantileInterval', () => {
	it('gives the textbook ranks for a median of 100 (40th and 61st values)', () => {
		expect(quantileInterval(ranks(100), 0.5)).toEqual({ low: 40, high: 61 });
	});

	it('bounds a 95th percentile of 80 taps by its 72nd value and its largest', () => {
		// B ~ Binomial(80, 0.95): P(B ≤ 71) ≈ 0.018 ≤ 0.025 < P(B ≤ 72) ≈ 0.047, and
		// P(B = 80) = 0.95^80 ≈ 0.017 ≤ 0.025.
		expect(quantileInterval(ranks(80), 0.95)).toEqual({ low: 72, high: 80 });
	});

	it('cannot bound a 95th percentile of 40 taps from above', () => {
		const { low, high } = quantileInterval(ranks(40), 0.95);
		expect(high).toBe(Infinity);
		expect(low).toBeGreaterThan(30);
	});

	it('orders the values it is given, whatever their order', () => {
		expect(quantileInterval([...ranks(100)].reverse(), 0.5)).toEqual({ low: 40, high: 61 });
	});

	it('refuses a quantile or a level outside (0, 1), saying so', () => {
		expect(() => quantileInterval(ranks(10), 1)).toThrow(/between 0 and 1/);
		expect(() => quantileInterval(ranks(10), 0.5, 0)).toThrow(/between 0 and 1/);
	});
});
