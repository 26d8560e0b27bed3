/**
 * The kiosk's texts. A kiosk loads only its own catalogue, and only in the language it shows:
 * the staff catalogue (`index.ts`) holds both languages and every staff text.
 */
import type { Locale } from '$lib/domain/records';
import type { KioskMessageKey } from './kiosk-fr';
import { fillPlaceholders } from './placeholders';

export type { KioskMessageKey };
export type KioskMessages = Record<KioskMessageKey, string>;
export type KioskTranslate = (
	key: KioskMessageKey,
	params?: Record<string, string | number>
) => string;

const loaders: Record<Locale, () => Promise<KioskMessages>> = {
	fr: () => import('./kiosk-fr').then((m) => m.kioskFr),
	en: () => import('./kiosk-en').then((m) => m.kioskEn)
};

/** Downloads the kiosk catalogue of one language (the other one is never loaded). */
export function loadKioskMessages(locale: Locale): Promise<KioskMessages> {
	return loaders[locale]();
}

export function kioskTranslator(messages: KioskMessages): KioskTranslate {
	return (key, params) => fillPlaceholders(messages[key], params);
}
