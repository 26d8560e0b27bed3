import { z } from 'zod';
import type { Locale } from '$lib/domain/records';
import {
	batteryRuleSchema,
	thresholdMethodSchema,
	type BatteryRule,
	type ThresholdMethodChoice
} from '$lib/domain/thresholds';
import type { MessageKey } from '$lib/i18n';
import { reaches } from '$lib/psychometrics/decision';
import {
	cutUncertainty,
	type CutUncertainty,
	type ThresholdSuggestion,
	type ThresholdUncertainty
} from '$lib/psychometrics';
import { registeredExercise } from '$exercises/registry.server';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { audit } from '../audit/log';
import { insertBatteryVersion } from '../campaigns/battery';
import { nowIso } from '../ids';
import { campaignCalibrationStatistics } from './statistics';

/** One exercise of the battery as the thresholds page shows it. */
export interface ThresholdLine {
	position: number;
	exerciseId: string;
	title: string;
	habilete: string;
	/** Employees who finished it (frozen: as at validation). */
	n: number;
	/** The score's maximum; null while no employee finished it. */
	max: number | null;
	/** The employees' mean, SD and lowest score (frozen: as at validation). */
	mean: number | null;
	sd: number | null;
	minTotal: number | null;
	/** Null when the reliability is not interpretable (or frozen that way). */
	sem: number | null;
	/** Whether the reliability can be used (live figures only; null when frozen or unknown). */
	reliabilityInterpretable: boolean | null;
	/** The employees' live totals (to tell a threshold nobody fails); empty once frozen. */
	totals: number[];
	/** Live suggestions; empty once frozen (the frozen view shows frozen figures only). */
	suggestions: ThresholdSuggestion[];
	/** The suggestions' bootstrap intervals, CSEM and decision consistency (live figures). */
	uncertainty: ThresholdUncertainty | null;
	/** CSEM and decision consistency at the threshold set, from the live figures. */
	atThreshold: CutUncertainty | null;
	/**
	 * The conditional SEM at the threshold: as frozen (null for versions frozen before it was
	 * kept, or where there was none), else from the live figures.
	 */
	cutSem: number | null;
	/** The live reliability when interpretable (else null), and the items the score is made of. */
	reliability: number | null;
	itemCount: number | null;
	/** The candidates' live scores, for the histogram beside the employees'; empty once frozen. */
	candidates: number[];
	threshold: number | null;
	method: ThresholdMethodChoice | null;
	reason: string | null;
	eliminatory: boolean;
	/** Why a threshold nobody fails is kept (see `nobodyFails`). */
	passAllReason: string | null;
	/** Whether the saved threshold fails nobody, and why (see `nobodyFails`). */
	passesAll: PassesAll | null;
}

/**
 * A threshold nobody fails: `minimum`, at or below the lowest possible score (0); `everyone`,
 * at or below every employee's score (and every candidate's, once there are some). It selects
 * nobody, so it needs a reason to be frozen.
 */
export type PassesAll = 'minimum' | 'everyone';

/** Whether `threshold` fails nobody among `scores` (employees and candidates), and why. */
export function nobodyFails(threshold: number | null, scores: readonly number[]): PassesAll | null {
	if (threshold === null) return null;
	if (reaches(0, threshold)) return 'minimum';
	if (scores.length > 0 && scores.every((score) => reaches(score, threshold))) return 'everyone';
	return null;
}

export interface ThresholdsView {
	versionId: string;
	version: number;
	/** Sent back with every change: a change made meanwhile by someone else is refused. */
	lockVersion: number;
	frozenAt: string | null;
	rule: BatteryRule;
	lines: ThresholdLine[];
}

async function latestVersion(db: Db, campaignId: string) {
	return db
		.selectFrom('battery_versions')
		.select(['id', 'version', 'lock_version', 'frozen_at', 'rule'])
		.where('campaign_id', '=', campaignId)
		.orderBy('version', 'desc')
		.limit(1)
		.executeTakeFirst();
}

/** Whether the campaign's latest battery version is validated (its thresholds frozen). */
export async function batteryFrozen(db: Db, campaignId: string): Promise<boolean> {
	return (await latestVersion(db, campaignId))?.frozen_at != null;
}

