import type { Locale } from '$lib/domain/records';
import { en } from './en';
import { fr, type MessageKey } from './fr';
import { fillPlaceholders } from './placeholders';

export type { MessageKey };

const catalogues: Record<Locale, Record<MessageKey, string>> = { fr, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translator for one locale; `{name}` placeholders are filled from `params`. */
export function translator(locale: Locale): Translate {
	const messages = catalogues[locale];
	return (key, params) => fillPlaceholders(messages[key], params);
}

export function isMessageKey(value: string): value is MessageKey {
	return Object.hasOwn(fr, value);
}

/** Picks the best supported locale from an Accept-Language header; French by default. */
export function localeFromAcceptLanguage(header: string | null): Locale {
	const first = header?.split(',')[0]?.trim().slice(0, 2).toLowerCase();
	return first === 'en' ? 'en' : 'fr';
}
