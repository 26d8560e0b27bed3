/**
 * Threshold methods: each suggests a threshold score from the employees' totals (and their
 * supervisors' ratings when there are some), with a short name and one plain sentence that tells
 * the adviser what the value means, in the adviser's language (French by default; the wording
 * lives in the catalogues). The adviser decides; these only suggest.
 */
import type { Locale, SUPERVISOR_RATINGS } from '$lib/domain/records';
import { translator, type MessageKey } from '$lib/i18n';
import { isConstant, mean, percentile, sd } from './descriptives';
import { fitFirthLogistic, separated } from './logistic';
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
	/**
	 * What the adviser must know about the value: it was brought back onto the scale, or it rests
	 * on groups the scores separate completely, or on a reversed relation.
	 */
	note?: string;
}

export interface ThresholdOptions {
	/** Percentile of the employees for the percentile method (0–100); 20 by default. */
	percentile?: number;
	/** k of mean − k·SD; 1 by default. */
	k?: number;
	/** The language of names and explanations; French by default. */
	locale?: Locale;
	/** The exercise's maximum score: suggestions are kept within [0, max]. */
	max?: number;
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

/** At least this many employees in each group for the contrasting-groups method. */
export const MIN_GROUP = 2;

type ContrastOutcome =
	| { value: number; separated: boolean }
	| { unavailable: MessageKey; confirmed: number; progressing: number };

function contrastingGroups(
	totals: readonly number[],
	ratings: readonly (SupervisorRating | null)[]
): ContrastOutcome {
	const { totals: x, confirmed: y } = rated(totals, ratings);
	const confirmed = y.filter((v) => v === 1).length;
	const counts = { confirmed, progressing: y.length - confirmed };
	const refuse = (unavailable: MessageKey) => ({ unavailable, ...counts });
	if (confirmed === 0 || confirmed === y.length)
		return refuse('threshold.unavailable.notBothGroups');
	if (Math.min(counts.confirmed, counts.progressing) < MIN_GROUP)
		return refuse('threshold.unavailable.tooFewInGroup');
	if (isConstant(x)) return refuse('threshold.unavailable.identical');
	const fit = fitFirthLogistic(x, y);
	if (fit === null) return refuse('threshold.unavailable.notConverged');
	if (!(fit.slope > 0)) return refuse('threshold.unavailable.reversed');
	return { value: fit.crossing, separated: separated(x, y) };
}

/**
 * Contrasting groups: the score where a logistic fit of « confirmé » (against « en
 * progression ») on the score crosses ½, by Firth's penalised likelihood so that groups the
 * scores separate completely still give a value. Unrated employees are left out. `null` when
 * a group has fewer than 2 employees, the rated employees all have the same score, the fit does
 * not converge, or a higher score does not make « confirmé » more likely. Not clamped.
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
	{ percentile: p = 20, k = 1, locale = 'fr', max }: ThresholdOptions = {}
): ThresholdSuggestion[] {
	const t = translator(locale);
	const format = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
		maximumFractionDigits: 2
	});
	/** Keeps a value within [0, max], saying so when it had to be moved. */
	const onScale = (value: number | null): { value: number | null; note?: string } => {
		if (value === null) return { value };
		const top = max ?? Infinity;
		const clamped = Math.min(top, Math.max(0, value));
		if (clamped === value) return { value };
		const key = clamped === 0 ? 'threshold.note.clampedLow' : 'threshold.note.clampedHigh';
		return {
			value: clamped,
			note: t(key, { value: format.format(value), max: format.format(top) })
		};
	};
	const pValue = onScale(percentileThreshold(totals, p));
	const kValue = onScale(meanMinusSdThreshold(totals, k));
	// The language's plural rule: French « 1,5 écart-type », English “1.5 standard deviations”.
	const plural = new Intl.PluralRules(locale).select(k) === 'one' ? 'one' : 'other';
	const sds = t(`threshold.sd.${plural}`, { k: format.format(k) });
	const share = SHARE_IN_WORDS[p];
	const suggestions: ThresholdSuggestion[] = [
		{
			method: 'percentile',
			name: t('threshold.percentile.name', { p: format.format(p) }),
			...pValue,
			explanation: t('threshold.percentile.explanation', {
				p: format.format(p),
				share: share ? t(share) : t('threshold.share.other', { pct: format.format(100 - p) })
			}),
			...(pValue.value === null && { unavailable: t('threshold.unavailable.noTotals') })
		},
		{
			method: 'mean-minus-sd',
			name: t('threshold.meanMinusSd.name', { sds }),
			...kValue,
			explanation: t('threshold.meanMinusSd.explanation', {
				sds,
				pct: Math.round(100 * normalCdf(k))
			}),
			...(kValue.value === null && { unavailable: t('threshold.unavailable.tooFew') })
		}
	];
	if (!ratings?.some((r) => r !== null)) return suggestions;

	const contrast = contrastingGroups(totals, ratings);
	const crossing = onScale('value' in contrast ? contrast.value : null);
	const separatedNote =
		'separated' in contrast && contrast.separated ? t('threshold.note.separated') : undefined;
	const lowest = lowestConfirmedThreshold(totals, ratings);
	const reversed =
		'unavailable' in contrast && contrast.unavailable === 'threshold.unavailable.reversed';
	suggestions.push(
		{
			method: 'contrasting-groups',
			name: t('threshold.contrasting.name'),
			value: crossing.value,
			explanation: t('threshold.contrasting.explanation'),
			...('unavailable' in contrast && {
				unavailable: t(contrast.unavailable, {
					confirmed: contrast.confirmed,
					progressing: contrast.progressing,
					min: MIN_GROUP
				})
			}),
			...((crossing.note || separatedNote) && {
				note: [separatedNote, crossing.note].filter(Boolean).join(' ')
			})
		},
		{
			method: 'lowest-confirmed',
			name: t('threshold.lowestConfirmed.name'),
			value: lowest,
			explanation: t('threshold.lowestConfirmed.explanation'),
			...(lowest === null && { unavailable: t('threshold.unavailable.noConfirmed') }),
			...(reversed && lowest !== null && { note: t('threshold.note.reversed') })
		}
	);
	return suggestions;
}
