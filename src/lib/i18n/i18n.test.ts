import { describe, expect, it } from 'vitest';
import { en } from './en';
import { errorEn, errorFr } from './errors';
import { fr } from './fr';
import { isMessageKey, localeFromAcceptLanguage, translator } from './index';
import { kioskTranslator, loadKioskMessages } from './kiosk';
import { kioskEn } from './kiosk-en';
import { kioskFr } from './kiosk-fr';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
	it('have exactly the same keys', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
	});

	it('keep the same placeholders in both languages', () => {
		for (const key of Object.keys(fr) as (keyof typeof fr)[])
			expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
	});
});

describe('error page texts', () => {
	it('are in both languages, with the staff catalogues', () => {
		expect(Object.keys(errorEn).sort()).toEqual(Object.keys(errorFr).sort());
		for (const key of Object.keys(errorFr) as (keyof typeof errorFr)[]) {
			expect(fr[key]).toBe(errorFr[key]);
			expect(en[key]).toBe(errorEn[key]);
		}
	});
});

describe('kiosk catalogues', () => {
	it('have the same keys and placeholders in both languages', () => {
		expect(Object.keys(kioskEn).sort()).toEqual(Object.keys(kioskFr).sort());
		for (const key of Object.keys(kioskFr) as (keyof typeof kioskFr)[])
			expect(placeholders(kioskEn[key]), key).toEqual(placeholders(kioskFr[key]));
	});

	it('hold only kiosk texts, which the staff catalogues include too', () => {
		for (const key of Object.keys(kioskFr) as (keyof typeof kioskFr)[]) {
			expect(key.startsWith('kiosk.'), key).toBe(true);
			expect(fr[key]).toBe(kioskFr[key]);
			expect(en[key]).toBe(kioskEn[key]);
		}
	});

	it('load one language at a time and fill placeholders', async () => {
		const t = kioskTranslator(await loadKioskMessages('en'));
		expect(t('kiosk.exerciseOf', { k: 1, n: 3 })).toBe(
			kioskEn['kiosk.exerciseOf'].replace('{k}', '1').replace('{n}', '3')
		);
		expect(await loadKioskMessages('fr')).toBe(kioskFr);
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
