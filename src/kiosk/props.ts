/**
 * What the server gives each kiosk page (its shell in `src/routes/kiosque` serialises it, the
 * kiosk app's entry reads it back).
 */
import type { KioskState } from '$lib/domain/kiosk';
import type { Locale } from '$lib/domain/records';
import type { KioskMessageKey, KioskMessages } from '$lib/i18n/kiosk';

export interface CodeProps {
	messages: KioskMessages;
	/** A convocation's QR code opens the page with the code filled in. */
	prefill: string;
	/** The code the server refused, kept in the field, and why. */
	refused: { message: KioskMessageKey; code: string } | null;
}

export interface PassationProps {
	kiosk: KioskState;
	/** The browser's language, until the person chooses one. */
	locale: Locale;
	/** The texts in the language shown first. */
	messages: { locale: Locale; texts: KioskMessages };
}
