import type { HabileteId } from './habiletes';
import { levelOf, type Level } from './levels';

/**
 * How a feedback sheet puts one exercise in words, never in numbers. The level is the one the
 * employer sees (`levelOf`: clearly above the threshold, at the expected level, or below it),
 * in words meant for the candidate; an exercise without a score was not measured.
 */
export type FeedbackLevel = 'point-fort' | 'bien' | 'a-travailler' | 'non-mesure';

const WORDS: Record<Level, FeedbackLevel> = {
	strong: 'point-fort',
	expected: 'bien',
	below: 'a-travailler'
};

export interface MeasuredHabilete {
	habilete: HabileteId;
	raw: number | null;
	max: number;
	threshold: number;
	sem: number | null;
}

export function feedbackLevel(m: MeasuredHabilete): FeedbackLevel {
	return m.raw === null ? 'non-mesure' : WORDS[levelOf(m.raw, m.threshold, m.sem, m.max)];
}

/**
 * The habiletés a person showed best (strong points, then those at the expected level), by how
 * far above the threshold they scored relative to the exercise's maximum.
 */
export function strongestHabiletes(measured: readonly MeasuredHabilete[], limit = 2): HabileteId[] {
	return measured
		.filter((m) => feedbackLevel(m) === 'point-fort' || feedbackLevel(m) === 'bien')
		.map((m) => ({ habilete: m.habilete, margin: (m.raw! - m.threshold) / m.max }))
		.sort((a, b) => b.margin - a.margin)
		.slice(0, limit)
		.map((m) => m.habilete);
}
