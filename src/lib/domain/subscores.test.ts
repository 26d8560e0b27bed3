import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n';
import { formatSubscore, type SubscoreValue } from './subscores';

const value = (over: Partial<SubscoreValue>): SubscoreValue => ({
	key: 'k',
	label: { fr: 'K', en: 'K' },
	format: 'count',
	value: 3,
	outOf: null,
	plain: true,
	...over
});

describe('formatSubscore', () => {
	it('reads a count of its total, a decimal, a time, in each staff language', () => {
		const fr = translator('fr');
		const en = translator('en');
		expect(formatSubscore(value({ value: 3, outOf: 4 }), 'fr', fr)).toBe('3 sur 4');
		expect(formatSubscore(value({ value: 3, outOf: 4 }), 'en', en)).toBe('3 of 4');
		expect(formatSubscore(value({ value: 12 }), 'fr', fr)).toBe('12');
		expect(formatSubscore(value({ format: 'decimal', value: 2.4567 }), 'fr', fr)).toBe('2,46');
		expect(formatSubscore(value({ format: 'decimal', value: -0.5 }), 'en', en)).toBe('-0.5');
		expect(formatSubscore(value({ format: 'ms', value: 1234.6 }), 'fr', fr)).toMatch(/^1\s235 ms$/);
	});

	it('shows an undefined value as a dash, never as 0', () => {
		expect(formatSubscore(value({ value: null, outOf: 4 }), 'fr', translator('fr'))).toBe('—');
	});
});
