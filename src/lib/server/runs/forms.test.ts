import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema } from '$exercises/consignes/config.schema';
import { consignesServer } from '$exercises/consignes/exercise.server';
import type { Db } from '../db';
import { kioskState } from '../kiosk/state';
import { testDatabases } from '../testing/db';
import { makeAttempt } from '../testing/factories';
import { ingestBatch } from './ingest';
import { rescoreExercise } from './scoring';

describe.each(testDatabases())('a run keeps its form [$name]', ({ open }) => {
	let db: Db;
	beforeEach(async () => {
		db = await open();
	});
	afterEach(async () => db.destroy());

	it('is created with the current form rule, and shown and scored with the rule it has', async () => {
		const { attemptId, runIds } = await makeAttempt(db, {
			consented: true,
			exercises: [{ exerciseId: 'consignes', config: { itemCount: 20, difficulty: 1 } }]
		});
		const runId = runIds[0]!;
		const created = await db
			.selectFrom('runs')
			.select(['seed', 'config', 'form_version'])
			.executeTakeFirstOrThrow();
		expect(created.form_version).toBe(consignesServer.formVersion);

		// A run created before the form rule changed: no form version, the first rule.
		await db.updateTable('runs').set({ form_version: null }).execute();
		const config = configSchema.parse(JSON.parse(created.config));
		const first = { config, seed: Number(created.seed), formVersion: 1 };
		const state = await kioskState(db, attemptId);
		expect(state?.runs[0]?.payload).toEqual(consignesServer.prepare(first));
		expect(state?.runs[0]?.payload).not.toEqual(
			consignesServer.prepare({ config, seed: first.seed })
		);

		const events = consignesServer.simulate(first, { skill: 0.7, rngSeed: 3 });
		await ingestBatch(db, { runId, attemptId, batch: { firstSeq: 0, sentT: 0, events } });
		await db.updateTable('scores').set({ raw: -1, items: '[]' }).execute();
		expect(await rescoreExercise(db, 'consignes')).toBe(1);
		const score = await db.selectFrom('scores').select(['raw', 'items']).executeTakeFirstOrThrow();
		const expected = consignesServer.score(first, events);
		expect(score.raw).toBe(expected.raw);
		expect(JSON.parse(score.items)).toEqual(expected.items);
		expect(expected.items).not.toEqual(
			consignesServer.score({ config, seed: first.seed }, events).items
		);
	});
});
