/**
 * The contact an adviser types, reduced to one spelling so that the same person registered again
 * is recognised: `Awa.Diallo@Example.fr ` and `awa.diallo@example.fr` are one address,
 * `06 12 34 56 78`, `+33 6 12 34 56 78`, `0033 6 12 34 56 78` and `+33 (0)6 12 34 56 78` one
 * phone. Only the spelling changes, never the meaning: nothing is guessed beyond it (no removal
 * of dots or `+tags` in addresses, which some providers treat as other mailboxes).
 */

/** An address trimmed, in Unicode NFC and lower case; null when empty. */
export function normaliseEmail(email: string | null | undefined): string | null {
	const key = (email ?? '').trim().normalize('NFC').toLowerCase();
	return key === '' ? null : key;
}

/**
 * A phone number in international form (`+` and digits). French national numbers (a `0` and nine
 * digits) become `+33…`; `00` becomes `+`; the trunk `0` written after `+33` is dropped. Null when
 * fewer than 8 digits remain (not a number one can call).
 */
export function normalisePhone(phone: string | null | undefined): string | null {
	let digits = (phone ?? '').replace(/\(0\)/g, '').replace(/[\s.\-()/]/g, '');
	if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
	if (/^0\d{9}$/.test(digits)) digits = `+33${digits.slice(1)}`;
	if (/^\+330\d{9}$/.test(digits)) digits = `+33${digits.slice(4)}`;
	if (!/^\+?\d{8,}$/.test(digits)) return null;
	return digits;
}

export interface ContactKeys {
	emailKey: string | null;
	phoneKey: string | null;
}

/** The keys a person is matched on: either one equal means the same contact. */
export function contactKeys(contact: {
	email?: string | null;
	phone?: string | null;
}): ContactKeys {
	return { emailKey: normaliseEmail(contact.email), phoneKey: normalisePhone(contact.phone) };
}
