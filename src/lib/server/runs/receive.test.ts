import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BATCH_BYTES } from '$lib/domain/kiosk';
import { EventLogBuilder } from '$lib/engine/event-log';
import type { Db } from '../db';
import { openAttempt } from '../kiosk/binding';
import { testDatabases } from '../testing/db';
import { makeAttempt } from '../testing/factories';
import { receiveBatch, type BatchRequest } from './receive';

const opening = () =>
	new EventLogBuilder()
		.push(0, 'phase.started', { phase: 'consigne' })
		.push(5_000, 'phase.started', { phase: 'entrainement' }).events;
const body = (events: { seq: number }[] = opening(), firstSeq = events[0]!.seq) =>
	JSON.stringify({ firstSeq, sentT: 6_000, events });

describe.each(testDatabases())('the run API [$name]', ({ open }) => {
	let db: Db;
	let runId: string;
	let attemptId: string;
	let token: string;
	beforeEach(async () => {
		db = await open();
		const attempt = await makeAttempt(db, { consented: true });
		runId = attempt.runIds[0]!;
		attemptId = attempt.attemptId;
		const opened = await openAttempt(db, attempt.kioskCode);
		if (!opened.ok) throw new Error(opened.reason);
		token = opened.token;
	});
	afterEach(async () => db.destroy());

	const post = (text: string, over: Partial<BatchRequest> = {}) =>
		receiveBatch(db, {
			runId,
			kiosk: { kioskToken: token },
			declaredLength: Buffer.byteLength(text),
			readText: async () => text,
			...over
		});
	const stored = async () =>
		(await db.selectFrom('run_events').select('seq').where('run_id', '=', runId).execute()).length;

	it('stores a batch posted with the kiosk token or the attempt, and answers the ack', async () => {
		const answer = await post(body());
		expect(answer).toEqual({
			status: 200,
			body: { ack: 1, deadline: null, serverNow: expect.any(Number) }
		});
		const more = new EventLogBuilder();
		for (const e of opening()) more.push(e.t, e.type, e.data);
		more.push(6_000, 'phase.started', { phase: 'epreuve' });
		const byAttempt = await post(body(more.events.slice(2)), { kiosk: { attemptId } });
		expect(byAttempt.status).toBe(200);
		expect(byAttempt.body.ack).toBe(2);
		expect(byAttempt.body.deadline).toEqual(expect.any(Number));
		expect(await stored()).toBe(3);
	});

	it('refuses a malformed or oversized body with the reason, storing nothing', async () => {
		expect(await post('{"firstSeq": 0, "events": [')).toEqual({
			status: 400,
			body: { error: 'body is not valid JSON' }
		});
		const tooLarge = { error: `body too large (over ${MAX_BATCH_BYTES} bytes)` };
		expect(await post(body(), { declaredLength: MAX_BATCH_BYTES + 1 })).toEqual({
			status: 400,
			body: tooLarge
		});
		expect(await post('x'.repeat(MAX_BATCH_BYTES + 1), { declaredLength: 0 })).toEqual({
			status: 400,
			body: tooLarge
		});
		const noEvents = await post(JSON.stringify({ firstSeq: 0, sentT: 0, events: [] }));
		expect(noEvents.status).toBe(400);
		expect(noEvents.body.error).toMatch(/^events: /);
		const badData = opening().map((e) => (e.seq === 1 ? { ...e, data: 'epreuve' } : e));
		expect((await post(body(badData))).body.error).toMatch(
			/^invalid data for "phase.started" at seq 1: \(data\)/
		);
		expect(await stored()).toBe(0);
	});

	it('answers a gap with the seq expected', async () => {
		expect(await post(body(opening().slice(1)))).toEqual({
			status: 409,
			body: { error: 'gap: expected seq 0', expected: 0 }
		});
	});

	it('refuses a run bound to another kiosk (403), an unknown run (404), a token that opens nothing (401) first', async () => {
		const other = await makeAttempt(db, { consented: true });
		const foreign = await post(body(), { runId: other.runIds[0]! });
		expect(foreign).toEqual({
			status: 403,
			body: { error: 'this run is bound to another kiosk' }
		});
		expect((await post(body(), { runId: 'nope' })).status).toBe(404);
		// The attempt opened on another tablet: this kiosk's token opens nothing any more. It is
		// told so (401) before anything else is looked at, as the SvelteKit hook would.
		const stale = token;
		const reopened = await db
			.selectFrom('attempts')
			.select('kiosk_code')
			.where('id', '=', attemptId)
			.executeTakeFirstOrThrow();
		expect((await openAttempt(db, reopened.kiosk_code)).ok).toBe(true);
		const unauthorized = {
			status: 401,
			body: { message: 'No attempt is open on this kiosk: enter a code first.' }
		};
		expect(await post(body(), { kiosk: { kioskToken: stale } })).toEqual(unauthorized);
		expect(await post('not json', { kiosk: { kioskToken: stale } })).toEqual(unauthorized);
		expect(await post(body(), { runId: 'nope', kiosk: { kioskToken: stale } })).toEqual(
			unauthorized
		);
		expect(await stored()).toBe(0);
	});
});
