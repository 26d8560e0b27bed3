/**
 * Threshold methods: each suggests a threshold score from the employees' totals (and their
 * supervisors' ratings when there are some), with a short French name and one plain French
 * sentence that tells the adviser what the value means. The adviser decides; these only suggest.
 */
import type { SUPERVISOR_RATINGS } from '$lib/domain/records';
import { mean, percentile, sd } from './descriptives';
import { fitLogistic } from './logistic';
import { normalCdf } from './normal';

export type SupervisorRating = (typeof SUPERVISOR_RATINGS)[number];

export type ThresholdMethod =
	'percentile' | 'mean-minus-sd' | 'contrasting-groups' | 'lowest-confirmed';

export interface ThresholdSuggestion {
	method: ThresholdMethod;
	/** Short French name, e.g. « Percentile 20 ». */
	name: string;
	/** `null` when the method gives no value for these data; `unavailable` then says why. */
	value: number | null;
	/** One plain French sentence for the adviser. */
	explanation: string;
	/** Why there is no value, in plain French. */
	unavailable?: string;
}

export interface ThresholdOptions {
	/** Percentile of the employees for the percentile method (0–100); 20 by default. */
	percentile?: number;
	/** k of mean − k·SD; 1 by default. */
	k?: number;
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

const NOT_BOTH_GROUPS =
	'Il faut des salariés jugés « confirmé » et d’autres « en progression » par leur responsable.';

function contrastingGroups(
	totals: readonly number[],
	ratings: readonly (SupervisorRating | null)[]
): { value: number } | { unavailable: string } {
	const { totals: x, confirmed: y } = rated(totals, ratings);
	const ones = y.filter((v) => v === 1).length;
	if (ones === 0 || ones === y.length) return { unavailable: NOT_BOTH_GROUPS };
	const fit = fitLogistic(x, y);
	if (fit === null) {
		return {
			unavailable:
				'Les scores séparent complètement les deux groupes : prenez plutôt le plus bas score des confirmés.'
		};
	}
	if (fit.slope <= 0) {
		return {
			unavailable:
				'Les salariés « en progression » n’ont pas de moins bons scores que les confirmés : l’exercice ne les distingue pas.'
		};
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

const SHARE_REACHING: Partial<Record<number, string>> = {
	10: 'neuf salariés sur dix atteignent',
	20: 'quatre salariés sur cinq atteignent',
	25: 'trois salariés sur quatre atteignent',
	50: 'un salarié sur deux atteint'
};

const frenchNumber = (x: number) => String(x).replace('.', ',');

/** French puts a noun in the plural from 2 up: « 1,5 écart-type », « 2 écarts-types ». */
const standardDeviations = (k: number) =>
	`${frenchNumber(k)} ${k >= 2 ? 'écarts-types' : 'écart-type'}`;

/**
 * Every threshold method that applies, in a fixed order: percentile of the employees (20th by
 * default), mean − k·SD (k = 1 by default), then, when some employees carry a supervisor's
 * rating (`ratings` aligned with `totals`, `null` for unrated), contrasting groups and the
 * lowest score of the employees rated « confirmé ».
 */
export function suggestThresholds(
	totals: readonly number[],
	ratings?: readonly (SupervisorRating | null)[],
	{ percentile: p = 20, k = 1 }: ThresholdOptions = {}
): ThresholdSuggestion[] {
	const pValue = percentileThreshold(totals, p);
	const kValue = meanMinusSdThreshold(totals, k);
	const reaching = Math.round(100 * normalCdf(k));
	const suggestions: ThresholdSuggestion[] = [
		{
			method: 'percentile',
			name: `Percentile ${frenchNumber(p)}`,
			value: pValue,
			explanation: `Percentile ${frenchNumber(p)} des salariés : ${SHARE_REACHING[p] ?? `${frenchNumber(100 - p)} % des salariés atteignent`} ce score.`,
			...(pValue === null && { unavailable: 'Aucun salarié n’a de score.' })
		},
		{
			method: 'mean-minus-sd',
			name: `Moyenne − ${standardDeviations(k)}`,
			value: kValue,
			explanation: `Moyenne des salariés moins ${standardDeviations(k)} : si les scores suivent une courbe en cloche, environ ${reaching} % des salariés atteignent ce score.`,
			...(kValue === null && { unavailable: 'Il faut au moins deux salariés.' })
		}
	];
	if (!ratings?.some((r) => r !== null)) return suggestions;

	const contrast = contrastingGroups(totals, ratings);
	const lowest = lowestConfirmedThreshold(totals, ratings);
	suggestions.push(
		{
			method: 'contrasting-groups',
			name: 'Groupes contrastés',
			value: 'value' in contrast ? contrast.value : null,
			explanation:
				'Groupes contrastés : à partir de ce score, un salarié a plus d’une chance sur deux d’être jugé « confirmé » par son responsable.',
			...('unavailable' in contrast && { unavailable: contrast.unavailable })
		},
		{
			method: 'lowest-confirmed',
			name: 'Plus bas score des confirmés',
			value: lowest,
			explanation:
				'Plus bas score des salariés jugés « confirmé » par leur responsable : tous les confirmés atteignent ce score.',
			...(lowest === null && { unavailable: 'Aucun salarié n’est jugé « confirmé ».' })
		}
	);
	return suggestions;
}
