import { registeredExercise, type RegisteredExercise } from '$exercises/registry.server';
import type { RunSetup } from '$lib/engine/contract';
import { accommodationsSchema } from '$lib/domain/records';
import type { Db } from '../db';
import { recordConsent } from '../kiosk/state';
import { ingestBatch } from '../runs/ingest';

const BATCH = 50;

/** One run of an attempt: its exercise and what its form is drawn from. */
export interface AttemptRunSetup {
	runId: string;
	exercise: RegisteredExercise;
	setup: RunSetup;
}

/** The runs of an attempt in battery order, each with its exercise and its setup. */
export async function attemptRunSetups(db: Db, attemptId: string): Promise<AttemptRunSetup[]> {
	const runs = await db
		.selectFrom('runs as r')
		.innerJoin('battery_exercises as be', 'be.id', 'r.battery_exercise_id')
		.innerJoin('attempts as a', 'a.id', 'r.attempt_id')
		.select(['r.id', 'r.seed', 'r.config', 'r.form_version', 'be.exercise_id', 'a.accommodations'])
		.where('r.attempt_id', '=', attemptId)
		.orderBy('r.position')
		.execute();
	return runs.map((run) => {
		const exercise = registeredExercise(run.exercise_id);
		if (!exercise) throw new Error(`Unknown exercise ${run.exercise_id}`);
		const config = exercise.server.configSchema.parse(JSON.parse(run.config));
		const { timeMultiplier } = accommodationsSchema.parse(JSON.parse(run.accommodations));
		return {
			runId: run.id,
			exercise,
			setup: { config, seed: Number(run.seed), formVersion: run.form_version ?? 1, timeMultiplier }
		};
	});
}

/**
 * Plays a whole attempt with the exercises' bots, through the same ingestion path as a kiosk
 * (so that scores are computed by the server as for a real person). For demo data and tests.
 */
export async function simulateAttempt(
	db: Db,
	attemptId: string,
	skill: number,
	rngSeed: number,
	now = new Date()
): Promise<void> {
	await recordConsent(db, attemptId, true, now);
	for (const [i, run] of (await attemptRunSetups(db, attemptId)).entries()) {
		const events = run.exercise.server.simulate(run.setup, { skill, rngSeed: rngSeed + i });
		for (let first = 0; first < events.length; first += BATCH) {
			const slice = events.slice(first, first + BATCH);
			const result = await ingestBatch(
				db,
				{
					runId: run.runId,
					attemptId,
					batch: { firstSeq: first, sentT: slice.at(-1)!.t, events: slice }
				},
				now
			);
			if (!result.ok) throw new Error(`Simulated run refused: ${result.reason}`);
		}
	}
	await db
		.updateTable('attempts')
		.set({ status: 'finished', finished_at: now.toISOString() })
		.where('id', '=', attemptId)
		.execute();
}
