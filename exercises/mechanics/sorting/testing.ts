import type { SortingPayload } from './types';

/**
 * A small hand-made payload for tests: two exceptions over three base rules.
 * Answers (first rule that applies): i0 blue → A (base); i1 blue+cold → C (exception);
 * i2 green+fragile → D (exception); i3 yellow+heavy → A (base, heavy has no rule);
 * i4 green+cold+fragile → C (cold is above fragile).
 */
export function samplePayload(): SortingPayload {
	const t = (fr: string) => ({ fr, en: fr });
	const item = (
		key: string,
		color: 'blue' | 'green' | 'yellow',
		marks: ('cold' | 'fragile' | 'heavy')[]
	) => ({
		key,
		label: key.slice(1),
		color,
		destination: 'LYO',
		marks
	});
	return {
		itemNoun: t('Colis'),
		consigne: [t('Posez chaque colis dans le bon bac.')],
		bins: [
			{ id: 'A', name: t('Quai Nord') },
			{ id: 'B', name: t('Quai Sud') },
			{ id: 'C', name: t('Chambre froide') },
			{ id: 'D', name: t('Zone fragile') }
		],
		rules: [
			{
				id: 'cold',
				kind: 'exception',
				when: { attribute: 'mark', equals: 'cold' },
				bin: 'C',
				text: t('Froid : bac C')
			},
			{
				id: 'fragile',
				kind: 'exception',
				when: { attribute: 'mark', equals: 'fragile' },
				bin: 'D',
				text: t('Fragile : bac D')
			},
			{
				id: 'blue',
				kind: 'base',
				when: { attribute: 'color', equals: 'blue' },
				bin: 'A',
				text: t('Bleu : bac A')
			},
			{
				id: 'green',
				kind: 'base',
				when: { attribute: 'color', equals: 'green' },
				bin: 'B',
				text: t('Vert : bac B')
			},
			{
				id: 'yellow',
				kind: 'base',
				when: { attribute: 'color', equals: 'yellow' },
				bin: 'A',
				text: t('Jaune : bac A')
			}
		],
		practice: [
			{ item: item('p0', 'blue', []), bin: 'A', ruleId: 'blue' },
			{ item: item('p1', 'green', ['cold']), bin: 'C', ruleId: 'cold' }
		],
		items: [
			item('i0', 'blue', []),
			item('i1', 'blue', ['cold']),
			item('i2', 'green', ['fragile']),
			item('i3', 'yellow', ['heavy']),
			item('i4', 'green', ['cold', 'fragile'])
		]
	};
}
