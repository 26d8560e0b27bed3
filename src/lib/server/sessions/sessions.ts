import { z } from 'zod';
import { zonedToUtc } from '$lib/domain/time';
import { accommodationsSchema, type Accommodations } from '$lib/domain/records';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { audit } from '../audit/log';
import { newCode, newId, nowIso } from '../ids';
import { insertAttempt } from '../kiosk/attempts';
import { contactKeys } from '../retests/contact';
import { DEFAULT_RETEST_INTERVAL_MONTHS, retestVerdict } from '../retests/interval';
import {
	registrationsOfContact,
	seedsOfPersons,
	type EarlierRegistration
} from '../retests/matches';

/** The session form: a date and time in France, a place, how many candidates fit. */
export const sessionSchema = z.object({
	date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'session.date.invalid' }),
	time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'session.time.invalid' }),
	place: z.string().trim().min(2, { error: 'form.required' }).max(200),
	capacity: z.coerce
		.number({ error: 'session.capacity.invalid' })
		.int({ error: 'session.capacity.invalid' })
		.min(1, { error: 'session.capacity.invalid' })
		.max(30, { error: 'session.capacity.invalid' })
});
export type SessionInput = z.infer<typeof sessionSchema>;

export type SessionRefusal = 'not-frozen' | 'past';

/**
 * Plans a group session on the campaign's latest battery version, which must be frozen (its
 * thresholds validated). A date and time already past is refused.
 */
export async function createSession(
	db: Db,
	user: SessionUser,
	campaignId: string,
	input: SessionInput,
	now = new Date()
): Promise<{ ok: true; sessionId: string } | { ok: false; reason: SessionRefusal }> {
	const startsAt = zonedToUtc(input.date, input.time);
	if (Number.isNaN(startsAt.getTime()) || startsAt <= now) return { ok: false, reason: 'past' };
	return db.transaction().execute(async (trx) => {
		const version = await trx
			.selectFrom('battery_versions')
			.select(['id', 'frozen_at'])
			.where('campaign_id', '=', campaignId)
			.orderBy('version', 'desc')
			.limit(1)
			.executeTakeFirst();
		if (!version?.frozen_at) return { ok: false as const, reason: 'not-frozen' as const };
		const sessionId = newId();
		await trx
			.insertInto('sessions')
			.values({
				id: sessionId,
				campaign_id: campaignId,
				battery_version_id: version.id,
				starts_at: startsAt.toISOString(),
				place: input.place,
				capacity: input.capacity,
				created_by: user.id,
				created_at: nowIso(now)
			})
			.execute();
		await audit(
			trx,
			{
				actorId: user.id,
				action: 'session.created',
				subjectType: 'session',
				subjectId: sessionId,
				details: { campaignId, startsAt: startsAt.toISOString(), capacity: input.capacity }
			},
			now
		);
		return { ok: true as const, sessionId };
	});
}

export interface SessionSummary {
	id: string;
	campaignId: string;
	batteryVersionId: string;
	startsAt: string;
	place: string;
	capacity: number;
	status: 'planned' | 'closed';
	registered: number;
	finished: number;
}

function sessionsQuery(db: Db) {
	return db
		.selectFrom('sessions as s')
		.leftJoin('attempts as a', 'a.session_id', 's.id')
		.select((eb) => [
			's.id',
			's.campaign_id',
			's.battery_version_id',
			's.starts_at',
			's.place',
			's.capacity',
			's.status',
			eb.fn.count<number>('a.id').as('registered'),
			eb.fn
				.sum<number>(eb.case().when('a.status', '=', 'finished').then(1).else(0).end())
				.as('finished')
		])
		.groupBy([
			's.id',
			's.campaign_id',
			's.battery_version_id',
			's.starts_at',
			's.place',
			's.capacity',
			's.status'
		]);
}

const toSummary = (
	r: Awaited<ReturnType<ReturnType<typeof sessionsQuery>['execute']>>[number]
) => ({
	id: r.id,
	campaignId: r.campaign_id,
	batteryVersionId: r.battery_version_id,
	startsAt: r.starts_at,
	place: r.place,
	capacity: r.capacity,
	status: r.status,
	registered: Number(r.registered),
	finished: Number(r.finished ?? 0)
});

