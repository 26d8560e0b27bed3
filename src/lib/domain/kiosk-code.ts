/**
 * Kiosk codes, without zod: the kiosk's code screen needs the alphabet, and the kiosk bundle
 * stays free of zod (`records.ts` builds the server's schema from these).
 */

/** Codes use an alphabet without look-alike characters (no 0/O, 1/I/L, 5/S, 2/Z, 8/B). */
export const CODE_ALPHABET = '34679ACDEFGHJKMNPQRTUVWXY';
export const KIOSK_CODE_LENGTH = 8;

/** What a person typed or scanned, without spaces or dashes, in capitals. */
export function normaliseKioskCode(typed: string): string {
	return typed.replace(/[\s-]/g, '').toUpperCase();
}

export const KIOSK_CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${KIOSK_CODE_LENGTH}}$`);
