import { describe, expect, it } from 'vitest';
import { levelOf } from './levels';

describe('levelOf', () => {
	it('uses the SEM: strong from 2 SEM above, expected within 1 SEM below (by hand, 12 ± 1.5)', () => {
		expect(levelOf(15, 12, 1.5, 20)).toBe('strong');
		expect(levelOf(14.9, 12, 1.5, 20)).toBe('expected');
		expect(levelOf(11, 12, 1.5, 20)).toBe('expected');
		expect(levelOf(10.5, 12, 1.5, 20)).toBe('below');
	});

	it('without a SEM: a tenth of the maximum above is strong, the threshold itself expected', () => {
		expect(levelOf(14, 12, null, 20)).toBe('strong');
		expect(levelOf(12, 12, 0, 20)).toBe('expected');
		expect(levelOf(11.9, 12, null, 20)).toBe('below');
	});
});