/** The campaign's sessions, soonest first. */
export async function listSessions(db: Db, campaignId: string): Promise<SessionSummary[]> {
	const rows = await sessionsQuery(db)
		.where('s.campaign_id', '=', campaignId)
		.orderBy('s.starts_at')
		.execute();
	return rows.map(toSummary);
}

/** One session of the campaign, or null (another campaign's session is not found). */
export async function getSession(
	db: Db,
	campaignId: string,
	sessionId: string
): Promise<SessionSummary | null> {
	const row = await sessionsQuery(db)
		.where('s.id', '=', sessionId)
		.where('s.campaign_id', '=', campaignId)
		.executeTakeFirst();
	return row ? toSummary(row) : null;
}

/** Time multipliers the form offers; any other factor from 1 to 3 can be typed. */
export const TIME_MULTIPLIERS = ['1', '1.25', '1.33', '1.5'] as const;

const phoneSchema = z
	.string()
	.trim()
	.regex(/^\+?[\d .-]{8,20}$/, { error: 'candidate.phone.invalid' });

/** The shortest reason an adviser may give for overriding the retest interval. */
export const RETEST_REASON_MIN = 10;

/**
 * A candidate: first name, last name, a phone or an email — nothing else — and the
 * accommodations provided (never why).
 */
export const candidateSchema = z
	.object({
		firstName: z.string().trim().min(1, { error: 'form.required' }).max(80),
		lastName: z.string().trim().min(1, { error: 'form.required' }).max(80),
		phone: phoneSchema.optional(),
		email: z.email({ error: 'candidate.email.invalid' }).max(200).optional(),
		timeMultiplier: z.enum([...TIME_MULTIPLIERS, 'other']).default('1'),
		customMultiplier: z
			.string()
			.transform((s) => Number(s.replace(',', '.')))
			.pipe(
				z
					.number({ error: 'candidate.multiplier.invalid' })
					.min(1, { error: 'candidate.multiplier.invalid' })
					.max(3, { error: 'candidate.multiplier.invalid' })
			)
			.optional(),
		spokenInstructions: z.literal('on').optional(),
		largeText: z.literal('on').optional(),
		/** Registers the person although they were tested within the retest interval. */
		retestOverride: z.literal('on').optional(),
		/** Why, for the audit log (required with the override). */
		retestReason: z.string().trim().max(500, { error: 'retest.reason.long' }).optional()
	})
	.check((ctx) => {
		const v = ctx.value;
		if (!v.phone && !v.email)
			ctx.issues.push({
				code: 'custom',
				input: v,
				path: ['phone'],
				message: 'candidate.contact.required'
			});
		if (v.timeMultiplier === 'other' && v.customMultiplier === undefined)
			ctx.issues.push({
				code: 'custom',
				input: v,
				path: ['customMultiplier'],
				message: 'candidate.multiplier.invalid'
			});
		if (v.retestOverride === 'on' && (v.retestReason ?? '').length < RETEST_REASON_MIN)
			ctx.issues.push({
				code: 'custom',
				input: v,
				path: ['retestReason'],
				message: 'retest.reason.required'
			});
	});
export type CandidateInput = z.infer<typeof candidateSchema>;

export function accommodationsOf(input: CandidateInput): Partial<Accommodations> {
	return {
		timeMultiplier:
			input.timeMultiplier === 'other' ? input.customMultiplier! : Number(input.timeMultiplier),
		spokenInstructions: input.spokenInstructions === 'on',
		largeText: input.largeText === 'on'
	};
}

export type RegisterRefusal = 'closed' | 'full';

/** What the adviser is told of the person's other registrations in the agency. */
export interface RetestNotice {
	earlier: {
		jobTitle: string;
		registeredAt: string;
		testAt: string | null;
		matchedBy: ('email' | 'phone')[];
	}[];
}

/** Tested within the interval: when, and from when the person may be tested again. */
export interface RetestRefusal extends RetestNotice {
	months: number;
	testAt: string;
	eligibleFrom: string;
}

export interface RegisterOptions {
	/** `RETEST_INTERVAL_MONTHS`: two tests of a person at least this far apart (0: no rule). */
	retestIntervalMonths?: number;
}

const noticeOf = (earlier: EarlierRegistration[]): RetestNotice => ({
	earlier: earlier.map((e) => ({
		jobTitle: e.jobTitle,
		registeredAt: e.registeredAt,
		testAt: e.testAt,
		matchedBy: e.matchedBy
	}))
});