/**
 * The latest battery version's thresholds with the calibration figures to set them by: live
 * figures before validation (the suggestions' uncertainty only with `uncertainty: true`, for the
 * page that shows it), the frozen ones after (no live statistics are computed then).
 */
export async function thresholdsView(
	db: Db,
	campaignId: string,
	locale: Locale = 'fr',
	{ uncertainty = false }: { uncertainty?: boolean } = {}
): Promise<ThresholdsView | null> {
	const version = await latestVersion(db, campaignId);
	if (!version) return null;
	const frozen = version.frozen_at !== null;
	const [rows, statistics] = await Promise.all([
		db
			.selectFrom('battery_exercises')
			.selectAll()
			.where('battery_version_id', '=', version.id)
			.orderBy('position')
			.execute(),
		frozen ? [] : campaignCalibrationStatistics(db, campaignId, locale, { uncertainty })
	]);
	return {
		versionId: version.id,
		version: version.version,
		lockVersion: version.lock_version,
		frozenAt: version.frozen_at,
		rule: batteryRuleSchema.parse(JSON.parse(version.rule)),
		lines: rows.map((row, i) => {
			const stats = statistics[i];
			const live = stats && stats.n > 0;
			const minTotal = frozen ? row.calibration_min : (stats?.summary?.min ?? null);
			const reliability = stats?.reliability?.interpretable ? stats.reliability.value : null;
			const atThreshold =
				stats?.summary && row.threshold !== null
					? cutUncertainty(row.threshold, {
							totals: stats.totals,
							max: stats.max,
							items: stats.itemCount,
							reliability
						})
					: null;
			return {
				position: row.position,
				exerciseId: row.exercise_id,
				title: registeredExercise(row.exercise_id)?.definition.title ?? row.exercise_id,
				habilete: row.habilete,
				n: frozen ? (row.calibration_n ?? 0) : (stats?.n ?? 0),
				max: frozen ? row.max_score : live ? stats.max : null,
				mean: frozen ? row.calibration_mean : (stats?.summary?.mean ?? null),
				sd: frozen ? row.calibration_sd : (stats?.summary?.sd ?? null),
				minTotal,
				sem: frozen ? row.sem : (stats?.sem ?? null),
				reliabilityInterpretable: frozen ? null : (stats?.reliability?.interpretable ?? null),
				totals: frozen ? [] : (stats?.totals ?? []),
				candidates: frozen ? [] : (stats?.candidates ?? []),
				suggestions: frozen ? [] : (stats?.suggestions ?? []),
				uncertainty: frozen ? null : (stats?.uncertainty ?? null),
				atThreshold: frozen ? null : atThreshold,
				cutSem: frozen ? row.cut_sem : (atThreshold?.csem ?? null),
				reliability: frozen ? null : reliability,
				itemCount: frozen ? null : (stats?.itemCount ?? null),
				threshold: row.threshold,
				method:
					row.threshold_method === null ? null : thresholdMethodSchema.parse(row.threshold_method),
				reason: row.threshold_reason,
				eliminatory: row.eliminatory === 1,
				passAllReason: row.pass_all_reason,
				passesAll: nobodyFails(
					row.threshold,
					frozen ? (minTotal === null ? [] : [minTotal]) : (stats?.totals ?? [])
				)
			};
		})
	};
}

/** The conditional SEM at a threshold, from the line's live figures; null where there is none. */
function cutSemAt(line: ThresholdLine, threshold: number | null): number | null {
	if (threshold === null || line.max === null) return null;
	return cutUncertainty(threshold, {
		totals: line.totals,
		max: line.max,
		items: line.itemCount,
		reliability: line.reliability
	}).csem;
}

/** One exercise's threshold as the adviser set it; all null = not set yet. */
export interface ThresholdInput {
	position: number;
	threshold: number | null;
	method: ThresholdMethodChoice | null;
	reason: string | null;
	eliminatory: boolean;
	/** Why a threshold that fails nobody is kept; needed to freeze such a threshold. */
	passAllReason?: string | null;
}

