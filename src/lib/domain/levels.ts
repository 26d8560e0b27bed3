/**
 * An habileté's level in words, for people who should not read raw scores (employers, the
 * candidate's own feedback): clearly above the threshold, at the expected level, or below it.
 */
export const LEVELS = ['strong', 'expected', 'below'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * « strong » from two standard errors of measurement above the threshold (beyond the
 * uncertainty zone; a tenth of the maximum when there is no SEM), « expected » from one SEM
 * below it, « below » under that.
 */
export function levelOf(raw: number, threshold: number, sem: number | null, max: number): Level {
	const zone = sem && sem > 0 ? sem : 0;
	const margin = zone > 0 ? 2 * zone : max / 10;
	if (raw >= threshold + margin) return 'strong';
	if (raw > threshold - zone || raw >= threshold) return 'expected';
	return 'below';
}
