import { z } from 'zod';
import {
	calibrationStats,
	PsychometricsError,
	suggestThresholds,
	thresholdUncertainty,
	trialCalibrationStats,
	type CalibrationWarning,
	type Descriptives,
	type ThresholdSuggestion,
	type ThresholdUncertainty
} from '$lib/psychometrics';
import type { Locale } from '$lib/domain/records';
import { registeredExercise } from '$exercises/registry.server';
import type { Db } from '../db';
import { currentBattery } from '../campaigns/battery-edit';

/** An item's flags for the adviser: too easy, too hard, or pulling against the total. */
export type ItemFlag = 'too-easy' | 'too-hard' | 'negative';

export interface ExerciseStatistics {
	exerciseId: string;
	title: string;
	habilete: string;
	max: number;
	n: number;
	/** Why there are no statistics yet (too few employees, all totals equal). */
	unavailable: 'too-few' | 'no-variance' | null;
	totals: number[];
	summary: Descriptives | null;
	reliability: { method: 'alpha' | 'split-half'; value: number | null } | null;
	splitHalf: { oddEven: number | null; spearmanBrown: number | null } | null;
	sem: number | null;
	warnings: CalibrationWarning[];
	items: {
		item: string;
		difficulty: number;
		itemTotalCorrected: number | null;
		flags: ItemFlag[];
	}[];
	suggestions: ThresholdSuggestion[];
	/** Bootstrap intervals of the suggestions, CSEM and decision consistency at each. */
	uncertainty: ThresholdUncertainty | null;
	/** The number of items the score is made of; `null` when scored from trials. */
	itemCount: number | null;
	/** The candidates' scores on this exercise (finished runs), to show beside the employees'. */
	candidates: number[];
}

const itemsSchema = z.array(z.object({ key: z.string(), score: z.number(), max: z.number() }));

function flagsOf(difficulty: number, itemTotalCorrected: number | null): ItemFlag[] {
	const flags: ItemFlag[] = [];
	if (difficulty > 0.9) flags.push('too-easy');
	if (difficulty < 0.2) flags.push('too-hard');
	if (itemTotalCorrected !== null && itemTotalCorrected < 0) flags.push('negative');
	return flags;
}

/**
 * The calibration statistics of each exercise of the campaign's current battery, from the
 * employees' finished runs: distribution, reliability (α over items, or the split-half of
 * trials when people reach different numbers of trials), SEM, item analysis, and the threshold
 * each method suggests (with the supervisor ratings when there are some).
 */
export async function campaignCalibrationStatistics(
	db: Db,
	campaignId: string,
	locale: Locale = 'fr'
): Promise<ExerciseStatistics[]> {
	const battery = await currentBattery(db, campaignId);
	if (!battery) return [];
	const rows = await db
		.selectFrom('scores as s')
		.innerJoin('runs as r', 'r.id', 's.run_id')
		.innerJoin('attempts as a', 'a.id', 'r.attempt_id')
		.innerJoin('persons as p', 'p.id', 'a.person_id')
		.select(['r.position', 's.raw', 's.max', 's.items', 'p.supervisor_rating', 'a.kind'])
		.where('a.battery_version_id', '=', battery.versionId)
		.where('a.kind', 'in', ['calibration', 'candidate'])
		.where('r.status', '=', 'finished')
		.orderBy('p.code')
		.execute();
	return battery.exercises.map((exercise) => {
		const definition = registeredExercise(exercise.exerciseId)?.definition;
		const here = rows.filter((r) => r.position === exercise.position);
		const runs = here.filter((r) => r.kind === 'calibration');
		const candidates = here.filter((r) => r.kind === 'candidate').map((r) => r.raw);
		const totals = runs.map((r) => r.raw);
		const base = {
			exerciseId: exercise.exerciseId,
			title: definition?.title ?? exercise.exerciseId,
			habilete: exercise.habilete,
			max: runs[0]?.max ?? 0,
			n: runs.length,
			totals,
			summary: null,
			reliability: null,
			splitHalf: null,
			sem: null,
			warnings: [] as CalibrationWarning[],
			items: [],
			suggestions: [] as ThresholdSuggestion[],
			uncertainty: null,
			itemCount: null,
			candidates
		};
		if (runs.length < 2) return { ...base, unavailable: 'too-few' as const };
		const items = runs.map((r) => itemsSchema.parse(JSON.parse(r.items)));
		const keys = items[0]!.map((i) => i.key);
		const sameItems =
			definition?.scoredBy !== 'trials' &&
			items.every((list) => list.length === keys.length && list.every((i, j) => i.key === keys[j]));
		const ratings = runs.map((r) => r.supervisor_rating);
		try {
			const itemStats = sameItems
				? calibrationStats(
						{ items: keys, rows: items.map((list) => list.map((i) => i.score)) },
						items[0]!.map((i) => i.max || 1)
					)
				: null;
			const stats =
				itemStats ??
				trialCalibrationStats(
					totals,
					items.map((list) => list.map((i) => i.score / (i.max || 1)))
				);
			const suggestions = suggestThresholds(totals, ratings, { locale });
			return {
				...base,
				unavailable: null,
				summary: stats.total,
				reliability: stats.reliability,
				splitHalf: stats.splitHalf,
				sem: stats.sem,
				warnings: stats.warnings,
				items: (itemStats?.items ?? []).map((i) => ({
					item: i.item,
					difficulty: i.difficulty,
					itemTotalCorrected: i.itemTotalCorrected,
					flags: flagsOf(i.difficulty, i.itemTotalCorrected)
				})),
				suggestions,
				itemCount: itemStats ? keys.length : null,
				uncertainty: thresholdUncertainty({
					totals,
					ratings,
					suggestions,
					max: base.max,
					// Trial-scored exercises have no fixed number of items: no CSEM there.
					items: itemStats ? keys.length : null,
					reliability: stats.reliability.value
				})
			};
		} catch (e) {
			if (e instanceof PsychometricsError) return { ...base, unavailable: 'no-variance' as const };
			throw e;
		}
	});
}
