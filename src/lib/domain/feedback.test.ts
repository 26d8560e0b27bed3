import { describe, expect, it } from 'vitest';
import { feedbackLevel, strongestHabiletes } from './feedback';

const m = (habilete: 'consignes' | 'attention' | 'tension', raw: number | null) => ({
	habilete,
	raw,
	max: 40,
	threshold: 20,
	sem: 2
});

describe('feedback in words', () => {
	it('names the employer’s level in the candidate’s words, without a number', () => {
		expect(feedbackLevel(m('consignes', 24))).toBe('point-fort'); // two SEM above
		expect(feedbackLevel(m('consignes', 23))).toBe('bien');
		expect(feedbackLevel(m('consignes', 19))).toBe('bien'); // within one SEM below
		expect(feedbackLevel(m('consignes', 18))).toBe('a-travailler');
		expect(feedbackLevel(m('consignes', null))).toBe('non-mesure');
	});

	it('picks the habiletés shown best, furthest above their threshold first', () => {
		expect(strongestHabiletes([m('consignes', 25), m('attention', 35), m('tension', 10)])).toEqual([
			'attention',
			'consignes'
		]);
		expect(strongestHabiletes([m('tension', 19), m('consignes', null)])).toEqual(['tension']);
	});
});
