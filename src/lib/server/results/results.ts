import { z } from 'zod';
import { batteryRuleSchema, type BatteryRule } from '$lib/domain/thresholds';
import { habileteIdSchema, type HabileteId } from '$lib/domain/habiletes';
import {
	DECISION_REASON_IDS,
	type DecisionReason,
	type ShortlistDecision
} from '$lib/domain/shortlist';
import {
	decide,
	type CandidateStatus,
	type Decision,
	type ExerciseOutcome
} from '$lib/psychometrics/decision';
import { registeredExercise } from '$exercises/registry.server';
import type { Db } from '../db';
import { groupBy } from '../group';
import { subscoreValues, type SubscoreValue } from './subscores';

/** One exercise of a frozen battery version, as it was when the calibration was validated. */
export interface FrozenExercise {
	batteryExerciseId: string;
	position: number;
	exerciseId: string;
	title: string;
	/** One plain sentence: what the exercise measures. */
	measures: string;
	habilete: HabileteId;
	max: number;
	threshold: number;
	method: string | null;
	reason: string | null;
	eliminatory: boolean;
	sem: number | null;
	/** The conditional SEM at the threshold, as frozen; null: the overall SEM is the zone. */
	cutSem: number | null;
	calibrationN: number;
	/** The employees' mean and SD as frozen (null for versions frozen before they were kept). */
	norm: { mean: number | null; sd: number | null };
}

export interface FrozenBattery {
	versionId: string;
	version: number;
	frozenAt: string;
	rule: BatteryRule;
	exercises: FrozenExercise[];
}

/** One exercise's score against its threshold. */
export interface ExerciseScore extends FrozenExercise {
	raw: number | null;
	outcome: ExerciseOutcome;
}

export interface CurrentDecision {
	decision: ShortlistDecision;
	reason: DecisionReason | null;
	note: string | null;
	decidedAt: string;
	decidedBy: string;
}

export type AttemptProgress = 'pending' | 'in-progress' | 'finished' | 'refused';

/**
 * What the adviser must know of a run's timing (`runs/lateness.ts`): some events came late and
 * were left out, or came well after the deadline while stamped on time (counted: a tablet that
 * was offline, or a clock not to trust).
 */
export const TIMING_FLAGS = ['late-events-ignored', 'received-late'] as const;
export type TimingFlag = (typeof TIMING_FLAGS)[number];

/** A candidate's results; no name here: identities are read apart (`identitiesOf`). */
export interface CandidateResult {
	personId: string;
	attemptId: string;
	code: string;
	sessionId: string | null;
	sessionStartsAt: string | null;
	batteryVersionId: string;
	progress: AttemptProgress;
	/** admis / incertain / non admis once the attempt is finished, null before. */
	status: CandidateStatus | null;
	mean: Decision['mean'];
	exercises: ExerciseScore[];
	decision: CurrentDecision | null;
	retention: 'standard' | 'two-years';
	/** Timing flags of the scored runs, by battery exercise (none: left out). */
	timingFlags: Record<string, TimingFlag[]>;
	/** The scored runs' subscores as their exercises declare them, by battery exercise. */
	subscores: Record<string, SubscoreValue[]>;
}

/**
 * Scores against the thresholds of the candidate's own battery version, and the status the
 * battery rule gives them (only once they finished: an unfinished attempt has no status yet).
 */
export function scoreAgainstThresholds(
	battery: FrozenBattery,
	raws: ReadonlyMap<string, number>,
	finished: boolean
): { exercises: ExerciseScore[]; status: CandidateStatus | null; mean: Decision['mean'] } {
	const inputs = battery.exercises.map((e) => ({
		raw: raws.get(e.batteryExerciseId) ?? null,
		max: e.max,
		threshold: e.threshold,
		eliminatory: e.eliminatory,
		// The zone is the conditional SEM at the threshold when it was frozen with one.
		sem: e.cutSem ?? e.sem,
		norm: e.norm
	}));
	const decision = decide(inputs, battery.rule);
	return {
		exercises: battery.exercises.map((e, i) => ({
			...e,
			raw: inputs[i]!.raw,
			outcome: decision.outcomes[i]!
		})),
		status: finished ? decision.status : null,
		mean: finished ? decision.mean : undefined
	};
}

