import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunEvent } from '$lib/engine/contract';
import { EventLogBuilder } from '$lib/engine/event-log';
import { consignesServer } from '$exercises/consignes/exercise.server';
import { configSchema } from '$exercises/consignes/config.schema';
import type { Db } from '../db';
import { EVENTS_RATE } from '../kiosk/rate-limit';
import { recordConsent } from '../kiosk/state';
import { campaignResults } from '../results/results';
import { testDatabases } from '../testing/db';
import { pauseCandidate, resumeCandidate } from '../sessions/sessions';
import { attachSession, makeAttempt, sessionUserOf } from '../testing/factories';
import { ingestBatch } from './ingest';
import { OFFLINE_ALLOWANCE_MS, RECEIPT_GRACE_MS } from './lateness';

const batch = (events: RunEvent[], sentT = events.at(-1)?.t ?? 0) => ({
	firstSeq: events[0]!.seq,
	sentT,
	events
});
const opening = () =>
	new EventLogBuilder()
		.push(0, 'phase.started', { phase: 'consigne' })
		.push(5_000, 'phase.started', { phase: 'entrainement' });

describe.each(testDatabases())('what a kiosk may send [$name]', ({ open }) => {
	let db: Db;
	let attemptId: string;
	let runId: string;
	let campaignId: string;
	beforeEach(async () => {
		db = await open();
		const attempt = await makeAttempt(db, { consented: true });
		attemptId = attempt.attemptId;
		runId = attempt.runIds[0]!;
		campaignId = attempt.campaignId;
	});
	afterEach(async () => db.destroy());

	const ingest = (events: RunEvent[], now?: Date, sentT?: number) =>
		ingestBatch(db, { runId, attemptId, batch: batch(events, sentT) }, now);
	const stored = () =>
		db.selectFrom('run_events').selectAll().where('run_id', '=', runId).orderBy('seq').execute();

	it('refuses events before consent (409), storing nothing', async () => {
		const pending = await makeAttempt(db);
		const result = await ingestBatch(db, {
			runId: pending.runIds[0]!,
			attemptId: pending.attemptId,
			batch: batch(opening().events)
		});
		expect(result).toMatchObject({
			ok: false,
			status: 409,
			reason: expect.stringMatching(/consent/)
		});
		expect(
			await db
				.selectFrom('run_events')
				.select('seq')
				.where('run_id', '=', pending.runIds[0]!)
				.execute()
		).toEqual([]);
	});

	it('refuses new events for a finished run (410), still acknowledging a resend of what it holds', async () => {
		const log = opening()
			.push(6_000, 'phase.started', { phase: 'epreuve' })
			.push(7_000, 'phase.started', { phase: 'fin' });
		expect(await ingest(log.events)).toMatchObject({ ok: true, ack: 3, finished: true });
		expect(await ingest(log.events)).toMatchObject({ ok: true, ack: 3 });
		log.push(8_000, 'focus.lost');
		expect(await ingest(log.events.slice(4))).toMatchObject({
			ok: false,
			status: 410,
			runFinished: true
		});
		expect(await stored()).toHaveLength(4);
	});

	it('refuses events once the attempt is closed to kiosks: its session closed (410)', async () => {
		await attachSession(db, attemptId, { startsAt: new Date(), status: 'closed' });
		expect(await ingest(opening().events)).toMatchObject({
			ok: false,
			status: 410,
			reason: expect.stringMatching(/session is closed/)
		});
		expect(await stored()).toEqual([]);
	});

	it("refuses a batch past the exercise's maximum plausible event count (413)", async () => {
		const run = await db
			.selectFrom('runs')
			.select('config')
			.where('id', '=', runId)
			.executeTakeFirstOrThrow();
		const max = consignesServer.maxEvents({ config: configSchema.parse(JSON.parse(run.config)) });
		// 10 items, 6 minutes: far above the ~40 events a real run logs, far below 320,000.
		expect(max).toBe(1000 + 10 * 10 + 10 * 6);
		const log = opening();
		while (log.events.length < max + 1) log.push(6_000, 'focus.lost');
		let result;
		for (let first = 0; first < log.events.length; first += 200) {
			result = await ingest(log.events.slice(first, first + 200));
			if (!result.ok) break;
		}
		expect(result).toMatchObject({
			ok: false,
			status: 413,
			reason: expect.stringMatching(String(max))
		});
		expect(await stored()).toHaveLength(Math.floor(max / 200) * 200);
	});

	it('limits the batches of one kiosk per minute (429), across runs, counted in the database', async () => {
		const now = new Date('2026-12-03T09:00:00Z');
		const events = opening().events;
		for (let i = 0; i < EVENTS_RATE.max; i++)
			expect(await ingest(events, now)).toMatchObject({ ok: true });
		expect(await ingest(events, now)).toMatchObject({ ok: false, status: 429 });
		// A minute later the kiosk sends again.
		expect(await ingest(events, new Date(now.getTime() + 60_001))).toMatchObject({ ok: true });
	});

	describe('lateness on the server clock', () => {
		const DURATION = 360_000;
		const start = new Date('2026-12-03T09:00:00Z');
		const at = (ms: number) => new Date(start.getTime() + ms);
		// The timed part starts at t = 6 s; its deadline is 09:06:00 on the server.
		const timed = () => opening().push(6_000, 'phase.started', { phase: 'epreuve' });
		const placed = (log: EventLogBuilder, t: number, index: number) =>
			log
				.push(t, 'item.presented', { item: `i${index}`, index })
				.push(t + 100, 'item.placed', { item: `i${index}`, bin: 'A' });
		const late = async () => (await stored()).slice(3).map((e) => e.late);

		it('a tampered kiosk stamping its work early gains no unlimited time: late past the offline allowance', async () => {
			const log = timed();
			expect(await ingest(log.events, start, 6_000)).toMatchObject({
				deadline: start.getTime() + DURATION
			});
			// 19 s after the deadline on the server, with a small t: counted only as flagged.
			placed(log, 10_000, 0);
			await ingest(log.events.slice(3), at(DURATION + 19_000), 10_100);
			// An hour later, still stamped early: late, not scored.
			placed(log, 20_000, 1);
			await ingest(log.events.slice(5), at(DURATION + 3_600_000), 20_100);
			expect(await late()).toEqual([2, 2, 1, 1]);
			log.push(21_000, 'phase.started', { phase: 'fin' });
			await ingest(log.events.slice(7), at(DURATION + 3_600_000), 21_000);
			const score = await db
				.selectFrom('scores')
				.select('flags')
				.where('run_id', '=', runId)
				.executeTakeFirstOrThrow();
			expect(JSON.parse(score.flags)).toEqual(
				expect.arrayContaining(['late-events-ignored', 'received-late'])
			);
		});

		it('an honest kiosk offline at the deadline: what it logged in time counts, flagged', async () => {
			const log = timed();
			await ingest(log.events, start, 6_000);
			// Offline from 2 minutes in; it worked until the end, then came back 5 minutes late.
			placed(log, 150_000, 0);
			placed(log, 300_000, 1);
			log
				.push(6_000 + DURATION, 'time.up')
				.push(6_000 + DURATION, 'phase.started', { phase: 'fin' });
			const back = DURATION + 5 * 60_000;
			expect(back).toBeLessThan(OFFLINE_ALLOWANCE_MS + DURATION);
			await ingest(log.events.slice(3), at(back), 6_000 + back);
			expect(await late()).toEqual([2, 2, 2, 2, 2, 2]);
			const score = await db
				.selectFrom('scores')
				.select(['flags', 'subscores'])
				.where('run_id', '=', runId)
				.executeTakeFirstOrThrow();
			expect(JSON.parse(score.flags)).toContain('received-late');
			expect(JSON.parse(score.flags)).not.toContain('late-events-ignored');
			expect(JSON.parse(score.subscores).processed).toBe(2);
			// The adviser sees it with the results.
			await db
				.updateTable('battery_versions')
				.set({ frozen_at: new Date().toISOString() })
				.execute();
			const [result] = await campaignResults(db, campaignId);
			expect(Object.values(result!.timingFlags)).toEqual([['received-late']]);
		});

		it("the adviser's pause moves the end of the timed part on the run clock as on the server's", async () => {
			const sessionId = await attachSession(db, attemptId, { startsAt: start });
			await db
				.updateTable('attempts')
				.set({ status: 'in-progress' })
				.where('id', '=', attemptId)
				.execute();
			const { adviser_id: adviserId } = await db
				.selectFrom('campaigns')
				.select('adviser_id')
				.where('id', '=', campaignId)
				.executeTakeFirstOrThrow();
			const adviser = await sessionUserOf(db, adviserId);
			const log = timed();
			await ingest(log.events, start, 6_000);
			// Paused 60 s, one minute in: the kiosk's run clock runs through the pause.
			expect(await pauseCandidate(db, adviser, sessionId, attemptId, at(60_000))).toBe(true);
			expect(await resumeCandidate(db, adviser, sessionId, attemptId, at(120_000))).toBe(true);
			// Worked to the end of its time: 60 s past the unpaused end on the run clock, on time.
			placed(log, 6_000 + DURATION + 59_000, 0);
			await ingest(log.events.slice(3), at(DURATION + 59_500), 6_000 + DURATION + 59_500);
			// Past the moved end: late.
			placed(log, 6_000 + DURATION + 61_000, 1);
			await ingest(log.events.slice(5), at(DURATION + 61_500), 6_000 + DURATION + 61_500);
			expect(await late()).toEqual([0, 0, 1, 1]);
		});

		it('a batch in flight at the deadline is judged on the run clock alone', async () => {
			const log = timed();
			await ingest(log.events, start, 6_000);
			placed(log, 6_000 + DURATION - 1_000, 0);
			await ingest(log.events.slice(3), at(DURATION + RECEIPT_GRACE_MS), 6_000 + DURATION);
			expect(await late()).toEqual([0, 0]);
		});
	});

	it('consent is decided once: a later answer changes nothing and audits nothing', async () => {
		const pending = await makeAttempt(db);
		expect(await recordConsent(db, pending.attemptId, true)).toBe('recorded');
		const events = opening().events;
		await ingestBatch(db, {
			runId: pending.runIds[0]!,
			attemptId: pending.attemptId,
			batch: batch(events)
		});
		expect(await recordConsent(db, pending.attemptId, false)).toBe('already-decided');
		const attempt = await db
			.selectFrom('attempts')
			.select(['consent', 'status'])
			.where('id', '=', pending.attemptId)
			.executeTakeFirstOrThrow();
		expect(attempt).toEqual({ consent: 'accepted', status: 'in-progress' });
		expect(
			await db
				.selectFrom('run_events')
				.select('seq')
				.where('run_id', '=', pending.runIds[0]!)
				.execute()
		).toHaveLength(2);
		const audits = await db
			.selectFrom('audit_log')
			.select('action')
			.where('subject_id', '=', pending.attemptId)
			.execute();
		expect(audits.map((a) => a.action)).toEqual(['consent.given']);
	});
});
