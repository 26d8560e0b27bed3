import { z } from 'zod';
import { CONTRACT_TYPES } from '$lib/domain/records';
import { zonedToUtc, zonedDate } from '$lib/domain/time';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { audit } from '../audit/log';
import { newId, nowIso } from '../ids';
import type { HiringAttempt } from './access';

/**
 * Why an employer did not retain a candidate: about the job and the candidate's choices only —
 * no ground the law forbids (age, sex, origin, family, health, address…) can be picked.
 */
export const NOT_RETAINED_REASONS = [
	'motivation',
	'schedule',
	'conditions',
	'position-filled',
	'other'
] as const;

/** Why a contract ended early. */
export const BREAK_REASONS = [
	'trial-period-employer',
	'trial-period-candidate',
	'resignation',
	'dismissal',
	'other'
] as const;

export const CHECKPOINT_DAYS = [7, 30, 90] as const;
export type CheckpointDay = (typeof CHECKPOINT_DAYS)[number];

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'hiring.date.invalid' });
const note = z.string().trim().max(1000).optional();

export const interviewSchema = z.object({
	date,
	time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'session.time.invalid' }),
	place: z.string().trim().min(2, { error: 'form.required' }).max(200)
});

export const outcomeSchema = z.discriminatedUnion(
	'outcome',
	[
		z.object({
			outcome: z.literal('hired'),
			contractType: z.enum(CONTRACT_TYPES, { error: 'form.choose' }),
			startDate: date
		}),
		z.object({
			outcome: z.literal('not-retained'),
			reason: z.enum(NOT_RETAINED_REASONS, { error: 'form.choose' }),
			note
		}),
		z.object({ outcome: z.literal('withdrew'), note })
	],
	{ error: 'form.choose' }
);
export type OutcomeInput = z.infer<typeof outcomeSchema>;

export const tutorSchema = z.object({
	name: z.string().trim().min(2, { error: 'form.required' }).max(120),
	role: z.string().trim().min(2, { error: 'form.required' }).max(120)
});

export const checkpointSchema = z.object({
	day: z.coerce.number().pipe(z.union(CHECKPOINT_DAYS.map((d) => z.literal(d)))),
	answer: z.enum(['ok', 'difficulty'], { error: 'form.choose' }),
	note
});

export const contractBreakSchema = z.object({
	endedOn: date,
	reason: z.enum(BREAK_REASONS, { error: 'form.choose' }),
	note
});

export type Refusal = { ok: false; reason: string };
type Done = { ok: true };

async function outcomeOf(db: Db, attemptId: string) {
	return db
		.selectFrom('outcomes')
		.select(['outcome', 'details', 'recorded_at'])
		.where('attempt_id', '=', attemptId)
		.executeTakeFirst();
}

/** Schedules (or moves) the motivation interview, not in the past; once decided, no more. */
export async function scheduleInterview(
	db: Db,
	user: SessionUser,
	a: HiringAttempt,
	input: z.infer<typeof interviewSchema>,
	now = new Date()
): Promise<Done | Refusal> {
	const startsAt = zonedToUtc(input.date, input.time);
	if (!(startsAt > now)) return { ok: false, reason: 'past' };
	return db.transaction().execute(async (trx) => {
		if (await outcomeOf(trx, a.attemptId)) return { ok: false as const, reason: 'decided' };
		const values = {
			starts_at: startsAt.toISOString(),
			place: input.place,
			scheduled_by: user.id,
			scheduled_at: nowIso(now)
		};
		await trx
			.insertInto('interviews')
			.values({ attempt_id: a.attemptId, ...values })
			.onConflict((oc) => oc.column('attempt_id').doUpdateSet(values))
			.execute();
		await audit(
			trx,
			{
				actorId: user.id,
				action: 'interview.scheduled',
				subjectType: 'attempt',
				subjectId: a.attemptId,
				details: { startsAt: values.starts_at }
			},
			now
		);
		return { ok: true as const };
	});
}

/**
 * Records the interview's outcome, once: hired (contract type, start date — not before the
 * interview), not retained (a reason from the fixed list), or the candidate withdrew. A hire is
 * also recorded with the reporting code `hired`.
 */
