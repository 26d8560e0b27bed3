import {
	accommodationsSchema,
	KIOSK_CODE_LENGTH,
	type Accommodations,
	type AttemptKind
} from '$lib/domain/records';
import { registeredExercise } from '$exercises/registry.server';
import type { Db } from '../db';
import { newCode, newId, nowIso } from '../ids';
import { seedAvoiding, usedSeeds, type UsedSeeds } from '../retests/seeds';

/**
 * Registers a person for a battery version: a kiosk code, and one run per exercise (each with
 * its own seed, so that two people never get the same items in the same order, and the
 * exercise's current form rule, so that the run keeps its items if the rule changes later).
 */
export function createAttempt(
	db: Db,
	input: AttemptInput,
	now = new Date()
): Promise<{ attemptId: string; kioskCode: string }> {
	return db.transaction().execute((trx) => insertAttempt(trx, input, now));
}

export interface AttemptInput {
	personId: string;
	batteryVersionId: string;
	kind: AttemptKind;
	accommodations?: Partial<Accommodations>;
	/** The candidate session; none for calibrating employees. */
	sessionId?: string;
	/** Seeds the person's earlier runs used, by exercise: a retest gets other forms. */
	usedSeeds?: UsedSeeds;
	/** Registered within the retest interval: the adviser's reason. */
	retestOverride?: string | null;
}

const NO_SEEDS = usedSeeds([]);

/** The same, inside a transaction the caller holds. */
export async function insertAttempt(
	trx: Db,
	input: AttemptInput,
	now = new Date()
): Promise<{ attemptId: string; kioskCode: string }> {
	const exercises = await trx
		.selectFrom('battery_exercises')
		.select(['id', 'position', 'config', 'exercise_id'])
		.where('battery_version_id', '=', input.batteryVersionId)
		.orderBy('position')
		.execute();
	if (exercises.length === 0)
		throw new Error('A battery version without exercises cannot be taken');
	let kioskCode = newCode(KIOSK_CODE_LENGTH);
	while (
		await trx
			.selectFrom('attempts')
			.select('id')
			.where('kiosk_code', '=', kioskCode)
			.executeTakeFirst()
	) {
		kioskCode = newCode(KIOSK_CODE_LENGTH);
	}
	const attemptId = newId();
	await trx
		.insertInto('attempts')
		.values({
			id: attemptId,
			person_id: input.personId,
			battery_version_id: input.batteryVersionId,
			kind: input.kind,
			kiosk_code: kioskCode,
			accommodations: JSON.stringify(accommodationsSchema.parse(input.accommodations ?? {})),
			session_id: input.sessionId ?? null,
			retest_override: input.retestOverride ?? null,
			created_at: nowIso(now)
		})
		.execute();
	await trx
		.insertInto('runs')
		.values(
			exercises.map((e) => ({
				id: newId(),
				attempt_id: attemptId,
				battery_exercise_id: e.id,
				position: e.position,
				seed: seedAvoiding(input.usedSeeds ?? NO_SEEDS, e.exercise_id),
				form_version: registeredExercise(e.exercise_id)?.server.formVersion ?? null,
				config: e.config
			}))
		)
		.execute();
	return { attemptId, kioskCode };
}

/**
 * Registers a new pseudonymous person on a campaign (a candidate, or an employee calibrating the
 * battery) and opens their attempt. The code shown in results is not the kiosk code.
 */
export async function registerPerson(
	db: Db,
	input: {
		campaignId: string;
		batteryVersionId: string;
		kind: AttemptKind;
		accommodations?: Partial<Accommodations>;
	},
	now = new Date()
): Promise<{ personId: string; code: string; attemptId: string; kioskCode: string }> {
	const personId = newId();
	const code = `${input.kind === 'candidate' ? 'C' : 'E'}-${newCode(6)}`;
	await db
		.insertInto('persons')
		.values({
			id: personId,
			campaign_id: input.campaignId,
			kind: input.kind,
			code,
			supervisor_rating: null,
			created_at: nowIso(now)
		})
		.execute();
	const attempt = await createAttempt(
		db,
		{
			personId,
			batteryVersionId: input.batteryVersionId,
			kind: input.kind,
			accommodations: input.accommodations
		},
		now
	);
	return { personId, code, ...attempt };
}
