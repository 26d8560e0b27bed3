import { describe, expect, it } from 'vitest';
import { contactKeys, normaliseEmail, normalisePhone } from './contact';

// Expected values by hand, from the French numbering plan (ARCEP: national numbers are a 0 and
// nine digits, +33 and the nine digits internationally) and E.164's "+" for the 00 prefix.
describe('normalisePhone', () => {
	it('gives one spelling for every way a French mobile is written', () => {
		for (const written of [
			'06 12 34 56 78',
			'0612345678',
			'06.12.34.56.78',
			'06-12-34-56-78',
			'+33 6 12 34 56 78',
			'+33612345678',
			'0033 6 12 34 56 78',
			'+33 (0)6 12 34 56 78',
			'+33 0 6 12 34 56 78',
			' 06 12 34 56 78 '
		])
			expect(normalisePhone(written), written).toBe('+33612345678');
	});

	it('keeps other countries as written, in international form', () => {
		expect(normalisePhone('+44 20 7946 0958')).toBe('+442079460958');
		expect(normalisePhone('0044 20 7946 0958')).toBe('+442079460958');
	});

	it('keeps numbers apart that differ by a digit', () => {
		expect(normalisePhone('06 12 34 56 78')).not.toBe(normalisePhone('06 12 34 56 79'));
	});

	it('gives nothing for what is not a phone number', () => {
		expect(normalisePhone('')).toBeNull();
		expect(normalisePhone(null)).toBeNull();
		expect(normalisePhone(undefined)).toBeNull();
		expect(normalisePhone('12 34')).toBeNull();
		expect(normalisePhone('06 12 ab 56 78')).toBeNull();
	});
});

describe('normaliseEmail', () => {
	it('ignores case and surrounding spaces', () => {
		expect(normaliseEmail('  Awa.Diallo@Example.FR ')).toBe('awa.diallo@example.fr');
	});

	it('gives one spelling to composed and decomposed accents (NFC)', () => {
		expect(normaliseEmail('ine\u0301s@example.fr')).toBe(normaliseEmail('in\u00e9s@example.fr'));
	});

	it('does not guess beyond the spelling: dots and +tags stay', () => {
		expect(normaliseEmail('awa.diallo@example.fr')).not.toBe(
			normaliseEmail('awadiallo@example.fr')
		);
		expect(normaliseEmail('awa+emploi@example.fr')).toBe('awa+emploi@example.fr');
	});

	it('gives nothing for an empty address', () => {
		expect(normaliseEmail('   ')).toBeNull();
		expect(normaliseEmail(undefined)).toBeNull();
	});
});

describe('contactKeys', () => {
	it('keeps both contacts, each normalised', () => {
		expect(contactKeys({ phone: '06 12 34 56 78', email: 'A@b.fr' })).toEqual({
			phoneKey: '+33612345678',
			emailKey: 'a@b.fr'
		});
		expect(contactKeys({ email: 'a@b.fr' })).toEqual({ phoneKey: null, emailKey: 'a@b.fr' });
	});
});