export interface ThresholdsInput {
	lockVersion: number;
	rule: BatteryRule;
	lines: ThresholdInput[];
}

export type ThresholdErrors = Partial<Record<string, MessageKey>>;

/** A number typed the French way (12,5) or the English way (12.5). */
const decimal = (raw: string | undefined) => {
	const text = (raw ?? '').trim().replace(',', '.');
	if (text === '') return undefined;
	return /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
};

const reasonSchema = z.string().trim().min(3).max(1000);

/** A signed number typed the French way (−0,5) or the English way (-0.5). */
const signedDecimal = (raw: string | undefined) => {
	const text = (raw ?? '').trim().replace(',', '.').replace('−', '-');
	if (text === '') return undefined;
	return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
};

/**
 * Reads the thresholds form (`value-N`, `method-N`, `reason-N`, `eliminatory-N`, `passAll-N`
 * for the exercise at position N, `rule`, `minMean` or `minZ`, `lockVersion`) against the view:
 * a threshold needs a number within [0, max], a method and a reason; an exercise nobody
 * finished has no threshold yet.
 */
export function parseThresholdsForm(
	view: ThresholdsView,
	values: Record<string, string>
): { ok: true; input: ThresholdsInput } | { ok: false; errors: ThresholdErrors } {
	const errors: ThresholdErrors = {};
	const lines: ThresholdInput[] = [];
	for (const line of view.lines) {
		const p = line.position;
		const value = decimal(values[`value-${p}`]);
		const method = values[`method-${p}`] || undefined;
		const reason = (values[`reason-${p}`] ?? '').trim();
		const eliminatory = values[`eliminatory-${p}`] === 'on';
		const passAll = (values[`passAll-${p}`] ?? '').trim();
		const passAllReason = passAll === '' ? null : passAll;
		if (passAllReason !== null && !reasonSchema.safeParse(passAllReason).success)
			errors[`passAll-${p}`] = 'thresholds.passAll.required';
		if (value === undefined && !method && !reason) {
			lines.push({
				position: p,
				threshold: null,
				method: null,
				reason: null,
				eliminatory,
				passAllReason
			});
			continue;
		}
		if (value === undefined) errors[`value-${p}`] = 'form.required';
		else if (Number.isNaN(value)) errors[`value-${p}`] = 'thresholds.value.invalid';
		else if (line.max === null || value > line.max)
			errors[`value-${p}`] = 'thresholds.value.outOfRange';
		const parsedMethod = thresholdMethodSchema.safeParse(method);
		if (!parsedMethod.success) errors[`method-${p}`] = 'form.choose';
		if (!reasonSchema.safeParse(reason).success)
			errors[`reason-${p}`] = 'thresholds.reason.required';
		if (value !== undefined && parsedMethod.success)
			lines.push({
				position: p,
				threshold: value,
				method: parsedMethod.data,
				reason,
				eliminatory,
				passAllReason
			});
	}
	let rule: BatteryRule = { kind: 'all' };
	if (values.rule === 'eliminatory-and-mean') {
		const minMean = decimal(values.minMean);
		if (minMean === undefined || Number.isNaN(minMean) || minMean > 100)
			errors.minMean = 'thresholds.minMean.invalid';
		else rule = { kind: 'eliminatory-and-mean', minMean };
	} else if (values.rule === 'eliminatory-and-z-mean') {
		const minZ = signedDecimal(values.minZ);
		if (minZ === undefined || Number.isNaN(minZ) || Math.abs(minZ) > 3)
			errors.minZ = 'thresholds.minZ.invalid';
		else rule = { kind: 'eliminatory-and-z-mean', minZ };
	}
	const lockVersion = Number(values.lockVersion);
	if (!Number.isInteger(lockVersion)) errors._form = 'thresholds.conflict';
	if (Object.keys(errors).length) return { ok: false, errors };
	return { ok: true, input: { lockVersion, rule, lines } };
}

