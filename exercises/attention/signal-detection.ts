/** Signal detection statistics for the attention exercise. Pure maths, nothing secret. */
import { normalQuantile } from '$lib/psychometrics/normal';

export interface DetectionCounts {
	hits: number;
	misses: number;
	falseAlarms: number;
	correctRejections: number;
}

/** Sensitivity and criterion of one set of trials. */
export interface Detection {
	/** d′ = z(H) − z(F): how well defects are told from good products, whatever the caution. */
	dprime: number;
	/** c = −(z(H) + z(F)) / 2: above 0 cautious (rejects little), below 0 liberal. */
	criterion: number;
}

/**
 * d′ and the criterion c with the log-linear correction of Hautus (1995): 0.5 is added to hits
 * and false alarms and 1 to the number of signal and noise trials, so that perfect or empty
 * rates still give a finite, only slightly biased value. `null` without any signal trial or
 * without any noise trial: a rate that was never observed has no value, corrected or not.
 * Formulas: Macmillan & Creelman, *Detection Theory: A User's Guide* (2005), eqs 1.5 and 2.1.
 */
export function detection({
	hits,
	misses,
	falseAlarms,
	correctRejections
}: DetectionCounts): Detection | null {
	const signals = hits + misses;
	const noise = falseAlarms + correctRejections;
	if (signals === 0 || noise === 0) return null;
	const zHit = normalQuantile((hits + 0.5) / (signals + 1));
	const zFalseAlarm = normalQuantile((falseAlarms + 0.5) / (noise + 1));
	return { dprime: zHit - zFalseAlarm, criterion: -(zHit + zFalseAlarm) / 2 };
}

/**
 * The score's scale: 20 points per unit of d′, from 0 (chance: defects rejected no more often
 * than good products) to 100 (d′ = 5, about what a flawless 10-minute run reaches with the
 * correction: 40 of 40 defects and no false alarm among 360 give d′ = 5.24).
 */
export const POINTS_PER_DPRIME = 20;
export const SCORE_MAX = 100;

/** The score on the fixed 0–100 scale, to one decimal; 0 when d′ is undefined. */
export function sensitivityScore(dprime: number | null): number {
	if (dprime === null) return 0;
	const points = Math.min(SCORE_MAX, Math.max(0, POINTS_PER_DPRIME * dprime));
	return Math.round(points * 10) / 10;
}