export async function recordOutcome(
	db: Db,
	user: SessionUser,
	a: HiringAttempt,
	input: OutcomeInput,
	now = new Date()
): Promise<Done | Refusal> {
	return db.transaction().execute(async (trx) => {
		if (await outcomeOf(trx, a.attemptId)) return { ok: false as const, reason: 'decided' };
		const interview = await trx
			.selectFrom('interviews')
			.select('starts_at')
			.where('attempt_id', '=', a.attemptId)
			.executeTakeFirst();
		if (input.outcome !== 'withdrew' && !interview)
			return { ok: false as const, reason: 'no-interview' };
		if (
			input.outcome === 'hired' &&
			interview &&
			input.startDate < interview.starts_at.slice(0, 10)
		)
			return { ok: false as const, reason: 'start-before-interview' };
		const { outcome, ...details } = input;
		await trx
			.insertInto('outcomes')
			.values({
				id: newId(),
				attempt_id: a.attemptId,
				outcome,
				details: JSON.stringify(details),
				recorded_by: user.id,
				recorded_at: nowIso(now)
			})
			.execute();
		if (outcome === 'hired')
			await trx
				.insertInto('placements')
				.values({
					attempt_id: a.attemptId,
					code: 'hired',
					recorded_by: user.id,
					recorded_at: nowIso(now)
				})
				.onConflict((oc) => oc.doNothing())
				.execute();
		await audit(
			trx,
			{
				actorId: user.id,
				action: 'outcome.recorded',
				subjectType: 'attempt',
				subjectId: a.attemptId,
				details: { outcome, ...details }
			},
			now
		);
		return { ok: true as const };
	});
}

async function hiredOn(db: Db, attemptId: string): Promise<string | null> {
	const outcome = await outcomeOf(db, attemptId);
	if (outcome?.outcome !== 'hired') return null;
	return (JSON.parse(outcome.details) as { startDate: string }).startDate;
}

/** The employer names the new hire's tutor (renaming replaces). */
export async function nameTutor(
	db: Db,
	user: SessionUser,
	a: HiringAttempt,
	input: z.infer<typeof tutorSchema>,
	now = new Date()
): Promise<Done | Refusal> {
	return db.transaction().execute(async (trx) => {
		if (!(await hiredOn(trx, a.attemptId))) return { ok: false as const, reason: 'not-hired' };
		const values = { name: input.name, role: input.role, named_by: user.id, named_at: nowIso(now) };
		await trx
			.insertInto('tutors')
			.values({ attempt_id: a.attemptId, ...values })
			.onConflict((oc) => oc.column('attempt_id').doUpdateSet(values))
			.execute();
		await audit(
			trx,
			{ actorId: user.id, action: 'tutor.named', subjectType: 'attempt', subjectId: a.attemptId },
			now
		);
		return { ok: true as const };
	});
}

/**
 * Answers a check-point (day 7, 30 or 90 after the start date) for the user's side: the
 * employer's or the adviser's. Each side answers once; not before the day has come.
 */
export async function answerCheckpoint(
	db: Db,
	user: SessionUser,
	a: HiringAttempt,
	input: z.infer<typeof checkpointSchema>,
	now = new Date()
): Promise<Done | Refusal> {
	const respondent = user.role === 'employer' ? 'employer' : 'adviser';
	return db.transaction().execute(async (trx) => {
		const start = await hiredOn(trx, a.attemptId);
		if (!start) return { ok: false as const, reason: 'not-hired' };
		if (dueDate(start, input.day) > zonedDate(now))
			return { ok: false as const, reason: 'not-yet' };
		const inserted = await trx
			.insertInto('checkpoints')
			.values({
				attempt_id: a.attemptId,
				day: input.day,
				respondent,
				answer: input.answer,
				note: input.note || null,
				answered_by: user.id,
				answered_at: nowIso(now)
			})
			.onConflict((oc) => oc.doNothing())
			.executeTakeFirst();
		if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1)
			return { ok: false as const, reason: 'answered' };
		await audit(
			trx,
			{
				actorId: user.id,
				action: 'checkpoint.answered',
				subjectType: 'attempt',
				subjectId: a.attemptId,
				details: { day: input.day, respondent, answer: input.answer }
			},
			now
		);
		return { ok: true as const };
	});
}

