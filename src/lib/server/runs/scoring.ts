import { z } from 'zod';
import { registeredExercise } from '$exercises/registry.server';
import { accommodationsSchema } from '$lib/domain/records';
import type { RunEvent } from '$lib/engine/contract';
import type { Db } from '../db';
import { nowIso } from '../ids';
import { Lateness } from './lateness';

const dataSchema = z.record(z.string(), z.unknown());

/**
 * Computes a run's score on the server from its stored events (late ones left out) with the
 * exercise's scorer, and stores it with the exercise version. Never trusts the kiosk's view.
 * Flags for the adviser: `late-events-ignored` (some were late), `received-late` (some were
 * received well after the deadline, stamped on time: counted, see `lateness.ts`).
 */
export async function scoreRun(db: Db, runId: string, now = new Date()): Promise<void> {
	const run = await db
		.selectFrom('runs as r')
		.innerJoin('battery_exercises as be', 'be.id', 'r.battery_exercise_id')
		.innerJoin('attempts as a', 'a.id', 'r.attempt_id')
		.select(['r.id', 'r.seed', 'r.config', 'r.form_version', 'be.exercise_id', 'a.accommodations'])
		.where('r.id', '=', runId)
		.executeTakeFirstOrThrow();
	const exercise = registeredExercise(run.exercise_id);
	if (!exercise) throw new Error(`Run ${runId}: unknown exercise ${run.exercise_id}`);
	const rows = await db
		.selectFrom('run_events')
		.select(['seq', 't', 'type', 'data', 'late'])
		.where('run_id', '=', runId)
		.orderBy('seq')
		.execute();
	const events: RunEvent[] = rows
		.filter((r) => r.late !== Lateness.late)
		.map((r) => ({ seq: r.seq, t: r.t, type: r.type, data: dataSchema.parse(JSON.parse(r.data)) }));
	const config = exercise.server.configSchema.parse(JSON.parse(run.config));
	const { timeMultiplier } = accommodationsSchema.parse(JSON.parse(run.accommodations));
	const result = exercise.server.score(
		{ config, seed: Number(run.seed), formVersion: run.form_version ?? 1, timeMultiplier },
		events
	);
	if (rows.some((r) => r.late === Lateness.late)) result.flags.push('late-events-ignored');
	if (rows.some((r) => r.late === Lateness.receivedLate)) result.flags.push('received-late');
	const values = {
		exercise_id: exercise.definition.id,
		exercise_version: exercise.definition.version,
		raw: result.raw,
		max: result.max,
		subscores: JSON.stringify(result.subscores),
		items: JSON.stringify(result.items),
		flags: JSON.stringify(result.flags),
		computed_at: nowIso(now)
	};
	await db
		.insertInto('scores')
		.values({ run_id: runId, ...values })
		.onConflict((oc) => oc.column('run_id').doUpdateSet(values))
		.execute();
}

/** Recomputes every stored, finished run of an exercise (after a scoring fix); returns how many. */
export async function rescoreExercise(db: Db, exerciseId: string): Promise<number> {
	const runs = await db
		.selectFrom('runs as r')
		.innerJoin('battery_exercises as be', 'be.id', 'r.battery_exercise_id')
		.select('r.id')
		.where('be.exercise_id', '=', exerciseId)
		.where('r.status', '=', 'finished')
		.execute();
	for (const run of runs) await scoreRun(db, run.id);
	return runs.length;
}
