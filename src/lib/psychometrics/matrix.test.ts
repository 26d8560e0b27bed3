import { describe, expect, it } from 'vitest';
import { handMatrix } from './fixtures';
import { itemColumns, PsychometricsError, rowTotals, validateMatrix } from './matrix';

describe('score matrix', () => {
	it('reads by columns and sums by rows', () => {
		expect(itemColumns(handMatrix)).toEqual([
			[1, 1, 1, 0],
			[1, 1, 0, 0],
			[1, 0, 0, 0]
		]);
		expect(rowTotals(handMatrix)).toEqual([3, 2, 1, 0]);
	});

	it('names the row and the item of a bad cell', () => {
		const bad = {
			items: ['a', 'b'],
			rows: [
				[1, 0],
				[1, Infinity]
			]
		};
		expect(() => validateMatrix(bad)).toThrow('row 2, item "b": Infinity is not a finite number');
		try {
			validateMatrix(bad);
		} catch (e) {
			expect(e).toBeInstanceOf(PsychometricsError);
			expect((e as PsychometricsError).where).toEqual({ row: 1, item: 'b' });
		}
		expect(() =>
			validateMatrix({
				items: ['a', 'b'],
				rows: [
					[1, 0],
					[1, 0, 1]
				]
			})
		).toThrow('row 2 has 3 scores for 2 items');
	});

	it('needs 2 persons and 2 items', () => {
		expect(() => validateMatrix({ items: ['a', 'b'], rows: [[1, 0]] })).toThrow(
			'1 person: at least 2 are needed'
		);
		expect(() => validateMatrix({ items: ['a'], rows: [[1], [0]] })).toThrow(
			'1 item: at least 2 are needed'
		);
	});
});
