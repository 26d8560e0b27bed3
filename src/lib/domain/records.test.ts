import { describe, expect, it } from 'vitest';
import { accommodationsSchema, CODE_ALPHABET, kioskCodeSchema } from './records';

describe('kiosk codes', () => {
	it('has no ambiguous characters in its alphabet', () => {
		for (const c of '0O1IL5S2Z8B') expect(CODE_ALPHABET).not.toContain(c);
	});

	it('accepts a code typed with spaces, dashes or lower case', () => {
		expect(kioskCodeSchema.parse(' 3a7c-9dek ')).toBe('3A7C9DEK');
	});

	it('refuses a code of the wrong length or with ambiguous characters', () => {
		expect(kioskCodeSchema.safeParse('3A7C9DE').success).toBe(false);
		expect(kioskCodeSchema.safeParse('3A7C9DE0').success).toBe(false);
	});
});

describe('accommodations', () => {
	it('defaults to standard time and no aid', () => {
		expect(accommodationsSchema.parse({})).toEqual({
			timeMultiplier: 1,
			spokenInstructions: false,
			largeText: false,
			highContrast: false
		});
	});

	it('has no field for a reason', () => {
		const parsed = accommodationsSchema.parse({ timeMultiplier: 1.33, reason: 'x' });
		expect(parsed).not.toHaveProperty('reason');
	});
});
