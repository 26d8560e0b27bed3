/**
 * The uncertainty of each suggested threshold, in one call: its bootstrap interval, and at the
 * cut it suggests the conditional SEM (the uncertainty zone around it) and the expected decision
 * consistency. Without an interpretable reliability there is no zone and no consistency.
 */
import { BOOTSTRAP_RESAMPLES, type BootstrapInterval, type BootstrapOptions } from './bootstrap';
import { conditionalSem } from './conditional-sem';
import { decisionConsistency, type DecisionConsistency } from './decision-consistency';
import { thresholdIntervals } from './threshold-intervals';
import type { SupervisorRating, ThresholdMethod, ThresholdSuggestion } from './thresholds';

/**
 * Below this many employees the adviser is told, in words, how far the threshold could move
 * (issue 16: at n = 12 a 20th percentile of a 20-point exercise moves from 9 to 14).
 */
export const UNSTABLE_CALIBRATION = 30;

/** What a threshold at `cut` means for the people near it. */
export interface CutUncertainty {
	cut: number;
	/** Conditional SEM at the cut (Lord, Keats-adjusted); `null` without items or reliability. */
	csem: number | null;
	consistency: DecisionConsistency | null;
}

export interface ThresholdUncertainty {
	resamples: number;
	/** By method, in the suggestions' order. */
	intervals: Partial<Record<ThresholdMethod, BootstrapInterval | null>>;
	cuts: Partial<Record<ThresholdMethod, CutUncertainty>>;
	/** n < UNSTABLE_CALIBRATION. */
	unstable: boolean;
}

export interface UncertaintyInput {
	totals: readonly number[];
	ratings?: readonly (SupervisorRating | null)[];
	suggestions: readonly ThresholdSuggestion[];
	max: number;
	/** The items the score is made of; `null` when scored from a varying number of trials. */
	items: number | null;
	/** The exercise's reliability; `null` when not interpretable. */
	reliability: number | null;
}

/** The CSEM and decision consistency of a threshold at `cut`. */
export function cutUncertainty(
	cut: number,
	{ totals, max, items, reliability }: Omit<UncertaintyInput, 'suggestions' | 'ratings'>
): CutUncertainty {
	if (items === null || max <= 0) return { cut, csem: null, consistency: null };
	const context = { items, max, scores: totals, reliability };
	return {
		cut,
		csem: conditionalSem(cut, context),
		consistency: decisionConsistency(cut, context)
	};
}

/** Intervals for every suggestion, and the CSEM and consistency at each suggested cut. */
export function thresholdUncertainty(
	input: UncertaintyInput,
	options: BootstrapOptions = {}
): ThresholdUncertainty {
	const intervals = thresholdIntervals(input.totals, input.ratings, { max: input.max, ...options });
	const cuts: ThresholdUncertainty['cuts'] = {};
	for (const s of input.suggestions) {
		if (s.value !== null) cuts[s.method] = cutUncertainty(s.value, input);
	}
	return {
		resamples: options.resamples ?? BOOTSTRAP_RESAMPLES,
		intervals,
		cuts,
		unstable: input.totals.length < UNSTABLE_CALIBRATION
	};
}
