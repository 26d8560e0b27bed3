import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from '../src/lib/server/db';
import { makeAttempt } from '../src/lib/server/testing/factories';
import { ingestBatch } from '../src/lib/server/runs/ingest';
import attention from '../exercises/attention';
import { attentionServer } from '../exercises/attention/exercise.server';
import { configSchema } from '../exercises/attention/config.schema';
import { run, type CliIo } from './run';

describe('habile rescore --exercise attention', () => {
	it('recomputes a run stored under the old scoring: d′ scale, criterion, nulls', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'habile-rescore-')), 'cli.db');
		const db = openDatabase(file);
		await migrateToLatest(db);
		const { attemptId, runIds } = await makeAttempt(db, {
			consented: true,
			exercises: [
				{ exerciseId: 'attention', config: { itemCount: 60, durationSeconds: 120, difficulty: 2 } }
			]
		});
		const stored = await db.selectFrom('runs').select(['seed', 'config']).executeTakeFirstOrThrow();
		const setup = {
			config: configSchema.parse(JSON.parse(stored.config)),
			seed: Number(stored.seed)
		};
		const events = attentionServer.simulate(setup, { skill: 0.5, rngSeed: 7 });
		await ingestBatch(db, {
			runId: runIds[0]!,
			attemptId,
			batch: { firstSeq: 0, sentT: 0, events }
		});
		// What version 2 stored: hits − false alarms out of the defects, 0 for undefined values.
		await db
			.updateTable('scores')
			.set({
				exercise_version: 2,
				raw: 0,
				max: 6,
				subscores: JSON.stringify({ hits: 3, falseAlarms: 4, dprime: 1, decline: 0, rtCv: 0 })
			})
			.execute();
		await db.destroy();

		const out: string[] = [];
		const io: CliIo = {
			stdout: (l) => out.push(l),
			stderr: () => {},
			readSecret: async () => '',
			env: { DATABASE_URL: file }
		};
		expect(await run(['rescore', '--exercise', 'attention'], io)).toBe(0);
		expect(out.at(-1)).toBe('rescored 1 run of attention');

		const check = openDatabase(file);
		const score = await check.selectFrom('scores').selectAll().executeTakeFirstOrThrow();
		await check.destroy();
		const expected = attentionServer.score(setup, events);
		expect(score.exercise_version).toBe(attention.version);
		expect(attention.version).toBe(3);
		expect(score.max).toBe(100);
		expect(score.raw).toBe(expected.raw);
		// 20 points per unit of d′, the scale the version 3 scorer uses.
		expect(score.raw).toBeCloseTo(20 * expected.subscores.dprime!, 0);
		const subscores = JSON.parse(score.subscores);
		expect(subscores).toEqual(expected.subscores);
		expect(Object.keys(subscores)).toContain('criterion');
	});
});
