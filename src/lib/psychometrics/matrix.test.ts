import { describe, expect, it } from 'vitest';
import { handMatrix } from './fixtures';
import {
	contentMatrix,
	itemColumns,
	PsychometricsError,
	rowTotals,
	validateMatrix
} from './matrix';

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

describe('content matrix', () => {
	it('gives a column per content id, the mean of the items reached, missing for none', () => {
		// Person 1 saw kinds x, y, x; person 2 y, x, then ran out of time on a y.
		const matrix = contentMatrix([
			[
				{ key: 'i0', content: 'x', score: 1, max: 1 },
				{ key: 'i1', content: 'y', score: 0, max: 1 },
				{ key: 'i2', content: 'x', score: 0, max: 1 }
			],
			[
				{ key: 'i0', content: 'y', score: 1, max: 1 },
				{ key: 'i1', content: 'x', score: 1, max: 1 },
				{ key: 'i2', content: 'z', score: 0, max: 1, reached: false }
			]
		]);
		expect(matrix.items).toEqual(['x', 'y', 'z']);
		// Person 1: x (1 + 0)/2, y 0, z never seen; person 2: x 1, y 1, z not reached.
		expect(matrix.rows).toEqual([
			[0.5, 0, null],
			[1, 1, null]
		]);
		expect(matrix.itemMax).toEqual([1, 1, 1]);
		expect(matrix.missing).toBe(2);
	});

	it('is the usual matrix by key when items carry no content id', () => {
		const item = (key: string, score: number) => ({ key, score, max: 2 });
		const matrix = contentMatrix([
			[item('a', 2), item('b', 1)],
			[item('a', 0), item('b', 2)]
		]);
		expect(matrix).toEqual({
			items: ['a', 'b'],
			rows: [
				[2, 1],
				[0, 2]
			],
			itemMax: [2, 2],
			missing: 0
		});
	});
});
