import { describe, expect, it } from 'vitest';
import { subscoreValues } from './subscores';

describe('subscoreValues', () => {
	it("reads a stored score's subscores with its exercise's labels, in their order", () => {
		const stored = JSON.stringify({
			processed: 10,
			exceptions: 3,
			exceptionsMax: 4,
			base: 5,
			baseMax: 6
		});
		expect(subscoreValues('consignes', stored)).toEqual([
			{
				key: 'base',
				label: expect.objectContaining({ fr: 'Cas ordinaires réussis' }),
				format: 'count',
				value: 5,
				outOf: 6,
				plain: true
			},
			{
				key: 'exceptions',
				label: expect.objectContaining({ fr: 'Exceptions réussies' }),
				format: 'count',
				value: 3,
				outOf: 4,
				plain: true
			},
			{
				key: 'processed',
				label: expect.objectContaining({ en: 'Items processed' }),
				format: 'count',
				value: 10,
				outOf: null,
				plain: true
			}
		]);
	});

	it('keeps an undefined value as undefined, leaves out what was not stored', () => {
		const values = subscoreValues(
			'attention',
			JSON.stringify({ dprime: null, hits: 4, extra: 'x' })
		);
		expect(values.map((v) => [v.key, v.value])).toEqual([
			['hits', 4],
			['dprime', null]
		]);
	});

	it('marks the plain counts (feedback sheet, employer), not the model parameters', () => {
		const values = subscoreValues(
			'attention',
			JSON.stringify({ hits: 30, misses: 2, falseAlarms: 1, dprime: 2.1, criterion: 0.2 })
		);
		expect(values.filter((v) => v.plain).map((v) => v.key)).toEqual([
			'hits',
			'misses',
			'falseAlarms'
		]);
	});

	it('shows nothing for an unknown exercise or a stored value that is not an object', () => {
		expect(subscoreValues('nope', '{"a":1}')).toEqual([]);
		expect(subscoreValues('consignes', '[1,2]')).toEqual([]);
	});
});
