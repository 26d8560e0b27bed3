import { z } from 'zod';
import {
	binIdSchema,
	binSchema,
	markSchema,
	sortingRuleSchema,
	textSchema
} from '../mechanics/sorting/types';

/**
 * Themed content of the sorting station: what the items are, the bins, the base rules (by
 * label colour) and the exceptions in priority order. Difficulty takes the first 1, 2 or 3
 * exceptions. Validated at load: a content mistake fails at start, not in front of a candidate.
 */
const themeContentSchema = z.object({
	itemNoun: textSchema,
	bins: z.array(binSchema).length(4),
	baseRules: z.array(sortingRuleSchema.extend({ kind: z.literal('base') })).length(3),
	exceptions: z.array(sortingRuleSchema.extend({ kind: z.literal('exception') })).length(3),
	destinations: z.array(z.string().regex(/^[A-Z]{3}$/)).min(3),
	/** A mark no rule mentions (difficulty 2 and 3): the base rule still applies. */
	distractor: markSchema,
	consigne: z.array(textSchema).min(2).max(5),
	defaultBin: binIdSchema
});
export type ThemeContent = z.infer<typeof themeContentSchema>;

const content = {
	logistique: {
		itemNoun: { fr: 'Colis', en: 'Parcel' },
		bins: [
			{ id: 'A', name: { fr: 'Quai Nord', en: 'North dock' } },
			{ id: 'B', name: { fr: 'Quai Sud', en: 'South dock' } },
			{ id: 'C', name: { fr: 'Chambre froide', en: 'Cold room' } },
			{ id: 'D', name: { fr: 'Zone fragile', en: 'Fragile area' } }
		],
		baseRules: [
			{
				id: 'blue',
				kind: 'base',
				when: { attribute: 'color', equals: 'blue' },
				bin: 'A',
				text: { fr: 'Étiquette bleue : bac A', en: 'Blue label: bin A' }
			},
			{
				id: 'green',
				kind: 'base',
				when: { attribute: 'color', equals: 'green' },
				bin: 'B',
				text: { fr: 'Étiquette verte : bac B', en: 'Green label: bin B' }
			},
			{
				id: 'yellow',
				kind: 'base',
				when: { attribute: 'color', equals: 'yellow' },
				bin: 'A',
				text: { fr: 'Étiquette jaune : bac A', en: 'Yellow label: bin A' }
			}
		],
		exceptions: [
			{
				id: 'cold',
				kind: 'exception',
				when: { attribute: 'mark', equals: 'cold' },
				bin: 'C',
				text: {
					fr: 'Produit froid : toujours bac C, quelle que soit la couleur',
					en: 'Cold product: always bin C, whatever the colour'
				}
			},
			{
				id: 'fragile',
				kind: 'exception',
				when: { attribute: 'mark', equals: 'fragile' },
				bin: 'D',
				text: { fr: 'Fragile : toujours bac D', en: 'Fragile: always bin D' }
			},
			{
				id: 'express',
				kind: 'exception',
				when: { attribute: 'destination', equals: 'EXP' },
				bin: 'B',
				text: { fr: 'Code EXP (express) : bac B', en: 'Code EXP (express): bin B' }
			}
		],
		destinations: ['LYO', 'PAR', 'MAR', 'EXP'],
		distractor: 'heavy',
		consigne: [
			{ fr: 'Des colis arrivent un par un.', en: 'Parcels arrive one by one.' },
			{ fr: 'Posez chaque colis dans le bon bac.', en: 'Put each parcel in the right bin.' },
			{
				fr: 'Suivez les règles affichées à gauche. La règle la plus haute passe en premier.',
				en: 'Follow the rules shown on the left. The highest rule comes first.'
			},
			{ fr: 'Travaillez bien et sans vous presser.', en: 'Work carefully, without rushing.' }
		],
		defaultBin: 'A'
	},
	soin: {
		itemNoun: { fr: 'Boîte', en: 'Box' },
		bins: [
			{ id: 'A', name: { fr: 'Cardiologie', en: 'Cardiology' } },
			{ id: 'B', name: { fr: 'Pédiatrie', en: 'Paediatrics' } },
			{ id: 'C', name: { fr: 'Urgences', en: 'Emergency' } },
			{ id: 'D', name: { fr: 'Réfrigérateur', en: 'Refrigerator' } }
		],
		baseRules: [
			{
				id: 'blue',
				kind: 'base',
				when: { attribute: 'color', equals: 'blue' },
				bin: 'A',
				text: { fr: 'Étiquette bleue : bac A', en: 'Blue label: bin A' }
			},
			{
				id: 'green',
				kind: 'base',
				when: { attribute: 'color', equals: 'green' },
				bin: 'B',
				text: { fr: 'Étiquette verte : bac B', en: 'Green label: bin B' }
			},
			{
				id: 'yellow',
				kind: 'base',
				when: { attribute: 'color', equals: 'yellow' },
				bin: 'C',
				text: { fr: 'Étiquette jaune : bac C', en: 'Yellow label: bin C' }
			}
		],
		exceptions: [
			{
				id: 'cold',
				kind: 'exception',
				when: { attribute: 'mark', equals: 'cold' },
				bin: 'D',
				text: { fr: 'À garder au froid : toujours bac D', en: 'Keep cold: always bin D' }
			},
			{
				id: 'urgent',
				kind: 'exception',
				when: { attribute: 'mark', equals: 'urgent' },
				bin: 'C',
				text: {
					fr: 'Urgent : toujours bac C, quelle que soit la couleur',
					en: 'Urgent: always bin C, whatever the colour'
				}
			},
			{
				id: 'paediatrics',
				kind: 'exception',
				when: { attribute: 'destination', equals: 'PED' },
				bin: 'B',
				text: { fr: 'Code PED : bac B', en: 'Code PED: bin B' }
			}
		],
		destinations: ['CAR', 'NEU', 'CHI', 'PED'],
		distractor: 'heavy',
		consigne: [
			{
				fr: 'Des boîtes de médicaments arrivent une par une.',
				en: 'Medicine boxes arrive one by one.'
			},
			{ fr: 'Rangez chaque boîte dans le bon bac.', en: 'Put each box in the right bin.' },
			{
				fr: 'Suivez les règles affichées à gauche. La règle la plus haute passe en premier.',
				en: 'Follow the rules shown on the left. The highest rule comes first.'
			},
			{ fr: 'Travaillez bien et sans vous presser.', en: 'Work carefully, without rushing.' }
		],
		defaultBin: 'A'
	}
} satisfies Record<string, ThemeContent>;

export type ConsignesTheme = keyof typeof content;
export const CONSIGNES_THEMES = Object.keys(content) as ConsignesTheme[];

const validated = z.record(z.string(), themeContentSchema).parse(content);

export function themeContent(theme: string): ThemeContent {
	const found = validated[theme];
	if (!found) throw new Error(`consignes: no content for theme ${theme}`);
	return found;
}
