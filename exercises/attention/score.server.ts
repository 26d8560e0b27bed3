/**
 * Scoring of the attention exercise, from the event log only: signal detection (hits, false
 * alarms, d′), the decline of vigilance over time, and the stability of response times.
 */
import type { RunEvent, RunSetup, ScoreResult } from '$lib/engine/contract';
import { mean, median, sd } from '$lib/psychometrics/descriptives';
import type { AttentionConfig } from './config.schema';
import { testItemMs } from './content';
import { generateSequence } from './items.server';
import { dPrime, type DetectionCounts } from './signal-detection';
import { readEpreuve, type Trial } from './trials.server';

const FEW_SIGNALS = 5;

type Outcome = 'hit' | 'miss' | 'false-alarm' | 'correct-rejection';

const outcomeOf = ({ item, rt }: Trial): Outcome => {
	const rejected = rt !== null;
	if (item.defect !== null) return rejected ? 'hit' : 'miss';
	return rejected ? 'false-alarm' : 'correct-rejection';
};

const round = (value: number, digits: number) => {
	const f = 10 ** digits;
	return Math.round(value * f) / f;
};

/** Coefficient of variation (sample SD / mean); 0 when there are fewer than 2 values. */
function coefficientOfVariation(values: number[]): number {
	const m = mean(values);
	const s = sd(values);
	return m !== null && s !== null && m > 0 ? s / m : 0;
}

/** Hit rate in the first third of the trials minus the last third; 0 if a third has no defect. */
function decline(outcomes: Outcome[]): number {
	const third = Math.floor(outcomes.length / 3);
	const hitRate = (from: number, to: number) => {
		const signals = outcomes.slice(from, to).filter((o) => o === 'hit' || o === 'miss');
		return signals.length ? signals.filter((o) => o === 'hit').length / signals.length : null;
	};
	const first = hitRate(0, third);
	const last = hitRate(outcomes.length - third, outcomes.length);
	return third > 0 && first !== null && last !== null ? first - last : 0;
}

/**
 * Pure and deterministic. `raw` = hits − false alarms (at least 0), out of the defects among
 * the scored items; items never reached, or cut short by the time and left unanswered, are not
 * scored.
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
	const count = (o: Outcome) => outcomes.filter((x) => x === o).length;
	const counts: DetectionCounts = {
		hits: count('hit'),
		misses: count('miss'),
		falseAlarms: count('false-alarm'),
		correctRejections: count('correct-rejection')
	};
	const hitRts = trials.filter((_, i) => outcomes[i] === 'hit').map((t) => t.rt!);
	const signals = counts.hits + counts.misses;

	const flags: string[] = [];
	if (tapCount === 0) flags.push('no-response');
	if (signals < FEW_SIGNALS) flags.push('few-signals');

	return {
		raw: Math.max(0, counts.hits - counts.falseAlarms),
		max: signals > 0 ? signals : sequence.filter((i) => i.defect !== null).length,
		subscores: {
			...counts,
			dprime: round(dPrime(counts), 3),
			decline: round(decline(outcomes), 3),
			rtMedian: Math.round(median(hitRts) ?? 0),
			rtCv: round(coefficientOfVariation(hitRts), 3)
		},
		items: trials.map((t, i) => {
			const outcome = outcomes[i]!;
			const correct = outcome === 'hit' || outcome === 'correct-rejection';
			return outcome === 'hit'
				? { key: t.item.key, score: 1, max: 1, rt: Math.round(t.rt!) }
				: { key: t.item.key, score: correct ? 1 : 0, max: 1 };
		}),
		flags
	};
}
