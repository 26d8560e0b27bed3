import { z } from 'zod';
import { startsPhase } from '$lib/engine/phased-machine';
import { MAX_BATCH_EVENTS } from '$lib/domain/kiosk';
import { accommodationsSchema, timedPartMs } from '$lib/domain/records';
import type { RunEvent } from '$lib/engine/contract';
import { engineEventSchemas, runEventSchema, type EventSchemas } from '$lib/engine/contract.schema';
import { registeredExercise, type RegisteredExercise } from '$exercises/registry.server';
import type { Db } from '../db';
import { nowIso } from '../ids';
import { CLOSED_MESSAGES, closedReason, hashKioskToken } from '../kiosk/binding';
import { EVENTS_RATE } from '../kiosk/rate-limit';
import { latenessOf } from './lateness';
import { runLogOf, type RunForIngest } from './run-log';
import { scoreRun } from './scoring';

/**
 * A batch as posted by the kiosk. `sentT` is the run clock when it was sent. Each event's `data`
 * is checked once, by the schema of its type (`validateEvents`), when the run's exercise is known.
 */
export const batchSchema = z.object({
	firstSeq: z.int().min(0),
	sentT: z.number().finite().min(0),
	events: z
		.array(runEventSchema.extend({ data: z.unknown() }))
		.min(1)
		.max(MAX_BATCH_EVENTS)
});
export type Batch = z.input<typeof batchSchema>;

/** Who posts: the attempt the kiosk is bound to, or the kiosk's own token (cookie). */
export type KioskIdentity = { attemptId: string } | { kioskToken: string };

export type IngestResult =
	| { ok: true; ack: number; deadline: number | null; finished: boolean }
	| { ok: false; status: 400 | 403 | 404 | 413 | 429; reason: string }
	| { ok: false; status: 409; reason: string; expected?: number }
	/** `runFinished`: the run ended; the kiosk may forget what it still holds of it. */
	| { ok: false; status: 410; reason: string; runFinished?: true };

/** Checks every event's data against the schema of its type; the first problem is the reason. */
export function validateEvents(
	batch: z.output<typeof batchSchema>,
	schemas: EventSchemas
): string | null {
	for (const [i, event] of batch.events.entries()) {
		if (event.seq !== batch.firstSeq + i)
			return `events must be numbered from firstSeq without gaps (index ${i} has seq ${event.seq})`;
		const schema = schemas[event.type];
		if (!schema) return `unknown event type "${event.type}" at seq ${event.seq}`;
		const parsed = schema.safeParse(event.data);
		if (!parsed.success) {
			const issue = parsed.error.issues[0]!;
			return `invalid data for "${event.type}" at seq ${event.seq}: ${issue.path.join('.') || '(data)'} ${issue.message}`;
		}
	}
	return null;
}

/** The schemas of every event an exercise's runs may log: the engine's and its own. */
const eventSchemasOf = (exercise: RegisteredExercise): EventSchemas => {
	let schemas = eventSchemasCache.get(exercise);
	if (!schemas) {
		schemas = { ...engineEventSchemas, ...exercise.server.eventSchemas };
		eventSchemasCache.set(exercise, schemas);
	}
	return schemas;
};
const eventSchemasCache = new WeakMap<RegisteredExercise, EventSchemas>();

/** Whether the run belongs to the kiosk that posts. */
const isBound = (run: RunForIngest, kiosk: KioskIdentity) =>
	'attemptId' in kiosk
		? run.attempt_id === kiosk.attemptId
		: run.kiosk_token_hash !== null && run.kiosk_token_hash === hashKioskToken(kiosk.kioskToken);

/**
 * Stores a kiosk's batch for one run: append-only, idempotent on (run, seq), refusing gaps with
 * the seq expected. Sets the server deadline when the timed part starts, flags events past it
 * (`lateness.ts`), and scores the run when its end arrives. Answers with the highest contiguous
 * seq stored. The batch must have passed `batchSchema`; each event's data is checked here.
 *
 * Refused, storing nothing: over the kiosk's request rate (429, `EVENTS_RATE`); for an attempt
 * finished, refused or whose session is closed (410); before consent (409); new events for a
 * run already finished (410, `runFinished`: what was stored is still acknowledged on a resend);
 * past the exercise's `maxEvents` (413).
 */