/** Frozen battery versions by id (thresholds, SEM and maxima as validated). */
export async function frozenBatteries(
	db: Db,
	versionIds: readonly string[]
): Promise<Map<string, FrozenBattery>> {
	if (versionIds.length === 0) return new Map();
	const [versions, exercises] = await Promise.all([
		db
			.selectFrom('battery_versions')
			.select(['id', 'version', 'frozen_at', 'rule'])
			.where('id', 'in', [...versionIds])
			.where('frozen_at', 'is not', null)
			.execute(),
		db
			.selectFrom('battery_exercises')
			.selectAll()
			.where('battery_version_id', 'in', [...versionIds])
			.orderBy('position')
			.execute()
	]);
	return new Map(
		versions.map((v) => [
			v.id,
			{
				versionId: v.id,
				version: v.version,
				frozenAt: v.frozen_at!,
				rule: batteryRuleSchema.parse(JSON.parse(v.rule)),
				exercises: exercises
					.filter((e) => e.battery_version_id === v.id)
					.map((e) => ({
						batteryExerciseId: e.id,
						position: e.position,
						exerciseId: e.exercise_id,
						title: registeredExercise(e.exercise_id)?.definition.title ?? e.exercise_id,
						measures: registeredExercise(e.exercise_id)?.definition.measures ?? '',
						habilete: habileteIdSchema.parse(e.habilete),
						max: e.max_score ?? 0,
						threshold: e.threshold ?? 0,
						method: e.threshold_method,
						reason: e.threshold_reason,
						eliminatory: e.eliminatory === 1,
						sem: e.sem,
						cutSem: e.cut_sem,
						calibrationN: e.calibration_n ?? 0,
						norm: { mean: e.calibration_mean, sd: e.calibration_sd }
					}))
			}
		])
	);
}

/** The latest frozen battery version of a campaign, or null before any calibration is validated. */
export async function latestFrozenBattery(db: Db, campaignId: string) {
	const latest = await db
		.selectFrom('battery_versions')
		.select('id')
		.where('campaign_id', '=', campaignId)
		.where('frozen_at', 'is not', null)
		.orderBy('version', 'desc')
		.limit(1)
		.executeTakeFirst();
	return latest ? ((await frozenBatteries(db, [latest.id])).get(latest.id) ?? null) : null;
}

/** Each attempt's current decision: the latest one (decisions are appended, never overwritten). */
export async function currentDecisions(
	db: Db,
	attemptIds: readonly string[]
): Promise<Map<string, CurrentDecision>> {
	if (attemptIds.length === 0) return new Map();
	const rows = await db
		.selectFrom('decisions as d')
		.innerJoin('users as u', 'u.id', 'd.decided_by')
		.select(['d.attempt_id', 'd.decision', 'd.reason', 'd.note', 'd.decided_at', 'u.name'])
		.where('d.attempt_id', 'in', [...attemptIds])
		.orderBy('d.decided_at')
		.execute();
	const current = new Map<string, CurrentDecision>();
	for (const r of rows)
		current.set(r.attempt_id, {
			decision: r.decision,
			reason: (DECISION_REASON_IDS as string[]).includes(r.reason ?? '')
				? (r.reason as DecisionReason)
				: null,
			note: r.note,
			decidedAt: r.decided_at,
			decidedBy: r.name
		});
	return current;
}

/**
 * The results of a campaign's candidates (of one session if given), each against the frozen
 * battery version they took, with their current decision. Sessions in date order, then codes.
 */
export async function campaignResults(
	db: Db,
	campaignId: string,
	options: { sessionId?: string; personId?: string } = {}
): Promise<CandidateResult[]> {
	let query = db
		.selectFrom('attempts as a')
		.innerJoin('persons as p', 'p.id', 'a.person_id')
		.innerJoin('battery_versions as bv', 'bv.id', 'a.battery_version_id')
		.leftJoin('sessions as s', 's.id', 'a.session_id')
		.select([
			'a.id as attempt_id',
			'a.status',
			'a.session_id',
			'a.battery_version_id',
			's.starts_at',
			'p.id as person_id',
			'p.code',
			'p.retention'
		])
		.where('p.campaign_id', '=', campaignId)
		.where('a.kind', '=', 'candidate')
		.where('bv.frozen_at', 'is not', null);
	if (options.sessionId) query = query.where('a.session_id', '=', options.sessionId);
	if (options.personId) query = query.where('p.id', '=', options.personId);
	// Sorted here: the databases do not put null session dates at the same end.
	const attempts = (await query.execute()).sort(
		(a, b) => (a.starts_at ?? '').localeCompare(b.starts_at ?? '') || a.code.localeCompare(b.code)
	);
	if (attempts.length === 0) return [];
	const attemptIds = attempts.map((a) => a.attempt_id);
	const [batteries, scores, decisions] = await Promise.all([
		frozenBatteries(db, [...new Set(attempts.map((a) => a.battery_version_id))]),
		db
			.selectFrom('runs as r')
			.innerJoin('scores as sc', 'sc.run_id', 'r.id')
			.select(['r.attempt_id', 'r.battery_exercise_id', 'sc.raw', 'sc.flags', 'sc.subscores'])
			.where('r.attempt_id', 'in', attemptIds)
			.execute(),
		currentDecisions(db, attemptIds)
	]);
	// Grouped once: filtering every score for each candidate was quadratic in the campaign's size.
	const scoresOf = groupBy(scores, (s) => s.attempt_id);
	return attempts.map((a) => {
		const own = scoresOf.get(a.attempt_id) ?? [];
		const raws = new Map(own.map((s) => [s.battery_exercise_id, s.raw]));
		const scored = scoreAgainstThresholds(
			batteries.get(a.battery_version_id)!,
			raws,
			a.status === 'finished'
		);
		return {
			personId: a.person_id,
			attemptId: a.attempt_id,
			code: a.code,
			sessionId: a.session_id,
			sessionStartsAt: a.starts_at,
			batteryVersionId: a.battery_version_id,
			progress: a.status,
			...scored,
			decision: decisions.get(a.attempt_id) ?? null,
			retention: a.retention,
			timingFlags: timingFlagsOf(own),
			subscores: Object.fromEntries(
				scored.exercises.flatMap((e) => {
					const stored = own.find((s) => s.battery_exercise_id === e.batteryExerciseId);
					return stored
						? [[e.batteryExerciseId, subscoreValues(e.exerciseId, stored.subscores)]]
						: [];
				})
			)
		};
	});
}

