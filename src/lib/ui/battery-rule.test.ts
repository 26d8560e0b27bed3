import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n';
import { batteryRuleText } from './battery-rule';

describe('batteryRuleText', () => {
	it('names the rule and its minimum, in the adviser’s language', () => {
		const fr = translator('fr');
		expect(batteryRuleText({ kind: 'all' }, fr, 'fr')).toBe(
			'Admis si tous les seuils sont atteints'
		);
		expect(batteryRuleText({ kind: 'eliminatory-and-z-mean', minZ: -0.5 }, fr, 'fr')).toBe(
			'Seuils éliminatoires atteints et moyenne des écarts réduits aux salariés d’au moins -0,5'
		);
		expect(
			batteryRuleText({ kind: 'eliminatory-and-mean', minMean: 60 }, translator('en'), 'en')
		).toContain('60');
	});
});
