import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { isMessageKey, localeFromAcceptLanguage, translator } from './index';

describe('catalogues', () => {
	it('have exactly the same keys', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
	});

	it('keep the same placeholders in both languages', () => {
		for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
			const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
			expect(names(en[key]), key).toEqual(names(fr[key]));
		}
	});
});

describe('translator', () => {
	it('fills placeholders', () => {
		expect(translator('fr')('login.throttled', { minutes: 3 })).toBe(
			'Trop d’essais. Réessayez dans 3 min.'
		);
		expect(translator('en')('login.throttled', { minutes: 3 })).toBe(
			'Too many attempts. Try again in 3 min.'
		);
	});

	it('recognises keys', () => {
		expect(isMessageKey('login.failed')).toBe(true);
		expect(isMessageKey('toString')).toBe(false);
	});

	it('defaults to French', () => {
		expect(localeFromAcceptLanguage(null)).toBe('fr');
		expect(localeFromAcceptLanguage('de-DE,de;q=0.9')).toBe('fr');
		expect(localeFromAcceptLanguage('en-GB,en;q=0.9')).toBe('en');
	});
});
