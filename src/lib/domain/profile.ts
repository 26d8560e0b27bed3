import { habileteLabel, type HabileteId } from './habiletes';

/** One bar of an habileté profile: everything as a percentage of the exercise's maximum. */
export interface ProfileBar {
	habilete: HabileteId;
	label: string;
	/** Null without a score. */
	pct: number | null;
	threshold: number;
	/** The uncertainty zone (threshold ± one SEM), null without a SEM. */
	zone: [number, number] | null;
}

const clamp = (x: number) => Math.min(100, Math.max(0, x));
const round = (x: number) => Math.round(x * 10) / 10;

/** Scores on one scale, so that exercises with different maxima can be drawn side by side. */
export function profileBars(
	exercises: readonly {
		habilete: HabileteId;
		raw: number | null;
		max: number;
		threshold: number;
		sem: number | null;
	}[]
): ProfileBar[] {
	return exercises.map((e) => {
		const pct = (x: number) => (e.max > 0 ? round(clamp((100 * x) / e.max)) : 0);
		return {
			habilete: e.habilete,
			label: habileteLabel(e.habilete),
			pct: e.raw === null ? null : pct(e.raw),
			threshold: pct(e.threshold),
			zone: e.sem ? [pct(e.threshold - e.sem), pct(e.threshold + e.sem)] : null
		};
	});
}
