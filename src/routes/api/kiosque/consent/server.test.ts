import { isHttpError } from '@sveltejs/kit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '$lib/server/db';
import { ingestBatch } from '$lib/server/runs/ingest';
import { testDatabases } from '$lib/server/testing/db';
import { makeAttempt } from '$lib/server/testing/factories';
import type { RequestEvent } from './$types';

const current: { db?: Db } = {};
vi.mock('$lib/server/db/instance', () => ({ database: () => current.db }));
const { POST } = await import('./+server');

describe.each(testDatabases())('POST /api/kiosque/consent [$name]', ({ open }) => {
	let db: Db;
	let attemptId: string;
	let runId: string;
	beforeEach(async () => {
		db = current.db = await open();
		const attempt = await makeAttempt(db);
		attemptId = attempt.attemptId;
		runId = attempt.runIds[0]!;
	});
	afterEach(async () => db.destroy());

	const answer = (accepted: boolean) =>
		Promise.resolve()
			.then(() =>
				POST({
					locals: { kioskAttemptId: attemptId },
					cookies: { delete: () => {} },
					request: new Request('http://kiosk/api/kiosque/consent', {
						method: 'POST',
						headers: { 'content-type': 'application/json' },
						body: JSON.stringify({ accepted })
					})
				} as unknown as RequestEvent)
			)
			.catch((e: unknown) => (isHttpError(e) ? { status: e.status } : Promise.reject(e)));
	const counts = async () => ({
		runs: (await db.selectFrom('runs').select('id').where('attempt_id', '=', attemptId).execute())
			.length,
		events: (await db.selectFrom('run_events').select('seq').execute()).length,
		audits: (
			await db
				.selectFrom('audit_log')
				.select('action')
				.where('subject_id', '=', attemptId)
				.execute()
		).map((a) => a.action)
	});

	it('is decided once: a refusal after consent (409) deletes nothing and audits nothing', async () => {
		expect((await answer(true)).status).toBe(200);
		const events = [{ seq: 0, t: 0, type: 'phase.started', data: { phase: 'consigne' } }];
		await ingestBatch(db, { runId, attemptId, batch: { firstSeq: 0, sentT: 0, events } });
		const before = await counts();
		const refusal = await answer(false);
		expect(refusal.status).toBe(409);
		expect(await (refusal as Response).json()).toEqual({
			error: expect.stringMatching(/already decided/)
		});
		expect(await counts()).toEqual(before);
		expect(before).toEqual({ runs: 1, events: 1, audits: ['consent.given'] });
	});

	it("once the attempt is finished, the kiosk's answer is refused (410), its results kept", async () => {
		await answer(true);
		await db
			.updateTable('attempts')
			.set({ status: 'finished' })
			.where('id', '=', attemptId)
			.execute();
		const before = await counts();
		expect((await answer(false)).status).toBe(410);
		expect(await counts()).toEqual(before);
	});
});
