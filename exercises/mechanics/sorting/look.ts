import type { Locale } from '$lib/domain/records';
import type { Mark, SortingItem, Text } from './types';

/** How marks and colours are named and drawn: never colour alone (colour-blind candidates). */
export const MARKS: Record<Mark, { name: Text; icon: string }> = {
	fragile: {
		name: { fr: 'Fragile', en: 'Fragile' },
		icon: 'M7 3h10l-1 7a4 4 0 0 1-8 0zM12 14v6M8 21h8'
	},
	cold: {
		name: { fr: 'Froid', en: 'Cold' },
		icon: 'M12 2v20M4 7l16 10M20 7L4 17M9 3l3 3 3-3M9 21l3-3 3 3'
	},
	heavy: { name: { fr: 'Lourd', en: 'Heavy' }, icon: 'M8 8h8l3 13H5zM10 8a2 2 0 1 1 4 0' },
	urgent: { name: { fr: 'Urgent', en: 'Urgent' }, icon: 'M12 3v11M12 18v2' },
	locked: { name: { fr: 'Sous clé', en: 'Locked' }, icon: 'M6 11h12v10H6zM8 11V7a4 4 0 0 1 8 0v4' }
};

export const COLORS: Record<SortingItem['color'], { name: Text; fill: string; ink: string }> = {
	blue: { name: { fr: 'Bleu', en: 'Blue' }, fill: '#1f5fbf', ink: '#ffffff' },
	green: { name: { fr: 'Vert', en: 'Green' }, fill: '#1e7a3c', ink: '#ffffff' },
	yellow: { name: { fr: 'Jaune', en: 'Yellow' }, fill: '#f2c94c', ink: '#1b1f24' },
	red: { name: { fr: 'Rouge', en: 'Red' }, fill: '#b3261e', ink: '#ffffff' }
};

export function text(value: Text, locale: Locale): string {
	return value[locale];
}
