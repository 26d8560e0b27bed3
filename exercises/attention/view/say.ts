import type { Locale } from '$lib/domain/records';
import type { LocalText } from '../content';

/** Picks a content text in the kiosk's language and fills its `{name}` placeholders. */
export type Say = (text: LocalText, params?: Record<string, string | number>) => string;

export function sayIn(locale: Locale): Say {
	return (text, params) =>
		params
			? text[locale].replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m))
			: text[locale];
}
