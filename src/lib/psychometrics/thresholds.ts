/**
 * Threshold methods: each suggests a threshold score from the employees' totals (and their
 * supervisors' ratings when there are some), with a short name and one plain sentence that tells
 * the adviser what the value means, in the adviser's language (French by default; the wording
 * lives in the catalogues). The adviser decides; these only suggest.
 */
import type { Locale, SUPERVISOR_RATINGS } from '$lib/domain/records';
import { translator, type MessageKey } from '$lib/i18n';
import { mean, percentile, sd } from './descriptives';
import { fitLogistic } from './logistic';
import { normalCdf } from './normal';

export type SupervisorRating = (typeof SUPERVISOR_RATINGS)[number];

export type ThresholdMethod =
	'percentile' | 'mean-minus-sd' | 'contrasting-groups' | 'lowest-confirmed';

export interface ThresholdSuggestion {
	method: ThresholdMethod;
	/** Short name, e.g. « Percentile 20 ». */
	name: string;
	/** `null` when the method gives no value for these data; `unavailable` then says why. */
	value: number | null;
	/** One plain sentence for the adviser. */
	explanation: string;
	/** Why there is no value, in plain words. */
	unavailable?: string;
}

export interface ThresholdOptions {
	/** Percentile of the employees for the percentile method (0–100); 20 by default. */
	percentile?: number;
	/** k of mean − k·SD; 1 by default. */
	k?: number;
	/** The language of names and explanations; French by default. */
	locale?: Locale;
}

/** The `p`-th percentile of the employees' totals (type 7); `null` without totals. */
export const percentileThreshold = (totals: readonly number[], p = 20): number | null =>
	percentile(totals, p);

/** Mean − k·SD of the employees' totals; `null` below 2 totals. */
export function meanMinusSdThreshold(totals: readonly number[], k = 1): number | null {
	const m = mean(totals);
	const s = sd(totals);
	return m === null || s === null ? null : m - k * s;
}

type Rated = { totals: number[]; confirmed: (0 | 1)[] };

function rated(totals: readonly number[], ratings: readonly (SupervisorRating | null)[]): Rated {
	if (ratings.length !== totals.length) {
		throw new RangeError(`${ratings.length} ratings for ${totals.length} totals`);
	}
	const result: Rated = { totals: [], confirmed: [] };
	ratings.forEach((rating, i) => {
		if (rating === null) return;
		result.totals.push(totals[i]!);
		result.confirmed.push(rating === 'confirme' ? 1 : 0);
	});
	return result;
}

function contrastingGroups(
	totals: readonly number[],
	ratings: readonly (SupervisorRating | null)[]
): { value: number } | { unavailable: MessageKey } {
	const { totals: x, confirmed: y } = rated(totals, ratings);
	const ones = y.filter((v) => v === 1).length;
	if (ones === 0 || ones === y.length)
		return { unavailable: 'threshold.unavailable.notBothGroups' };
	const fit = fitLogistic(x, y);
	if (fit === null) {
		return { unavailable: 'threshold.unavailable.separated' };
	}
	if (fit.slope <= 0) {
		return { unavailable: 'threshold.unavailable.reversed' };
	}
	return { value: fit.crossing };
}

/**
 * Contrasting groups: the score where a logistic fit of « confirmé » (against « en
 * progression ») on the score crosses ½. Unrated employees are left out. `null` when both
 * groups are not present, when the fit does not exist (the groups are separated) or when a
 * higher score does not make « confirmé » more likely.
 */
export function contrastingGroupsThreshold(
	totals: readonly number[],
	ratings: readonly (SupervisorRating | null)[]
): number | null {
	const result = contrastingGroups(totals, ratings);
	return 'value' in result ? result.value : null;
}

/** The lowest total among employees rated « confirmé »; `null` if none is. */
export function lowestConfirmedThreshold(
	totals: readonly number[],
	ratings: readonly (SupervisorRating | null)[]
): number | null {
	const { totals: x, confirmed: y } = rated(totals, ratings);
	const confirmed = x.filter((_, i) => y[i] === 1);
	return confirmed.length ? Math.min(...confirmed) : null;
}

/** Percentiles whose share of employees reaching them reads better in words. */
const SHARE_IN_WORDS: Partial<Record<number, MessageKey>> = {
	10: 'threshold.share.10',
	20: 'threshold.share.20',
	25: 'threshold.share.25',
	50: 'threshold.share.50'
};

/**
 * Every threshold method that applies, in a fixed order: percentile of the employees (20th by
 * default), mean − k·SD (k = 1 by default), then, when some employees carry a supervisor's
 * rating (`ratings` aligned with `totals`, `null` for unrated), contrasting groups and the
 * lowest score of the employees rated « confirmé ».
 */
export function suggestThresholds(
	totals: readonly number[],
	ratings?: readonly (SupervisorRating | null)[],
	{ percentile: p = 20, k = 1, locale = 'fr' }: ThresholdOptions = {}
): ThresholdSuggestion[] {
	const t = translator(locale);
	const format = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
		maximumFractionDigits: 2
	});
	const pValue = percentileThreshold(totals, p);
	const kValue = meanMinusSdThreshold(totals, k);
	// The language's plural rule: French « 1,5 écart-type », English “1.5 standard deviations”.
	const plural = new Intl.PluralRules(locale).select(k) === 'one' ? 'one' : 'other';
	const sds = t(`threshold.sd.${plural}`, { k: format.format(k) });
	const share = SHARE_IN_WORDS[p];
	const suggestions: ThresholdSuggestion[] = [
		{
			method: 'percentile',
			name: t('threshold.percentile.name', { p: format.format(p) }),
			value: pValue,
			explanation: t('threshold.percentile.explanation', {
				p: format.format(p),
				share: share ? t(share) : t('threshold.share.other', { pct: format.format(100 - p) })
			}),
			...(pValue === null && { unavailable: t('threshold.unavailable.noTotals') })
		},
		{
			method: 'mean-minus-sd',
			name: t('threshold.meanMinusSd.name', { sds }),
			value: kValue,
			explanation: t('threshold.meanMinusSd.explanation', {
				sds,
				pct: Math.round(100 * normalCdf(k))
			}),
			...(kValue === null && { unavailable: t('threshold.unavailable.tooFew') })
		}
	];
	if (!ratings?.some((r) => r !== null)) return suggestions;

	const contrast = contrastingGroups(totals, ratings);
	const lowest = lowestConfirmedThreshold(totals, ratings);
	suggestions.push(
		{
			method: 'contrasting-groups',
			name: t('threshold.contrasting.name'),
			value: 'value' in contrast ? contrast.value : null,
			explanation: t('threshold.contrasting.explanation'),
			...('unavailable' in contrast && { unavailable: t(contrast.unavailable) })
		},
		{
			method: 'lowest-confirmed',
			name: t('threshold.lowestConfirmed.name'),
			value: lowest,
			explanation: t('threshold.lowestConfirmed.explanation'),
			...(lowest === null && { unavailable: t('threshold.unavailable.noConfirmed') })
		}
	);
	return suggestions;
}