export async function ingestBatch(
	db: Db,
	input: { runId: string; batch: Batch } & KioskIdentity,
	now = new Date()
): Promise<IngestResult> {
	const { runId } = input;
	const batch = input.batch as z.output<typeof batchSchema>;
	const outcome = await runLogOf(db)(async (trx): Promise<IngestResult> => {
		const run = await trx.run(runId);
		if (!run) return { ok: false, status: 404, reason: 'unknown run' };
		if (!isBound(run, input))
			return { ok: false, status: 403, reason: 'this run is bound to another kiosk' };
		if ((await trx.hit(EVENTS_RATE, run.attempt_id, now)) > EVENTS_RATE.max)
			return {
				ok: false,
				status: 429,
				reason: `too many batches from this kiosk (over ${EVENTS_RATE.max} a minute): try again later`
			};
		const closed = closedReason({
			consent: run.consent,
			status: run.attempt_status,
			session: run.session_status
		});
		// A finished attempt's runs are all finished: a resend is acknowledged below.
		if (closed && !(closed === 'finished' && run.status === 'finished'))
			return { ok: false, status: 410, reason: CLOSED_MESSAGES[closed] };
		if (run.consent !== 'accepted')
			return { ok: false, status: 409, reason: 'consent was not given: no event is stored' };
		const exercise = registeredExercise(run.exercise_id);
		if (!exercise) return { ok: false, status: 404, reason: 'unknown exercise' };

		const invalid = validateEvents(batch, eventSchemasOf(exercise));
		if (invalid) return { ok: false, status: 400, reason: invalid };
		if (batch.firstSeq > run.next_seq) {
			return {
				ok: false,
				status: 409,
				reason: `gap: expected seq ${run.next_seq}`,
				expected: run.next_seq
			};
		}
		// Validated: each event's data matched the schema of its type.
		const fresh = (batch.events as RunEvent[]).filter((e) => e.seq >= run.next_seq);
		if (run.status === 'finished' && fresh.length > 0)
			return {
				ok: false,
				status: 410,
				reason: 'this run is finished: it takes no more events',
				runFinished: true
			};
		const config = exercise.server.configSchema.parse(JSON.parse(run.config));
		const accommodations = accommodationsSchema.parse(JSON.parse(run.accommodations));
		const nextSeq = Math.max(run.next_seq, batch.firstSeq + batch.events.length);
		const maxEvents = exercise.server.maxEvents({
			config,
			timeMultiplier: accommodations.timeMultiplier
		});
		if (nextSeq > maxEvents)
			return {
				ok: false,
				status: 413,
				reason: `a run of this exercise holds at most ${maxEvents} events`
			};
		const durationMs = timedPartMs(config.durationSeconds, accommodations);

		let epreuveT = run.epreuve_t;
		let deadline = run.deadline_at ? Date.parse(run.deadline_at) : null;
		const start = fresh.find((e) => startsPhase(e, 'epreuve'));
		if (start && epreuveT === null) {
			// The timed part started (sentT - start.t) ms before the kiosk sent this batch: the
			// deadline is set on the server's clock, and never moves after (reloads, offline).
			epreuveT = start.t;
			deadline = now.getTime() - Math.max(0, batch.sentT - start.t) + durationMs;
		}
		const part = { epreuveT, durationMs, pausedMs: run.paused_ms, deadline };
		if (fresh.length > 0) {
			const receivedAt = nowIso(now);
			await trx.append(
				runId,
				fresh.map((e) => ({
					seq: e.seq,
					t: e.t,
					type: e.type,
					data: JSON.stringify(e.data),
					received_at: receivedAt,
					late: latenessOf(part, e.t, now)
				}))
			);
		}
		const finished = run.status === 'finished' || fresh.some((e) => startsPhase(e, 'fin'));
		await trx.progress(runId, {
			next_seq: nextSeq,
			last_contact_at: nowIso(now),
			epreuve_t: epreuveT,
			deadline_at: deadline === null ? null : nowIso(new Date(deadline)),
			started_at: run.status === 'pending' ? nowIso(now) : undefined,
			status: finished ? 'finished' : 'running',
			finished_at: finished && run.status !== 'finished' ? nowIso(now) : undefined
		});
		return {
			ok: true,
			ack: nextSeq - 1,
			deadline,
			finished: finished && run.status !== 'finished'
		};
	});
	if (outcome.ok && outcome.finished) {
		await scoreRun(db, runId, now);
		await finishAttemptWhenDone(db, runId, now);
	}
	return outcome;
}

/** The attempt is finished once every one of its runs is: the monitor and the results rely on it. */
async function finishAttemptWhenDone(db: Db, runId: string, now: Date): Promise<void> {
	await db
		.updateTable('attempts')
		.set({ status: 'finished', finished_at: nowIso(now) })
		.where('id', '=', (eb) => eb.selectFrom('runs').select('attempt_id').where('id', '=', runId))
		.where('status', '=', 'in-progress')
		.where((eb) =>
			eb.not(
				eb.exists(
					eb
						.selectFrom('runs as r')
						.select('r.id')
						.whereRef('r.attempt_id', '=', 'attempts.id')
						.where('r.status', '!=', 'finished')
				)
			)
		)
		.execute();
}
