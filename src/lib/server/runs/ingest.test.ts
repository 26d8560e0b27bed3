import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunEvent } from '$lib/engine/contract';
import { EventLogBuilder } from '$lib/engine/event-log';
import consignes from '$exercises/consignes';
import { consignesServer } from '$exercises/consignes/exercise.server';
import { configSchema } from '$exercises/consignes/config.schema';
import type { Db } from '../db';
import { testDatabases } from '../testing/db';
import { makeAttempt } from '../testing/factories';
import { ingestBatch } from './ingest';
import { rescoreExercise } from './scoring';
import { kioskState, recordConsent } from '../kiosk/state';

const batch = (events: RunEvent[], sentT = events.at(-1)?.t ?? 0) => ({
	firstSeq: events[0]!.seq,
	sentT,
	events
});

function opening() {
	return new EventLogBuilder()
		.push(0, 'phase.started', { phase: 'consigne' })
		.push(5_000, 'phase.started', { phase: 'entrainement' })
		.push(9_000, 'practice.placed', { item: 'p0', bin: 'A', correct: true });
}

describe.each(testDatabases())('event ingestion [$name]', ({ open }) => {
	let db: Db;
	let attemptId: string;
	let runId: string;
	beforeEach(async () => {
		db = await open();
		const attempt = await makeAttempt(db, { consented: true });
		attemptId = attempt.attemptId;
		runId = attempt.runIds[0]!;
	});
	afterEach(async () => db.destroy());

	const stored = () =>
		db.selectFrom('run_events').selectAll().where('run_id', '=', runId).orderBy('seq').execute();

	it('stores a batch and acknowledges its last seq; a replayed batch is stored once', async () => {
		const events = opening().events;
		expect(await ingestBatch(db, { runId, attemptId, batch: batch(events) })).toEqual({
			ok: true,
			ack: 2,
			deadline: null,
			finished: false
		});
		expect(await ingestBatch(db, { runId, attemptId, batch: batch(events) })).toMatchObject({
			ok: true,
			ack: 2
		});
		// A batch overlapping what is stored adds only the new events.
		const more = new EventLogBuilder();
		for (const e of events) more.push(e.t, e.type, e.data);
		more.push(10_000, 'phase.started', { phase: 'epreuve' });
		expect(
			await ingestBatch(db, { runId, attemptId, batch: batch(more.events.slice(1)) })
		).toMatchObject({ ack: 3 });
		expect((await stored()).map((e) => e.seq)).toEqual([0, 1, 2, 3]);
	});

	it('stores a batch of many events whole, and an overlapping one adds only the new ones', async () => {
		const log = opening();
		for (let i = 0; i < 42; i++) log.push(9_100 + i, 'focus.lost');
		expect(
			await ingestBatch(db, { runId, attemptId, batch: batch(log.events.slice(0, 30)) })
		).toMatchObject({ ok: true, ack: 29 });
		expect(
			await ingestBatch(db, { runId, attemptId, batch: batch(log.events.slice(10)) })
		).toMatchObject({ ok: true, ack: 44 });
		const events = await stored();
		expect(events.map((e) => e.seq)).toEqual(log.events.map((e) => e.seq));
		expect(events.map((e) => e.t)).toEqual(log.events.map((e) => e.t));
	});

	it('refuses a gap with the seq it expects, storing nothing', async () => {
		const events = opening().events;
		const result = await ingestBatch(db, { runId, attemptId, batch: batch(events.slice(1)) });
		expect(result).toEqual({ ok: false, status: 409, reason: 'gap: expected seq 0', expected: 0 });
		expect(await stored()).toEqual([]);
	});

	it('refuses a batch with one bad event whole, saying which and why', async () => {
		const log = opening().push(9_500, 'item.placed', { item: 'i0', bin: 'Z' });
		const result = await ingestBatch(db, { runId, attemptId, batch: batch(log.events) });
		expect(result).toMatchObject({ ok: false, status: 400 });
		expect(!result.ok && result.reason).toContain('"item.placed" at seq 3: bin');
		const unknown = new EventLogBuilder().push(0, 'cheat.code', {});
		expect(await ingestBatch(db, { runId, attemptId, batch: batch(unknown.events) })).toMatchObject(
			{
				status: 400,
				reason: 'unknown event type "cheat.code" at seq 0'
			}
		);
		const numbering = opening().events.map((e, i) => ({ ...e, seq: i === 2 ? 5 : e.seq }));
		expect(await ingestBatch(db, { runId, attemptId, batch: batch(numbering) })).toMatchObject({
			status: 400
		});
		expect(await stored()).toEqual([]);
	});

	it("refuses events for a run bound to another kiosk's attempt", async () => {
		const other = await makeAttempt(db, { consented: true });
		const result = await ingestBatch(db, {
			runId,
			attemptId: other.attemptId,
			batch: batch(opening().events)
		});
		expect(result).toMatchObject({ ok: false, status: 403 });
		expect(
			await ingestBatch(db, { runId: 'nope', attemptId, batch: batch(opening().events) })
		).toMatchObject({ status: 404 });
	});

	it('sets the deadline on the server clock when the timed part starts, and never moves it', async () => {
		const log = opening().push(10_000, 'phase.started', { phase: 'epreuve' });
		const now = new Date('2026-03-01T09:00:00.000Z');
		// Sent 2 s after the timed part started: it started at 08:59:58 (server time).
		const result = await ingestBatch(
			db,
			{ runId, attemptId, batch: batch(log.events, 12_000) },
			now
		);
		expect(result.ok && new Date(result.deadline!).toISOString()).toBe('2026-03-01T09:05:58.000Z');
		log.push(20_000, 'item.presented', { item: 'i0', index: 0 });
		const later = await ingestBatch(
			db,
			{ runId, attemptId, batch: batch(log.events.slice(4), 500_000) },
			new Date('2026-03-01T10:00:00.000Z')
		);
		expect(later.ok && new Date(later.deadline!).toISOString()).toBe('2026-03-01T09:05:58.000Z');
	});

	it('applies the time multiplier to the deadline', async () => {
		const slow = await makeAttempt(db, {
			consented: true,
			accommodations: { timeMultiplier: 1.5 }
		});
		const log = opening().push(10_000, 'phase.started', { phase: 'epreuve' });
		const now = new Date('2026-03-01T09:00:00.000Z');
		const result = await ingestBatch(
			db,
			{ runId: slow.runIds[0]!, attemptId: slow.attemptId, batch: batch(log.events) },
			now
		);
		// 360 s × 1.5 = 540 s = 9 min.
		expect(result.ok && new Date(result.deadline!).toISOString()).toBe('2026-03-01T09:09:00.000Z');
	});

	it('slows the attention belt by the time multiplier, in the payload the kiosk receives', async () => {
		const exercises = [{ exerciseId: 'attention', config: { theme: 'industrie', difficulty: 1 } }];
		const standard = await makeAttempt(db, { exercises, consented: true });
		const slow = await makeAttempt(db, {
			exercises,
			consented: true,
			accommodations: { timeMultiplier: 1.5 }
		});
		const itemMs = async (id: string) =>
			((await kioskState(db, id)).runs[0]!.payload as { itemMs: number }).itemMs;
		expect(await itemMs(standard.attemptId)).toBe(1800);
		expect(await itemMs(slow.attemptId)).toBe(2700);
	});

	it('scores a finished run on the server, ignoring events past the deadline', async () => {
		await recordConsent(db, attemptId, true);
		const log = opening().push(10_000, 'phase.started', { phase: 'epreuve' });
		const t0 = 10_000;
		log.push(t0, 'item.presented', { item: 'i0', index: 0 });
		log.push(t0 + 100, 'item.placed', { item: 'i0', bin: 'A' });
		log.push(t0 + 200, 'item.presented', { item: 'i1', index: 1 });
		// 360 s after the start, plus more than the grace: late.
		log.push(t0 + 361_000, 'item.placed', { item: 'i1', bin: 'A' });
		log.push(t0 + 361_000, 'phase.started', { phase: 'fin' });
		expect(await ingestBatch(db, { runId, attemptId, batch: batch(log.events) })).toMatchObject({
			ok: true,
			finished: true
		});
		const events = await stored();
		expect(events.filter((e) => e.late === 1).map((e) => e.seq)).toEqual([7, 8]);
		const score = await db
			.selectFrom('scores')
			.selectAll()
			.where('run_id', '=', runId)
			.executeTakeFirstOrThrow();
		expect(JSON.parse(score.subscores).processed).toBe(1);
		expect(JSON.parse(score.flags)).toContain('late-events-ignored');
		expect(score.exercise_version).toBe(consignes.version);
		const run = await db
			.selectFrom('runs')
			.select(['status', 'finished_at'])
			.where('id', '=', runId)
			.executeTakeFirstOrThrow();
		expect(run.status).toBe('finished');
		// Its only run done, the attempt (consent given) is finished.
		const attempt = await db
			.selectFrom('attempts')
			.select(['status', 'finished_at'])
			.where('id', '=', attemptId)
			.executeTakeFirstOrThrow();
		expect(attempt).toEqual({ status: 'finished', finished_at: expect.any(String) });
	});

	it('gives the same score through 20-event batches as the scorer on the whole log, and rescoring keeps it', async () => {
		const run = await db
			.selectFrom('runs')
			.select(['seed', 'config'])
			.where('id', '=', runId)
			.executeTakeFirstOrThrow();
		const setup = { config: configSchema.parse(JSON.parse(run.config)), seed: Number(run.seed) };
		const events = consignesServer.simulate(setup, { skill: 0.7, rngSeed: 4 });
		for (let i = 0; i < events.length; i += 20) {
			const slice = events.slice(i, i + 20);
			expect(await ingestBatch(db, { runId, attemptId, batch: batch(slice) })).toMatchObject({
				ok: true
			});
		}
		const expected = consignesServer.score(setup, events);
		const score = await db
			.selectFrom('scores')
			.selectAll()
			.where('run_id', '=', runId)
			.executeTakeFirstOrThrow();
		expect(score.raw).toBe(expected.raw);
		await db.updateTable('scores').set({ raw: -1 }).execute();
		expect(await rescoreExercise(db, 'consignes')).toBe(1);
		const again = await db.selectFrom('scores').select('raw').executeTakeFirstOrThrow();
		expect(again.raw).toBe(expected.raw);
	});
});
