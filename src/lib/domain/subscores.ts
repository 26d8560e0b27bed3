import type { SubscoreSpec } from '$lib/engine/contract';
import type { Translate } from '$lib/i18n';
import type { Locale } from './records';

/** One subscore as a page shows it: its exercise's label and the stored value. */
export interface SubscoreValue extends Omit<SubscoreSpec, 'outOf' | 'plain'> {
	value: number | null;
	/** The total a count is out of (`SubscoreSpec.outOf`), null when it has none. */
	outOf: number | null;
	/** Read by anyone (`SubscoreSpec.plain`): the feedback sheet and the employer show it. */
	plain: boolean;
}

/** A subscore as it reads: a count (of its total), a decimal, a time in ms; "—" when undefined. */
export function formatSubscore(s: SubscoreValue, locale: Locale, t: Translate): string {
	const tag = locale === 'fr' ? 'fr-FR' : 'en-GB';
	const number = (x: number) => x.toLocaleString(tag, { maximumFractionDigits: 2 });
	if (s.value === null) return '—';
	if (s.format === 'ms') return `${number(Math.round(s.value))} ms`;
	if (s.format === 'decimal' || s.outOf === null) return number(s.value);
	return t('results.subscores.outOf', { value: number(s.value), max: number(s.outOf) });
}
