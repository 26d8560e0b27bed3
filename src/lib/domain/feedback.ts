import type { ExerciseOutcome } from '$lib/psychometrics/decision';
import type { HabileteId } from './habiletes';

/**
 * How a feedback sheet puts one exercise in words, never in numbers: above the uncertainty zone
 * of its threshold is a strong point, within it is good (the measure cannot tell it from the
 * threshold), below it is to work on.
 */
export type FeedbackLevel = 'point-fort' | 'bien' | 'a-travailler' | 'non-mesure';

export function feedbackLevel(outcome: ExerciseOutcome): FeedbackLevel {
	switch (outcome) {
		case 'met':
			return 'point-fort';
		case 'uncertain':
			return 'bien';
		case 'not-met':
			return 'a-travailler';
		case 'missing':
			return 'non-mesure';
	}
}

export interface MeasuredHabilete {
	habilete: HabileteId;
	raw: number | null;
	max: number;
	threshold: number;
	outcome: ExerciseOutcome;
}

/**
 * The habiletés a person showed best (strong points, then good ones), by how far above the
 * threshold they scored relative to the exercise's maximum.
 */
export function strongestHabiletes(measured: readonly MeasuredHabilete[], limit = 2): HabileteId[] {
	return measured
		.filter((m) => m.raw !== null && (m.outcome === 'met' || m.outcome === 'uncertain'))
		.map((m) => ({ habilete: m.habilete, margin: (m.raw! - m.threshold) / m.max }))
		.sort((a, b) => b.margin - a.margin)
		.slice(0, limit)
		.map((m) => m.habilete);
}
