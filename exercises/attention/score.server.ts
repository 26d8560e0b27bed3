/**
 * Scoring of the attention exercise, from the event log only: signal detection (hits, false
 * alarms, d′ and the criterion c), the decline of vigilance over time, and the stability of response times.
 */
import type { RunEvent, RunSetup, ScoreResult } from '$lib/engine/contract';
import { mean, median, sd } from '$lib/psychometrics/descriptives';
import type { AttentionConfig } from './config.schema';
import { testItemMs } from './content';
import { generateSequence } from './items.server';
import { detection, sensitivityScore, SCORE_MAX, type DetectionCounts } from './signal-detection';
import { readEpreuve, type Trial } from './trials.server';

const FEW_SIGNALS = 5;

type Outcome = 'hit' | 'miss' | 'false-alarm' | 'correct-rejection';

const outcomeOf = ({ item, rt }: Trial): Outcome => {
	const rejected = rt !== null;
	if (item.defect !== null) return rejected ? 'hit' : 'miss';
	return rejected ? 'false-alarm' : 'correct-rejection';
};

const round = (value: number | null, digits: number) => {
	if (value === null) return null;
	const f = 10 ** digits;
	return Math.round(value * f) / f + 0; // + 0: no −0 in the stored JSON
};

function countsOf(outcomes: Outcome[]): DetectionCounts {
	const count = (o: Outcome) => outcomes.filter((x) => x === o).length;
	return {
		hits: count('hit'),
		misses: count('miss'),
		falseAlarms: count('false-alarm'),
		correctRejections: count('correct-rejection')
	};
}

/** Coefficient of variation (sample SD / mean); `null` with fewer than 2 values. */
function coefficientOfVariation(values: number[]): number | null {
	const m = mean(values);
	const s = sd(values);
	return m !== null && s !== null && m > 0 ? s / m : null;
}

/**
 * The loss of sensitivity over the épreuve: d′ in the first third of the scored trials minus d′
 * in the last third. On d′ rather than the hit rate, so that a person who grows more cautious
 * (fewer hits and fewer false alarms, same d′) shows no decline. `null` when a third has no
 * defect or no good product.
 */
function decline(outcomes: Outcome[]): number | null {
	const third = Math.floor(outcomes.length / 3);
	if (third === 0) return null;
	const first = detection(countsOf(outcomes.slice(0, third)));
	const last = detection(countsOf(outcomes.slice(outcomes.length - third)));
	return first && last ? first.dprime - last.dprime : null;
}

/**
 * Pure and deterministic. `raw` is the sensitivity d′ on a fixed scale of 0 to 100 (20 points
 * per unit of d′, see `sensitivityScore`), so that rejecting many good products along with the
 * defects is not mistaken for vigilance, nor caution for sensitivity. Subscores that cannot be
 * computed (no defect reached, no hit to time) are `null`, never 0. Items never reached, or cut
 * short by the time and left unanswered, are not scored.
 */
export function score(setup: RunSetup<AttentionConfig>, events: RunEvent[]): ScoreResult {
	const sequence = generateSequence(setup).items;
	const { trials: reached, tapCount } = readEpreuve(
		events,
		sequence,
		testItemMs(setup.config.difficulty, setup.timeMultiplier)
	);
	const trials = reached.filter((t) => t.complete);
	const outcomes = trials.map(outcomeOf);
	const counts = countsOf(outcomes);
	const sdt = detection(counts);
	const hitRts = trials.filter((_, i) => outcomes[i] === 'hit').map((t) => t.rt!);
	const signals = counts.hits + counts.misses;

	const flags: string[] = [];
	if (tapCount === 0) flags.push('no-response');
	if (signals < FEW_SIGNALS) flags.push('few-signals');

	return {
		raw: sensitivityScore(sdt?.dprime ?? null),
		max: SCORE_MAX,
		subscores: {
			...counts,
			dprime: round(sdt?.dprime ?? null, 3),
			criterion: round(sdt?.criterion ?? null, 3),
			decline: round(decline(outcomes), 3),
			rtMedian: round(median(hitRts), 0),
			rtCv: round(coefficientOfVariation(hitRts), 3)
		},
		items: trials.map((t, i) => {
			const outcome = outcomes[i]!;
			const correct = outcome === 'hit' || outcome === 'correct-rejection';
			const content = t.item.defect ?? 'good';
			return outcome === 'hit'
				? { key: t.item.key, content, score: 1, max: 1, rt: Math.round(t.rt!) }
				: { key: t.item.key, content, score: correct ? 1 : 0, max: 1 };
		}),
		flags
	};
}