export type SaveRefusal =
	| { reason: 'conflict' }
	| { reason: 'frozen' }
	| { reason: 'changed' }
	| { reason: 'no-results'; exercises: string[] }
	| { reason: 'missing'; exercises: string[] }
	| { reason: 'passes-all'; exercises: string[] }
	| { reason: 'no-norm'; exercises: string[] };

const same = (a: ThresholdLine, b: ThresholdInput) =>
	a.threshold === b.threshold &&
	a.method === b.method &&
	a.reason === b.reason &&
	a.eliminatory === b.eliminatory &&
	a.passAllReason === (b.passAllReason ?? null);

/**
 * Saves the thresholds and the battery rule of the campaign's latest battery version, and with
 * `freeze` validates the calibration: the version is frozen with each exercise's maximum, SEM and
 * number of employees, and the campaign opens to candidates. Refused, with nothing written, when
 * someone changed the thresholds since `input.lockVersion`, when the version is already frozen,
 * or (to freeze) when an exercise has no employee result or no threshold. Every change is audited.
 */
export async function saveThresholds(
	db: Db,
	user: Pick<SessionUser, 'id'>,
	campaignId: string,
	versionId: string,
	input: ThresholdsInput,
	{ freeze = false, now = new Date() }: { freeze?: boolean; now?: Date } = {}
): Promise<{ ok: true; version: number } | ({ ok: false } & SaveRefusal)> {
	return db.transaction().execute(async (trx) => {
		const view = await thresholdsView(trx, campaignId);
		if (!view || view.versionId !== versionId) return { ok: false, reason: 'changed' };
		if (view.frozenAt) return { ok: false, reason: 'frozen' };
		if (view.lockVersion !== input.lockVersion) return { ok: false, reason: 'conflict' };
		if (freeze) {
			const noResults = view.lines.filter((l) => l.n === 0).map((l) => l.title);
			if (noResults.length) return { ok: false, reason: 'no-results', exercises: noResults };
			const missing = view.lines
				.filter((l) => input.lines.find((i) => i.position === l.position)?.threshold == null)
				.map((l) => l.title);
			if (missing.length) return { ok: false, reason: 'missing', exercises: missing };
			// A threshold nobody fails selects nobody: it is frozen only with a reason for it.
			const passAll = view.lines
				.filter((l) => {
					const next = input.lines.find((i) => i.position === l.position)!;
					return nobodyFails(next.threshold, l.totals) !== null && !next.passAllReason;
				})
				.map((l) => l.title);
			if (passAll.length) return { ok: false, reason: 'passes-all', exercises: passAll };
			if (input.rule.kind === 'eliminatory-and-z-mean') {
				const noNorm = view.lines.filter((l) => !(l.sd !== null && l.sd > 0)).map((l) => l.title);
				if (noNorm.length) return { ok: false, reason: 'no-norm', exercises: noNorm };
			}
		}
		// The version check and the bump are one statement: of two concurrent saves, one wins.
		const bumped = await trx
			.updateTable('battery_versions')
			.set((eb) => ({
				lock_version: eb('lock_version', '+', 1),
				rule: JSON.stringify(input.rule),
				...(freeze && { frozen_at: nowIso(now), frozen_by: user.id })
			}))
			.where('id', '=', versionId)
			.where('lock_version', '=', input.lockVersion)
			.where('frozen_at', 'is', null)
			.executeTakeFirst();
		if (Number(bumped.numUpdatedRows) !== 1) return { ok: false, reason: 'conflict' };

		const actor = { actorId: user.id, subjectType: 'campaign', subjectId: campaignId };
		for (const line of view.lines) {
			const next = input.lines.find((i) => i.position === line.position);
			if (!next) continue;
			await trx
				.updateTable('battery_exercises')
				.set({
					threshold: next.threshold,
					threshold_method: next.method,
					threshold_reason: next.reason,
					eliminatory: next.eliminatory ? 1 : 0,
					pass_all_reason: next.passAllReason ?? null,
					...(freeze && {
						max_score: line.max,
						sem: line.sem,
						calibration_n: line.n,
						calibration_mean: line.mean,
						calibration_sd: line.sd,
						calibration_min: line.minTotal,
						cut_sem: cutSemAt(line, next.threshold)
					})
				})
				.where('battery_version_id', '=', versionId)
				.where('position', '=', line.position)
				.execute();
			if (same(line, next)) continue;
			await audit(
				trx,
				{
					...actor,
					action: 'threshold.set',
					details: {
						version: view.version,
						position: line.position,
						exerciseId: line.exerciseId,
						threshold: next.threshold,
						method: next.method,
						reason: next.reason,
						eliminatory: next.eliminatory,
						passAllReason: next.passAllReason ?? null,
						passesAll: nobodyFails(next.threshold, line.totals),
						previous: {
							threshold: line.threshold,
							method: line.method,
							reason: line.reason,
							eliminatory: line.eliminatory,
							passAllReason: line.passAllReason
						}
					}
				},
				now
			);
		}
		if (JSON.stringify(view.rule) !== JSON.stringify(input.rule)) {
			await audit(
				trx,
				{
					...actor,
					action: 'battery.rule.set',
					details: { version: view.version, rule: input.rule, previous: view.rule }
				},
				now
			);
		}
		if (freeze) {
			await trx
				.updateTable('campaigns')
				.set({ status: 'open', updated_at: nowIso(now) })
				.where('id', '=', campaignId)
				.execute();
			await audit(
				trx,
				{
					...actor,
					action: 'battery.frozen',
					details: {
						version: view.version,
						rule: input.rule,
						thresholds: input.lines.map((l) => {
							const line = view.lines.find((v) => v.position === l.position);
							return {
								position: l.position,
								threshold: l.threshold,
								method: l.method,
								eliminatory: l.eliminatory,
								passAllReason: l.passAllReason ?? null,
								// The uncertainty zone's half-width the results will use.
								zone: line ? (cutSemAt(line, l.threshold) ?? line.sem) : null
							};
						}),
						norms: view.lines.map((l) => ({
							position: l.position,
							n: l.n,
							mean: l.mean,
							sd: l.sd,
							sem: l.sem
						}))
					}
				},
				now
			);
		}
		return { ok: true, version: view.version };
	});
}

