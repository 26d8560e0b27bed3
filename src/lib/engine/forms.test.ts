import { describe, expect, it } from 'vitest';
import { shares, stratifiedDeal } from './forms';
import { createRng } from './random';

describe('stratified draws', () => {
	it('shares a whole number as evenly as can be, the first shares taking the rest', () => {
		expect(shares(24, 3)).toEqual([8, 8, 8]);
		expect(shares(14, 3)).toEqual([5, 5, 4]);
		expect(shares(2, 3)).toEqual([1, 1, 0]);
		expect(shares(0, 2)).toEqual([0, 0]);
	});

	it('deals the same number of each kind whatever the seed, in an order the seed draws', () => {
		const count = (list: string[], k: string) => list.filter((x) => x === k).length;
		const orders = [1, 2, 3].map((seed) => stratifiedDeal(createRng(seed), ['a', 'b', 'c'], 7));
		for (const order of orders) {
			expect(order).toHaveLength(7);
			expect(['a', 'b', 'c'].map((k) => count(order, k))).toEqual([3, 2, 2]);
		}
		expect(new Set(orders.map((o) => o.join(''))).size).toBeGreaterThan(1);
	});
});
