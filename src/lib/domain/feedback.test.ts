import { describe, expect, it } from 'vitest';
import { feedbackLevel, strongestHabiletes } from './feedback';

describe('feedback in words', () => {
	it('names each outcome without a number', () => {
		expect(feedbackLevel('met')).toBe('point-fort');
		expect(feedbackLevel('uncertain')).toBe('bien');
		expect(feedbackLevel('not-met')).toBe('a-travailler');
		expect(feedbackLevel('missing')).toBe('non-mesure');
	});

	it('picks the habiletés shown best, furthest above their threshold first', () => {
		const m = (
			habilete: 'consignes' | 'attention' | 'tension',
			raw: number | null,
			outcome: 'met' | 'uncertain' | 'not-met' | 'missing'
		) => ({
			habilete,
			raw,
			max: 40,
			threshold: 20,
			outcome
		});
		expect(
			strongestHabiletes([
				m('consignes', 25, 'met'),
				m('attention', 35, 'met'),
				m('tension', 10, 'not-met')
			])
		).toEqual(['attention', 'consignes']);
		expect(
			strongestHabiletes([m('tension', 19, 'uncertain'), m('consignes', null, 'missing')])
		).toEqual(['tension']);
	});
});
