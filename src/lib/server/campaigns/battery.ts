import { registeredExercise } from '$exercises/registry.server';
import type { Db } from '../db';
import { newId, nowIso } from '../ids';

export interface BatteryExerciseInput {
	exerciseId: string;
	/** Raw config: validated and completed with defaults by the exercise's schema. */
	config: Record<string, unknown>;
}

/**
 * Creates the next battery version of a campaign with its exercises, in order. Each config is
 * validated by its exercise's schema; an unknown exercise or a bad config throws (callers
 * validate user input before).
 */
export function createBatteryVersion(
	db: Db,
	campaignId: string,
	exercises: BatteryExerciseInput[],
	now = new Date()
): Promise<string> {
	return db.transaction().execute((trx) => insertBatteryVersion(trx, campaignId, exercises, now));
}

/** The same, inside a transaction the caller holds. */
export async function insertBatteryVersion(
	trx: Db,
	campaignId: string,
	exercises: BatteryExerciseInput[],
	now = new Date()
): Promise<string> {
	const last = await trx
		.selectFrom('battery_versions')
		.select((eb) => eb.fn.max('version').as('version'))
		.where('campaign_id', '=', campaignId)
		.executeTakeFirst();
	const id = newId();
	await trx
		.insertInto('battery_versions')
		.values({
			id,
			campaign_id: campaignId,
			version: (last?.version ?? 0) + 1,
			rule: JSON.stringify({ kind: 'all' }),
			created_at: nowIso(now)
		})
		.execute();
	for (const [position, input] of exercises.entries()) {
		const exercise = registeredExercise(input.exerciseId);
		if (!exercise) throw new Error(`Unknown exercise ${input.exerciseId}`);
		const config = exercise.server.configSchema.parse(input.config);
		await trx
			.insertInto('battery_exercises')
			.values({
				id: newId(),
				battery_version_id: id,
				position,
				exercise_id: exercise.definition.id,
				exercise_version: exercise.definition.version,
				habilete: exercise.definition.habilete,
				config: JSON.stringify(config)
			})
			.execute();
	}
	return id;
}
