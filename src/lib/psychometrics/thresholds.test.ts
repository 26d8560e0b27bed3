import { describe, expect, it } from 'vitest';
import { partialCreditExpected } from './fixtures';
import { fitFirthLogistic } from './logistic';
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

	it('contrasting groups: where Firth’s logistic fit of « confirmé » on the score crosses ½', () => {
		// By symmetry: the data are unchanged by x → 7 − x, « confirmé » ↔ « en progression »,
		// and so is Firth's penalised likelihood; its maximum is unique, so the crossing is 3.5.
		expect(contrastingGroupsThreshold([1, 2, 3, 4, 5, 6], [P, P, C, P, C, C])).toBeCloseTo(3.5, 10);
		// On the fixture: the crossing of the Firth fit (checked in logistic.test.ts) of the 11
		// rated employees, the unrated one left out.
		const fit = fitFirthLogistic(totals.slice(0, 11), [1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0])!;
		expect(contrastingGroupsThreshold(totals, ratings)).toBeCloseTo(fit.crossing, 12);
	});

	it('contrasting groups: a value for separated groups, null when a group is too small or reversed', () => {
		// Completely separated: maximum likelihood has no estimate, Firth crosses at 2.5 (symmetry).
		expect(contrastingGroupsThreshold([1, 2, 3, 4], [P, P, C, C])).toBeCloseTo(2.5, 10);
		expect(contrastingGroupsThreshold([1, 2, 3], [C, C, null])).toBeNull();
		expect(contrastingGroupsThreshold([1, 2, 3, 4, 5], [C, C, C, C, P])).toBeNull();
		expect(contrastingGroupsThreshold([5, 5, 5, 5], [C, P, C, P])).toBeNull();
		expect(contrastingGroupsThreshold([1, 2, 3, 4, 5, 6], [C, C, P, C, P, P])).toBeNull();
		expect(contrastingGroupsThreshold([1, 2, 3, 4], [C, C, P, P])).toBeNull();
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
			['contrasting-groups', expect.closeTo(contrastingGroupsThreshold(totals, ratings)!, 12)],
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
			value: expect.closeTo(2.5, 10),
			note: expect.stringContaining('séparent complètement')
		});
		expect(separated[2]!.unavailable).toBeUndefined();
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
		expect(contrast!.note).toContain('separate the two groups completely');
		expect(lowest).toMatchObject({ value: 3, name: 'Lowest score of the confirmed' });
	});
});

describe('each case its own message, every value on the scale', () => {
	const contrast = (x: number[], r: SupervisorRating[]) => suggestThresholds(x, r, { max: 20 });

	it('a reversed separation gets no suggestion, and the lowest confirmé is flagged', () => {
		const [, , groups, lowest] = contrast([1, 2, 3, 4], [C, C, P, P]);
		expect(groups).toMatchObject({
			value: null,
			unavailable: expect.stringContaining('sens attendu')
		});
		expect(lowest).toMatchObject({ value: 1, note: expect.stringContaining('Attention') });
	});

	it('identical scores, too few in a group: each says so', () => {
		expect(contrast([5, 5, 5, 5], [C, P, C, P])[2]!.unavailable).toContain('même score');
		expect(contrast([1, 2, 3, 4, 5], [C, C, C, C, P])[2]!.unavailable).toBe(
			'Trop peu de salariés dans un des groupes (4 « confirmé », 1 « en progression ») : il en faut au moins 2 dans chacun pour situer la frontière entre eux.'
		);
	});

	it('a crossing below 0 is brought back to 0, saying what was computed', () => {
		// 10 confirmés and 2 en progression at 2 and 11: Firth's crossing is −10.6 (the fit
		// predicts « confirmé » over the whole scale).
		const x = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 2, 11];
		const r = [C, C, C, C, C, C, C, C, C, C, P, P];
		expect(contrastingGroupsThreshold(x, r)!).toBeLessThan(0);
		const [, , groups] = contrast(x, r);
		expect(groups).toMatchObject({ value: 0, note: expect.stringContaining('en dessous de 0') });
	});

	it('mean − k·SD is kept within [0, max] (by hand)', () => {
		// 0, 0, 0, 10: mean 2.5, SD 5 → 2.5 − 5 = −2.5, brought back to 0; 2.5 + 5 = 7.5 > 6.
		const [, low] = suggestThresholds([0, 0, 0, 10], undefined, { max: 10 });
		expect(low).toMatchObject({ value: 0, note: expect.stringContaining('2,5') });
		const [, high] = suggestThresholds([0, 0, 0, 10], undefined, { max: 6, k: -1 });
		expect(high).toMatchObject({ value: 6, note: expect.stringContaining('ramené à 6') });
		const [, inside] = suggestThresholds([2, 4, 4, 5], undefined, { max: 10 });
		expect(inside!.note).toBeUndefined();
	});
});
