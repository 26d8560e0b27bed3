/** Signal detection statistics for the attention exercise. Pure maths, nothing secret. */
import { normalQuantile } from '$lib/psychometrics/normal';

export interface DetectionCounts {
	hits: number;
	misses: number;
	falseAlarms: number;
	correctRejections: number;
}

/**
 * Sensitivity d′ with the log-linear correction of Hautus (1995): 0.5 is added to hits and
 * false alarms and 1 to the number of signal and noise trials, so that perfect or empty rates
 * still give a finite, only slightly biased value.
 */
export function dPrime({ hits, misses, falseAlarms, correctRejections }: DetectionCounts): number {
	const hitRate = (hits + 0.5) / (hits + misses + 1);
	const falseAlarmRate = (falseAlarms + 0.5) / (falseAlarms + correctRejections + 1);
	return normalQuantile(hitRate) - normalQuantile(falseAlarmRate);
}
