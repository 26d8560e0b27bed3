import { describe, expect, it } from 'vitest';
import { partialCreditExpected } from './fixtures';
import {
	contrastingGroupsThreshold,
	lowestConfirmedThreshold,
	meanMinusSdThreshold,
	percentileThreshold,
	suggestThresholds,
	type SupervisorRating
} from './thresholds';

const C: SupervisorRating = 'confirme';
const P: SupervisorRating = 'en-progression';

// Totals of the partial-credit fixture; the last employee is not rated.
const totals = partialCreditExpected.totals;
const ratings = [C, C, P, C, P, C, C, P, P, C, P, null];

describe('threshold methods', () => {
	it('percentile of the employees and mean − k·SD (NumPy, by hand)', () => {
		// NumPy: np.percentile(totals, 20) = 2, mean − SD(ddof=1) = 2.3793224033147715.
		expect(percentileThreshold(totals)).toBe(partialCreditExpected.percentile20);
		expect(meanMinusSdThreshold(totals)).toBeCloseTo(partialCreditExpected.meanMinus1Sd, 12);
		// By hand: 2, 4, 4, 5 has mean 3.75 and SD 1.25831; 3.75 − 2 × 1.25831 = 1.23339 (Python
		// statistics: 1.2333885215764169).
		expect(meanMinusSdThreshold([2, 4, 4, 5], 2)).toBeCloseTo(1.2333885215764169, 12);
		expect(meanMinusSdThreshold([4])).toBeNull();
		expect(percentileThreshold([])).toBeNull();
	});

	it('contrasting groups: where the logistic fit of « confirmé » on the score crosses ½', () => {
		// SciPy 1.17 maximum-likelihood fit on the 11 rated employees (see logistic.test.ts):
		// −a/b = 6.163105330427828.
		expect(contrastingGroupsThreshold(totals, ratings)).toBeCloseTo(6.163105330427828, 8);
	});

	it('contrasting groups: null when a group is empty, when separated, or when reversed', () => {
		expect(contrastingGroupsThreshold([1, 2, 3], [C, C, null])).toBeNull();
		expect(contrastingGroupsThreshold([1, 2, 3, 4], [P, P, C, C])).toBeNull();
		expect(contrastingGroupsThreshold([1, 2, 3, 4, 5, 6], [C, C, P, C, P, P])).toBeNull();
		expect(() => contrastingGroupsThreshold([1, 2], [C])).toThrow(RangeError);
	});

	it('lowest score of the employees rated « confirmé » (by hand)', () => {
		// Confirmés: 7, 10, 9, 11, 5, 11 → 5; the unrated 1 does not count.
		expect(lowestConfirmedThreshold(totals, ratings)).toBe(5);
		expect(lowestConfirmedThreshold([1, 2], [P, null])).toBeNull();
	});
});

describe('suggestThresholds', () => {
	it('gives the two distribution methods, with plain French explanations, without ratings', () => {
		const suggestions = suggestThresholds(totals);
		expect(suggestions.map((s) => s.method)).toEqual(['percentile', 'mean-minus-sd']);
		expect(suggestions[0]).toEqual({
			method: 'percentile',
			name: 'Percentile 20',
			value: 2,
			explanation: 'Percentile 20 des salariés : quatre salariés sur cinq atteignent ce score.'
		});
		// Φ(1) = 0.841 → « environ 84 % ».
		expect(suggestions[1]).toMatchObject({
			name: 'Moyenne − 1 écart-type',
			value: expect.closeTo(partialCreditExpected.meanMinus1Sd, 12),
			explanation:
				'Moyenne des salariés moins 1 écart-type : si les scores suivent une courbe en cloche, environ 84 % des salariés atteignent ce score.'
		});
		expect(
			suggestThresholds(
				totals,
				totals.map(() => null)
			)
		).toHaveLength(2);
	});

	it('adds contrasting groups and the lowest confirmé when employees are rated', () => {
		const suggestions = suggestThresholds(totals, ratings);
		expect(suggestions.map((s) => [s.method, s.value])).toEqual([
			['percentile', 2],
			['mean-minus-sd', expect.closeTo(2.3793224033147715, 12)],
			['contrasting-groups', expect.closeTo(6.163105330427828, 8)],
			['lowest-confirmed', 5]
		]);
		for (const s of suggestions) {
			expect(s.explanation).toMatch(/^[A-Z][^\n]+\.$/);
			expect(s.unavailable).toBeUndefined();
		}
	});

	it('says why a method gives no value', () => {
		const separated = suggestThresholds([1, 2, 3, 4], [P, P, C, C]);
		expect(separated[2]).toMatchObject({
			value: null,
			unavailable: expect.stringContaining('séparent')
		});
		const onlyProgressing = suggestThresholds([1, 2, 3], [P, P, null]);
		expect(onlyProgressing[2]!.unavailable).toContain(
			'« confirmé » et d’autres « en progression »'
		);
		expect(onlyProgressing[3]).toMatchObject({ value: null, unavailable: expect.any(String) });
		expect(suggestThresholds([4])[1]).toMatchObject({
			value: null,
			unavailable: expect.any(String)
		});
	});

	it('words other percentiles and k in French', () => {
		const [p, k] = suggestThresholds(totals, undefined, { percentile: 30, k: 1.5 });
		expect(p!.explanation).toBe(
			'Percentile 30 des salariés : 70 % des salariés atteignent ce score.'
		);
		// Φ(1.5) = 0.933 → « environ 93 % »; French writes 1,5 and keeps the singular below 2.
		expect(k!.name).toBe('Moyenne − 1,5 écart-type');
		expect(k!.explanation).toContain('environ 93 %');
		const [half, two] = suggestThresholds(totals, undefined, { percentile: 50, k: 2 });
		expect(half!.explanation).toContain('un salarié sur deux atteint ce score');
		expect(two!.name).toBe('Moyenne − 2 écarts-types');
	});

	it('speaks English for an English-speaking adviser', () => {
		const [p, k, contrast, lowest] = suggestThresholds([1, 2, 3, 4], [P, P, C, C], {
			k: 1.5,
			locale: 'en'
		});
		expect(p).toMatchObject({
			name: 'Percentile 20',
			explanation: 'Percentile 20 of the employees: four employees in five reach this score.'
		});
		expect(k!.name).toBe('Mean − 1.5 standard deviations');
		expect(k!.explanation).toContain('about 93% of the employees');
		expect(contrast!.unavailable).toContain('separate the two groups');
		expect(lowest).toMatchObject({ value: 3, name: 'Lowest score of the confirmed' });
	});
});
