import { isHttpError } from '@sveltejs/kit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '$lib/server/db';
import { testDatabases } from '$lib/server/testing/db';
import { makeAttempt } from '$lib/server/testing/factories';
import type { RequestEvent } from './$types';

const current: { db?: Db } = {};
vi.mock('$lib/server/db/instance', () => ({ database: () => current.db }));
const { POST } = await import('./+server');

const batch = {
	firstSeq: 0,
	sentT: 10,
	events: [{ seq: 0, t: 0, type: 'phase.started', data: { phase: 'consigne' } }]
};

describe.each(testDatabases())('POST /api/runs/[runId]/events [$name]', ({ open }) => {
	let runId: string;
	let attemptId: string;
	beforeEach(async () => {
		current.db = await open();
		const attempt = await makeAttempt(current.db, { consented: true });
		runId = attempt.runIds[0]!;
		attemptId = attempt.attemptId;
	});
	afterEach(async () => current.db!.destroy());

	const post = (kioskAttemptId: string | null, body: string) =>
		POST({
			params: { runId },
			locals: { kioskAttemptId },
			request: new Request(`http://kiosk/api/runs/${runId}/events`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body
			})
		} as unknown as RequestEvent);

	it('stores the batch of the kiosk the hook found, and answers the ack', async () => {
		const res = await post(attemptId, JSON.stringify(batch));
		expect(res.status).toBe(200);
		expect(await res.json()).toMatchObject({ ack: 0, deadline: null });
		const again = await post(
			attemptId,
			JSON.stringify({ ...batch, firstSeq: 5, events: [{ ...batch.events[0], seq: 5 }] })
		);
		expect(again.status).toBe(409);
		expect(await again.json()).toMatchObject({ expected: 1 });
		expect((await post(attemptId, '[')).status).toBe(400);
	});

	it('refuses a kiosk with no attempt (401) and a run of another attempt (403)', async () => {
		const anonymous = await Promise.resolve()
			.then(() => post(null, JSON.stringify(batch)))
			.catch((e: unknown) => e);
		expect(isHttpError(anonymous) && anonymous.status).toBe(401);
		const other = await makeAttempt(current.db!, { consented: true });
		expect((await post(other.attemptId, JSON.stringify(batch))).status).toBe(403);
	});
});
