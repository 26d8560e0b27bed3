import { registeredExercise } from '$exercises/registry.server';
import { zonedDate } from '$lib/domain/time';
import {
	pointBiserial,
	readEvidence,
	type EvidenceReading,
	type PointBiserial
} from '$lib/psychometrics/validity';
import type { Db } from '../db';
import { groupBy } from '../group';
import { dueDate } from '../hiring/hiring';
import { campaignResults, latestFrozenBattery } from '../results/results';

export interface Evidence extends PointBiserial {
	reading: EvidenceReading;
}

const evidence = (
	scores: number[],
	criterion: (boolean | null)[],
	expected: 'positive' | 'negative' = 'positive'
): Evidence => {
	const pb = pointBiserial(scores, criterion);
	return { ...pb, reading: readEvidence(pb, expected) };
};

export interface RatingEvidence {
	exerciseId: string;
	title: string;
	max: number;
	/** Employees with a finished run (rated or not). */
	employees: number;
	/** Score against the supervisor's rating: confirmé 1, en progression 0, unrated left out. */
	rating: Evidence;
}

/**
 * Per exercise, the correlation of the calibrating employees' scores with their supervisor's
 * rating (confirmé / en progression), over every battery version of the campaign, in the order
 * of the latest one.
 */
export async function ratingEvidence(db: Db, campaignId: string): Promise<RatingEvidence[]> {
	const rows = await db
		.selectFrom('scores as s')
		.innerJoin('runs as r', 'r.id', 's.run_id')
		.innerJoin('attempts as a', 'a.id', 'r.attempt_id')
		.innerJoin('persons as p', 'p.id', 'a.person_id')
		.innerJoin('battery_exercises as be', 'be.id', 'r.battery_exercise_id')
		.select(['be.exercise_id', 'be.position', 's.raw', 's.max', 'p.supervisor_rating'])
		.where('p.campaign_id', '=', campaignId)
		.where('a.kind', '=', 'calibration')
		.where('r.status', '=', 'finished')
		.orderBy('be.position')
		.orderBy('p.code')
		.execute();
	return [...groupBy(rows, (r) => r.exercise_id)].map(([exerciseId, runs]) => ({
		exerciseId,
		title: registeredExercise(exerciseId)?.definition.title ?? exerciseId,
		max: Math.max(...runs.map((r) => r.max)),
		employees: runs.length,
		rating: evidence(
			runs.map((r) => r.raw),
			runs.map((r) => (r.supervisor_rating === null ? null : r.supervisor_rating === 'confirme'))
		)
	}));
}

/** What the follow-up says of one hire, once it can say it. */
export interface HireFollowUp {
	/** Still in post at day 90 (false: the contract ended before); null before day 90. */
	stayed: boolean | null;
	/** A difficulty reported at a check-point by either side; null before any check-point. */
	difficulty: boolean | null;
}

/**
 * One hire's follow-up: a contract ended before day 90 is a departure whatever the date; a
 * contract still running at day 90 is a stay. Any check-point answered « difficulté » (by the
 * employer or the adviser) is a difficulty; answered check-points without one are none.
 */
export function hireFollowUp(
	startDate: string,
	endedOn: string | null,
	answers: readonly ('ok' | 'difficulty')[],
	today: string
): HireFollowUp {
	const day90 = dueDate(startDate, 90);
	const stayed = endedOn !== null && endedOn < day90 ? false : day90 <= today ? true : null;
	const difficulty = answers.length === 0 ? null : answers.includes('difficulty');
	return { stayed, difficulty };
}

export interface HiringEvidence {
	hires: number;
	/** Hires whose stay at day 90 is known, and who stayed. */
	known: number;
	stayed: number;
	/** Hires with at least one check-point answered, and with a difficulty. */
	followed: number;
	withDifficulty: number;
	exercises: {
		exerciseId: string;
		title: string;
		max: number;
		/** Score against staying to day 90 (positive: those who stayed scored higher). */
		stay: Evidence;
		/** Score against a difficulty reported (negative: those with difficulties scored lower). */
		difficulty: Evidence;
	}[];
}

/**
 * How the campaign's hires' scores relate to their follow-up: staying to day 90 and difficulties
 * reported at the check-points, per exercise of the latest frozen battery.
 */