/**
 * Makes a new, unfrozen version of a frozen battery: same exercises and settings, thresholds and
 * rule kept as a starting point. It needs calibrating again; the campaign goes back to
 * calibration. Sessions already planned keep the version they were planned on.
 */
export async function reopenBattery(
	db: Db,
	user: SessionUser,
	campaignId: string,
	versionId: string,
	now = new Date()
): Promise<{ ok: true; version: number } | { ok: false; reason: 'changed' }> {
	return db.transaction().execute(async (trx) => {
		const current = await latestVersion(trx, campaignId);
		if (!current || current.id !== versionId || current.frozen_at === null)
			return { ok: false, reason: 'changed' };
		const exercises = await trx
			.selectFrom('battery_exercises')
			.selectAll()
			.where('battery_version_id', '=', current.id)
			.orderBy('position')
			.execute();
		const id = await insertBatteryVersion(
			trx,
			campaignId,
			exercises.map((e) => ({ exerciseId: e.exercise_id, config: JSON.parse(e.config) })),
			now
		);
		await trx
			.updateTable('battery_versions')
			.set({ rule: current.rule })
			.where('id', '=', id)
			.execute();
		for (const e of exercises) {
			await trx
				.updateTable('battery_exercises')
				.set({
					threshold: e.threshold,
					threshold_method: e.threshold_method,
					threshold_reason: e.threshold_reason,
					eliminatory: e.eliminatory,
					pass_all_reason: e.pass_all_reason
				})
				.where('battery_version_id', '=', id)
				.where('position', '=', e.position)
				.execute();
		}
		await trx
			.updateTable('campaigns')
			.set({ status: 'calibration', updated_at: nowIso(now) })
			.where('id', '=', campaignId)
			.execute();
		await audit(
			trx,
			{
				actorId: user.id,
				action: 'battery.reopened',
				subjectType: 'campaign',
				subjectId: campaignId,
				details: { from: current.version, to: current.version + 1 }
			},
			now
		);
		return { ok: true, version: current.version + 1 };
	});
}
