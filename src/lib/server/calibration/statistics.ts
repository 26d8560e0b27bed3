import { z } from 'zod';
import {
	contentMatrix,
	PsychometricsError,
	SMALL_CALIBRATION,
	sparseCalibrationStats,
	summarize,
	suggestThresholds,
	thresholdUncertainty,
	trialCalibrationStats,
	type CalibrationWarning,
	type Descriptives,
	type PsychometricsErrorCode,
	type ReliabilityEstimate,
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
	/** Why there are no statistics yet (fewer than 2 employees finished). */
	unavailable: 'too-few' | null;
	/**
	 * Why reliability and item analysis could not be computed (e.g. every total is the same, or
	 * employees saw different numbers of items); the distribution and suggestions are still given.
	 */
	reliabilityError: PsychometricsErrorCode | null;
	totals: number[];
	summary: Descriptives | null;
	reliability: ReliabilityEstimate | null;
	splitHalf: { oddEven: number | null; spearmanBrown: number | null } | null;
	sem: number | null;
	warnings: CalibrationWarning[];
	/**
	 * How the items were analysed: by content id when forms differ in what stands at each
	 * position (else by item), and how many person × item cells were missing (items not
	 * reached, kinds a form did not hold): α is then computed from pairwise covariances.
	 */
	itemAnalysis: { by: 'content' | 'item'; missing: number } | null;
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

const itemsSchema = z.array(
	z.object({
		key: z.string(),
		content: z.string().optional(),
		score: z.number(),
		max: z.number(),
		reached: z.boolean().optional()
	})
);

function flagsOf(difficulty: number, itemTotalCorrected: number | null): ItemFlag[] {
	const flags: ItemFlag[] = [];
	if (difficulty > 0.9) flags.push('too-easy');
	if (difficulty < 0.2) flags.push('too-hard');
	if (itemTotalCorrected !== null && itemTotalCorrected < 0) flags.push('negative');
	return flags;
}

/**
 * Item statistics of an exercise scored by items, on the persons × content matrix: by content
 * id, since each person's form puts different content at each position, with items not reached
 * missing rather than 0 (α from pairwise covariances then). `null` when the items cannot be
 * analysed together (a content id fewer than 2 persons reached): the caller falls back on the
 * split-half of each person's items in order.
 */
function itemCalibration(totals: number[], runs: z.infer<typeof itemsSchema>[]) {
	const matrix = contentMatrix(runs);
	const by = runs.some((list) => list.some((i) => i.content !== undefined && i.content !== i.key))
		? ('content' as const)
		: ('item' as const);
	try {
		// The scored totals, not the sum of the matrix's cells (means per content id): with no
		// missing cell, α and the item analysis are the usual ones.
		const stats = sparseCalibrationStats(matrix, totals, matrix.itemMax);
		return { stats, analysis: { by, missing: matrix.missing } };
	} catch (e) {
		if (e instanceof PsychometricsError && e.code !== 'zero-variance-total') return null;
		throw e;
	}
}

/**
 * The calibration statistics of each exercise of the campaign's current battery, from the
 * employees' finished runs: distribution, reliability (α over items, or the split-half of
 * trials when people reach different numbers of trials), SEM, item analysis, and the threshold
 * each method suggests (with the supervisor ratings when there are some), and, unless
 * `uncertainty: false`, the bootstrap intervals, CSEM and decision consistency of each suggestion.
 */
export async function campaignCalibrationStatistics(
	db: Db,
	campaignId: string,
	locale: Locale = 'fr',
	{ uncertainty: withUncertainty = true }: { uncertainty?: boolean } = {}
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
			reliabilityError: null,
			totals,
			summary: null,
			reliability: null,
			splitHalf: null,
			sem: null,
			warnings: [] as CalibrationWarning[],
			itemAnalysis: null,
			items: [],
			suggestions: [] as ThresholdSuggestion[],
			uncertainty: null,
			itemCount: null,
			candidates
		};
		if (runs.length < 2) return { ...base, unavailable: 'too-few' as const };
		const items = runs.map((r) => itemsSchema.parse(JSON.parse(r.items)));
		const ratings = runs.map((r) => r.supervisor_rating);
		const suggestions = suggestThresholds(totals, ratings, { locale, max: runs[0]!.max });
		// The intervals need only the totals; the CSEM and the decision consistency also need a
		// fixed number of items and an interpretable reliability (else none: no zone from them).
		// The bootstrap is most of this function's work: only for the pages that show it.
		const uncertainty = (items: number | null, reliability: ReliabilityEstimate | null) =>
			withUncertainty
				? thresholdUncertainty({
						totals,
						ratings,
						suggestions,
						max: base.max,
						items,
						reliability: reliability?.interpretable ? reliability.value : null
					})
				: null;
		// The distribution and the suggested thresholds need only the totals: a failure of the
		// reliability analysis must not hide them.
		const fromTotals = {
			...base,
			unavailable: null,
			summary: summarize(totals),
			suggestions
		};
		try {
			const itemStats = definition?.scoredBy === 'trials' ? null : itemCalibration(totals, items);
			const stats =
				itemStats?.stats ??
				trialCalibrationStats(
					totals,
					items.map((list) =>
						list.filter((i) => i.reached !== false).map((i) => i.score / (i.max || 1))
					)
				);
			// Lord's model counts a number-correct score on the items each employee was given:
			// none when scored from trials or when forms had different lengths. Known whether or
			// not the analysis by content succeeded (it can fail on a sparse matrix, and the
			// reliability then comes from the split-half): the demo lost its CSEM so, now and then.
			const itemCount =
				definition?.scoredBy !== 'trials' &&
				items.length > 0 &&
				items.every((list) => list.length === items[0]!.length)
					? items[0]!.length
					: null;
			return {
				...fromTotals,
				reliability: stats.reliability,
				splitHalf: stats.splitHalf,
				sem: stats.sem,
				warnings: stats.warnings,
				itemAnalysis: itemStats?.analysis ?? null,
				items: (itemStats?.stats.items ?? []).map((i) => ({
					item: i.item,
					difficulty: i.difficulty,
					itemTotalCorrected: i.itemTotalCorrected,
					flags: flagsOf(i.difficulty, i.itemTotalCorrected)
				})),
				itemCount,
				uncertainty: uncertainty(itemCount, stats.reliability)
			};
		} catch (e) {
			if (e instanceof PsychometricsError)
				return {
					...fromTotals,
					reliabilityError: e.code,
					uncertainty: uncertainty(null, null),
					warnings: runs.length < SMALL_CALIBRATION ? (['small-n'] as CalibrationWarning[]) : []
				};
			throw e;
		}
	});
}