export async function hiringEvidence(
	db: Db,
	campaignId: string,
	now = new Date()
): Promise<HiringEvidence> {
	const [results, battery] = await Promise.all([
		campaignResults(db, campaignId),
		latestFrozenBattery(db, campaignId)
	]);
	const presented = results.filter((r) => r.decision?.decision === 'present');
	const ids = presented.map((r) => r.attemptId);
	const [outcomes, breaks, checkpoints] = ids.length
		? await Promise.all([
				db
					.selectFrom('outcomes')
					.select(['attempt_id', 'details'])
					.where('outcome', '=', 'hired')
					.where('attempt_id', 'in', ids)
					.execute(),
				db
					.selectFrom('contract_breaks')
					.select(['attempt_id', 'ended_on'])
					.where('attempt_id', 'in', ids)
					.execute(),
				db
					.selectFrom('checkpoints')
					.select(['attempt_id', 'answer'])
					.where('attempt_id', 'in', ids)
					.execute()
			])
		: [[], [], []];
	const today = zonedDate(now);
	const startOf = new Map(
		outcomes.map((o) => [o.attempt_id, (JSON.parse(o.details) as { startDate: string }).startDate])
	);
	const endOf = new Map(breaks.map((b) => [b.attempt_id, b.ended_on]));
	const answersOf = groupBy(checkpoints, (c) => c.attempt_id);
	const hires = presented
		.filter((r) => startOf.has(r.attemptId))
		.map((r) => ({
			result: r,
			...hireFollowUp(
				startOf.get(r.attemptId)!,
				endOf.get(r.attemptId) ?? null,
				(answersOf.get(r.attemptId) ?? []).map((c) => c.answer),
				today
			)
		}));
	const exercises = (battery?.exercises ?? []).map((e) => {
		const scored = hires
			.map((h) => ({ h, raw: h.result.exercises.find((x) => x.exerciseId === e.exerciseId)?.raw }))
			.filter((s): s is { h: (typeof hires)[number]; raw: number } => typeof s.raw === 'number');
		return {
			exerciseId: e.exerciseId,
			title: e.title,
			max: e.max,
			stay: evidence(
				scored.map((s) => s.raw),
				scored.map((s) => s.h.stayed)
			),
			difficulty: evidence(
				scored.map((s) => s.raw),
				scored.map((s) => s.h.difficulty),
				'negative'
			)
		};
	});
	return {
		hires: hires.length,
		known: hires.filter((h) => h.stayed !== null).length,
		stayed: hires.filter((h) => h.stayed === true).length,
		followed: hires.filter((h) => h.difficulty !== null).length,
		withDifficulty: hires.filter((h) => h.difficulty === true).length,
		exercises
	};
}

/**
 * The agency's other campaigns for the same job at the same company — the same ROME code when
 * both have one, else the same title (case and spaces aside) — newest first: their evidence is
 * what the next thresholds can be revised from.
 */
export async function sameJobCampaigns(
	db: Db,
	agencyId: string,
	campaignId: string
): Promise<{ id: string; jobTitle: string; status: string; createdAt: string }[]> {
	const self = await db
		.selectFrom('campaigns')
		.select(['company_id', 'job_title', 'rome_code'])
		.where('id', '=', campaignId)
		.where('agency_id', '=', agencyId)
		.executeTakeFirst();
	if (!self) return [];
	const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr');
	const rows = await db
		.selectFrom('campaigns')
		.select(['id', 'job_title', 'rome_code', 'status', 'created_at'])
		.where('agency_id', '=', agencyId)
		.where('company_id', '=', self.company_id)
		.where('id', '!=', campaignId)
		.orderBy('created_at', 'desc')
		.execute();
	return rows
		.filter((r) =>
			r.rome_code && self.rome_code
				? r.rome_code === self.rome_code
				: norm(r.job_title) === norm(self.job_title)
		)
		.map((r) => ({ id: r.id, jobTitle: r.job_title, status: r.status, createdAt: r.created_at }));
}

/** One exercise's evidence in brief, for the thresholds page. */
export interface EvidenceBrief {
	exerciseId: string;
	title: string;
	rating: Evidence | null;
	stay: Evidence | null;
}

/**
 * The evidence of the (at most `limit`) latest other campaigns for the same job, per exercise:
 * the correlation with the supervisors' ratings and with staying to day 90. For the thresholds
 * page of a new campaign, where the adviser revises its thresholds from them.
 */
export async function sameJobEvidence(
	db: Db,
	agencyId: string,
	campaignId: string,
	now = new Date(),
	limit = 3
): Promise<{ id: string; jobTitle: string; createdAt: string; exercises: EvidenceBrief[] }[]> {
	const campaigns = (await sameJobCampaigns(db, agencyId, campaignId)).slice(0, limit);
	const out = [];
	for (const c of campaigns) {
		const [rating, hiring] = await Promise.all([
			ratingEvidence(db, c.id),
			hiringEvidence(db, c.id, now)
		]);
		const ids = [
			...new Set([...rating.map((r) => r.exerciseId), ...hiring.exercises.map((e) => e.exerciseId)])
		];
		out.push({
			id: c.id,
			jobTitle: c.jobTitle,
			createdAt: c.createdAt,
			exercises: ids.map((id) => {
				const r = rating.find((x) => x.exerciseId === id);
				const h = hiring.exercises.find((x) => x.exerciseId === id);
				return {
					exerciseId: id,
					title: r?.title ?? h?.title ?? id,
					rating: r?.rating ?? null,
					stay: h && h.stay.n > 0 ? h.stay : null
				};
			})
		});
	}
	return out;
}