function timingFlagsOf(
	scores: { battery_exercise_id: string; flags: string }[]
): Record<string, TimingFlag[]> {
	const flagged: Record<string, TimingFlag[]> = {};
	for (const s of scores) {
		const flags = z.array(z.string()).parse(JSON.parse(s.flags));
		const timing = TIMING_FLAGS.filter((f) => flags.includes(f));
		if (timing.length) flagged[s.battery_exercise_id] = timing;
	}
	return flagged;
}

/** One column per exercise met in the results (versions may differ), in battery order. */
export interface ResultColumn {
	key: string;
	position: number;
	exerciseId: string;
	title: string;
	habilete: HabileteId;
}

export const columnKey = (e: { position: number; exerciseId: string }) =>
	`${e.position}:${e.exerciseId}`;

export function resultColumns(
	results: readonly CandidateResult[],
	battery: FrozenBattery | null = null
): ResultColumn[] {
	const columns = new Map<string, ResultColumn>();
	const all = [...(battery?.exercises ?? []), ...results.flatMap((r) => r.exercises)];
	for (const e of all) {
		const key = columnKey(e);
		if (!columns.has(key))
			columns.set(key, {
				key,
				position: e.position,
				exerciseId: e.exerciseId,
				title: e.title,
				habilete: e.habilete
			});
	}
	return [...columns.values()].sort((a, b) => a.position - b.position);
}

export interface Identity {
	firstName: string;
	lastName: string;
	phone: string | null;
	email: string | null;
}

/** Candidates' names and contacts, kept apart from results: for the adviser's pages only. */
export async function identitiesOf(
	db: Db,
	personIds: readonly string[]
): Promise<Map<string, Identity>> {
	if (personIds.length === 0) return new Map();
	const rows = await db
		.selectFrom('identities')
		.selectAll()
		.where('person_id', 'in', [...personIds])
		.execute();
	return new Map(
		rows.map((r) => [
			r.person_id,
			{ firstName: r.first_name, lastName: r.last_name, phone: r.phone, email: r.email }
		])
	);
}

/** How many candidates went how far: registered → started → finished → admis → presented. */
export interface Funnel {
	registered: number;
	started: number;
	finished: number;
	admis: number;
	incertain: number;
	nonAdmis: number;
	presented: number;
	/** Candidates without a decision yet. */
	undecided: number;
}

export function funnel(results: readonly CandidateResult[]): Funnel {
	const count = (f: (r: CandidateResult) => boolean) => results.filter(f).length;
	return {
		registered: results.length,
		started: count((r) => r.progress === 'in-progress' || r.progress === 'finished'),
		finished: count((r) => r.progress === 'finished'),
		admis: count((r) => r.status === 'admis'),
		incertain: count((r) => r.status === 'incertain'),
		nonAdmis: count((r) => r.status === 'non-admis'),
		presented: count((r) => r.decision?.decision === 'present'),
		undecided: count((r) => r.decision === null)
	};
}

/** The campaign's adviser, whom candidates can contact. */
export async function campaignAdviser(
	db: Db,
	campaignId: string
): Promise<{ name: string; email: string } | null> {
	return (
		(await db
			.selectFrom('campaigns as c')
			.innerJoin('users as u', 'u.id', 'c.adviser_id')
			.select(['u.name', 'u.email'])
			.where('c.id', '=', campaignId)
			.executeTakeFirst()) ?? null
	);
}