/** The date a check-point is due: the start date plus `day` days (YYYY-MM-DD). */
export function dueDate(startDate: string, day: number): string {
	const d = new Date(`${startDate}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + day);
	return d.toISOString().slice(0, 10);
}

/** Records that the contract ended early (once), with its date and reason. */
export async function recordContractBreak(
	db: Db,
	user: SessionUser,
	a: HiringAttempt,
	input: z.infer<typeof contractBreakSchema>,
	now = new Date()
): Promise<Done | Refusal> {
	return db.transaction().execute(async (trx) => {
		const start = await hiredOn(trx, a.attemptId);
		if (!start) return { ok: false as const, reason: 'not-hired' };
		if (input.endedOn < start) return { ok: false as const, reason: 'before-start' };
		const inserted = await trx
			.insertInto('contract_breaks')
			.values({
				attempt_id: a.attemptId,
				ended_on: input.endedOn,
				reason: input.reason,
				note: input.note || null,
				recorded_by: user.id,
				recorded_at: nowIso(now)
			})
			.onConflict((oc) => oc.doNothing())
			.executeTakeFirst();
		if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1)
			return { ok: false as const, reason: 'answered' };
		await audit(
			trx,
			{
				actorId: user.id,
				action: 'contract.broken',
				subjectType: 'attempt',
				subjectId: a.attemptId,
				details: { endedOn: input.endedOn, reason: input.reason }
			},
			now
		);
		return { ok: true as const };
	});
}

/** The adviser records that a candidate entered training (reporting code `training`). */
export async function recordTraining(
	db: Db,
	user: SessionUser,
	attemptId: string,
	now = new Date()
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('placements')
			.values({
				attempt_id: attemptId,
				code: 'training',
				recorded_by: user.id,
				recorded_at: nowIso(now)
			})
			.onConflict((oc) => oc.doNothing())
			.execute();
		await audit(
			trx,
			{
				actorId: user.id,
				action: 'placement.training',
				subjectType: 'attempt',
				subjectId: attemptId
			},
			now
		);
	});
}

export interface FollowUp {
	interview: { startsAt: string; place: string } | null;
	outcome: {
		outcome: 'hired' | 'not-retained' | 'withdrew';
		details: Record<string, string>;
	} | null;
	tutor: { name: string; role: string } | null;
	checkpoints: {
		day: CheckpointDay;
		due: string;
		employer: { answer: 'ok' | 'difficulty'; note: string | null } | null;
		adviser: { answer: 'ok' | 'difficulty'; note: string | null } | null;
	}[];
	contractBreak: { endedOn: string; reason: string; note: string | null } | null;
}

/** Everything after the shortlist for one candidate. */
export async function followUp(db: Db, attemptId: string): Promise<FollowUp> {
	const [interview, outcome, tutor, checkpoints, contractBreak] = await Promise.all([
		db.selectFrom('interviews').selectAll().where('attempt_id', '=', attemptId).executeTakeFirst(),
		outcomeOf(db, attemptId),
		db.selectFrom('tutors').selectAll().where('attempt_id', '=', attemptId).executeTakeFirst(),
		db.selectFrom('checkpoints').selectAll().where('attempt_id', '=', attemptId).execute(),
		db
			.selectFrom('contract_breaks')
			.selectAll()
			.where('attempt_id', '=', attemptId)
			.executeTakeFirst()
	]);
	const start =
		outcome?.outcome === 'hired'
			? (JSON.parse(outcome.details) as { startDate: string }).startDate
			: null;
	const answer = (day: number, respondent: string) => {
		const c = checkpoints.find((x) => x.day === day && x.respondent === respondent);
		return c ? { answer: c.answer, note: c.note } : null;
	};
	return {
		interview: interview ? { startsAt: interview.starts_at, place: interview.place } : null,
		outcome: outcome
			? { outcome: outcome.outcome, details: JSON.parse(outcome.details) as Record<string, string> }
			: null,
		tutor: tutor ? { name: tutor.name, role: tutor.role } : null,
		checkpoints: start
			? CHECKPOINT_DAYS.map((day) => ({
					day,
					due: dueDate(start, day),
					employer: answer(day, 'employer'),
					adviser: answer(day, 'adviser')
				}))
			: [],
		contractBreak: contractBreak
			? { endedOn: contractBreak.ended_on, reason: contractBreak.reason, note: contractBreak.note }
			: null
	};
}