/**
 * Registers a candidate into a session, all or nothing: a pseudonymous person, their identity
 * kept apart, and their attempt with its kiosk code and accommodations. A closed or full
 * session refuses.
 *
 * Retests: the same email or phone registered before in a campaign of the agency is the same
 * person. They are told to the adviser (`retest`), their runs get seeds none of their earlier
 * runs of the same exercise had (another parallel form), and a session less than the retest
 * interval away from another test of theirs is refused with the dates, unless the adviser
 * overrides it with a reason, which goes to the audit log.
 */
export async function registerCandidate(
	db: Db,
	user: SessionUser,
	session: SessionSummary,
	input: CandidateInput,
	now = new Date(),
	options: RegisterOptions = {}
): Promise<
	| { ok: true; personId: string; code: string; kioskCode: string; retest: RetestNotice | null }
	| { ok: false; reason: RegisterRefusal }
	| { ok: false; reason: 'retest-too-soon'; retest: RetestRefusal }
> {
	const months = options.retestIntervalMonths ?? DEFAULT_RETEST_INTERVAL_MONTHS;
	return db.transaction().execute(async (trx) => {
		// Re-read inside the transaction: two advisers registering the last seat at once.
		const current = await getSession(trx, session.campaignId, session.id);
		if (!current || current.status === 'closed')
			return { ok: false as const, reason: 'closed' as const };
		if (current.registered >= current.capacity)
			return { ok: false as const, reason: 'full' as const };
		const { agency_id: agencyId } = await trx
			.selectFrom('campaigns')
			.select('agency_id')
			.where('id', '=', session.campaignId)
			.executeTakeFirstOrThrow();
		const keys = contactKeys(input);
		const earlier = await registrationsOfContact(trx, agencyId, keys, now);
		const verdict = retestVerdict(
			earlier.flatMap((e) => (e.testAt ? [e.testAt] : [])),
			current.startsAt,
			months
		);
		const override = !verdict.ok && input.retestOverride === 'on' ? input.retestReason! : null;
		if (!verdict.ok && override === null)
			return {
				ok: false as const,
				reason: 'retest-too-soon' as const,
				retest: {
					...noticeOf(earlier),
					months,
					testAt: verdict.testAt,
					eligibleFrom: verdict.eligibleFrom
				}
			};
		const personId = newId();
		const code = `C-${newCode(6)}`;
		await trx
			.insertInto('persons')
			.values({
				id: personId,
				campaign_id: session.campaignId,
				kind: 'candidate',
				code,
				supervisor_rating: null,
				created_at: nowIso(now)
			})
			.execute();
		await trx
			.insertInto('identities')
			.values({
				person_id: personId,
				first_name: input.firstName,
				last_name: input.lastName,
				phone: input.phone ?? null,
				email: input.email ?? null,
				email_key: keys.emailKey,
				phone_key: keys.phoneKey
			})
			.execute();
		const { attemptId, kioskCode } = await insertAttempt(
			trx,
			{
				personId,
				batteryVersionId: session.batteryVersionId,
				kind: 'candidate',
				accommodations: accommodationsOf(input),
				sessionId: session.id,
				usedSeeds: await seedsOfPersons(
					trx,
					earlier.map((e) => e.personId)
				),
				retestOverride: override
			},
			now
		);
		await audit(
			trx,
			{
				actorId: user.id,
				action: 'candidate.registered',
				subjectType: 'person',
				subjectId: personId,
				details: { sessionId: session.id, ...(earlier.length && { retestOf: earlier.length }) }
			},
			now
		);
		if (!verdict.ok)
			// `note`: free text about the person, which their erasure removes from the log.
			await audit(
				trx,
				{
					actorId: user.id,
					action: 'candidate.retest-override',
					subjectType: 'attempt',
					subjectId: attemptId,
					details: {
						sessionId: session.id,
						months,
						testAt: verdict.testAt,
						eligibleFrom: verdict.eligibleFrom,
						note: override
					}
				},
				now
			);
		return {
			ok: true as const,
			personId,
			code,
			kioskCode,
			retest: earlier.length ? noticeOf(earlier) : null
		};
	});
}

export interface SessionCandidate {
	personId: string;
	code: string;
	firstName: string;
	lastName: string;
	phone: string | null;
	email: string | null;
	kioskCode: string;
	attemptId: string;
	status: 'pending' | 'in-progress' | 'finished' | 'refused';
	accommodations: Accommodations;
}

