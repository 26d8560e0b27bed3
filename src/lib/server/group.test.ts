import { describe, expect, it } from 'vitest';
import { groupBy } from './group';

describe('groupBy', () => {
	it('groups by key, keeping the order of the items in each group and of first keys', () => {
		const rows = [
			{ a: 'x', n: 1 },
			{ a: 'y', n: 2 },
			{ a: 'x', n: 3 }
		];
		const groups = groupBy(rows, (r) => r.a);
		expect([...groups.keys()]).toEqual(['x', 'y']);
		expect(groups.get('x')!.map((r) => r.n)).toEqual([1, 3]);
		expect(groups.get('z')).toBeUndefined();
	});
});