/** The candidates of a session with their identity (advisers of the agency only). */
export async function sessionCandidates(db: Db, sessionId: string): Promise<SessionCandidate[]> {
	const rows = await db
		.selectFrom('attempts as a')
		.innerJoin('persons as p', 'p.id', 'a.person_id')
		.innerJoin('identities as i', 'i.person_id', 'p.id')
		.select([
			'p.id',
			'p.code',
			'i.first_name',
			'i.last_name',
			'i.phone',
			'i.email',
			'a.id as attempt_id',
			'a.kiosk_code',
			'a.status',
			'a.accommodations'
		])
		.where('a.session_id', '=', sessionId)
		.orderBy('i.last_name')
		.orderBy('i.first_name')
		.execute();
	return rows.map((r) => ({
		personId: r.id,
		code: r.code,
		firstName: r.first_name,
		lastName: r.last_name,
		phone: r.phone,
		email: r.email,
		kioskCode: r.kiosk_code,
		attemptId: r.attempt_id,
		status: r.status,
		accommodations: accommodationsSchema.parse(JSON.parse(r.accommodations))
	}));
}

/**
 * Closes a session: its codes no longer open on a kiosk. Closing a closed session changes
 * nothing and is not audited again. Returns whether this call closed it.
 */
export async function closeSession(
	db: Db,
	user: SessionUser,
	session: SessionSummary,
	now = new Date()
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const closed = await trx
			.updateTable('sessions')
			.set({ status: 'closed', closed_at: nowIso(now) })
			.where('id', '=', session.id)
			.where('status', '=', 'planned')
			.executeTakeFirst();
		if (Number(closed.numUpdatedRows) === 0) return false;
		await audit(
			trx,
			{ actorId: user.id, action: 'session.closed', subjectType: 'session', subjectId: session.id },
			now
		);
		return true;
	});
}

/**
 * The adviser pauses a candidate (a break): the time of their timed part stops running. Only a
 * candidate of this session at work can be paused, once.
 */
export async function pauseCandidate(
	db: Db,
	user: SessionUser,
	sessionId: string,
	attemptId: string,
	now = new Date()
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const paused = await trx
			.updateTable('attempts')
			.set({ paused_at: nowIso(now) })
			.where('id', '=', attemptId)
			.where('session_id', '=', sessionId)
			.where('status', '=', 'in-progress')
			.where('paused_at', 'is', null)
			.executeTakeFirst();
		if (Number(paused.numUpdatedRows) !== 1) return false;
		await audit(
			trx,
			{ actorId: user.id, action: 'attempt.paused', subjectType: 'attempt', subjectId: attemptId },
			now
		);
		return true;
	});
}

/**
 * Ends a pause: the running exercise's deadline moves on by the time paused, so the candidate
 * loses none of their time (events sent meanwhile count as before the deadline).
 */
export async function resumeCandidate(
	db: Db,
	user: SessionUser,
	sessionId: string,
	attemptId: string,
	now = new Date()
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const attempt = await trx
			.selectFrom('attempts')
			.select(['paused_at', 'paused_ms'])
			.where('id', '=', attemptId)
			.where('session_id', '=', sessionId)
			.executeTakeFirst();
		if (!attempt?.paused_at) return false;
		const pausedMs = Math.max(0, now.getTime() - Date.parse(attempt.paused_at));
		const resumed = await trx
			.updateTable('attempts')
			.set({ paused_at: null, paused_ms: attempt.paused_ms + pausedMs })
			.where('id', '=', attemptId)
			.where('paused_at', '=', attempt.paused_at)
			.executeTakeFirst();
		if (Number(resumed.numUpdatedRows) !== 1) return false;
		const running = await trx
			.selectFrom('runs')
			.select(['id', 'deadline_at', 'paused_ms'])
			.where('attempt_id', '=', attemptId)
			.where('status', '=', 'running')
			.where('deadline_at', 'is not', null)
			.execute();
		for (const run of running)
			await trx
				.updateTable('runs')
				.set({
					deadline_at: nowIso(new Date(Date.parse(run.deadline_at!) + pausedMs)),
					paused_ms: run.paused_ms + pausedMs
				})
				.where('id', '=', run.id)
				.execute();
		await audit(
			trx,
			{
				actorId: user.id,
				action: 'attempt.resumed',
				subjectType: 'attempt',
				subjectId: attemptId,
				details: { pausedMs }
			},
			now
		);
		return true;
	});
}
