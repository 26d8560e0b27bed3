import { kioskPreferencesSchema, type KioskPreferences, type KioskState } from '$lib/domain/kiosk';
import { accommodationsSchema, timedPartMs } from '$lib/domain/records';
import { registeredExercise } from '$exercises/registry.server';
import type { Db } from '../db';
import { audit } from '../audit/log';
import { nowIso } from '../ids';

/** Everything the kiosk needs to run (and, offline, to resume) an attempt. No answers. */
export async function kioskState(db: Db, attemptId: string, now = new Date()): Promise<KioskState> {
	const attempt = await db
		.selectFrom('attempts')
		.select(['id', 'kind', 'consent', 'preferences', 'accommodations', 'paused_at'])
		.where('id', '=', attemptId)
		.executeTakeFirstOrThrow();
	const accommodations = accommodationsSchema.parse(JSON.parse(attempt.accommodations));
	const runs = await db
		.selectFrom('runs as r')
		.innerJoin('battery_exercises as be', 'be.id', 'r.battery_exercise_id')
		.select([
			'r.id',
			'r.status',
			'r.next_seq',
			'r.deadline_at',
			'r.seed',
			'r.form_version',
			'r.config',
			'be.exercise_id'
		])
		.where('r.attempt_id', '=', attemptId)
		.orderBy('r.position')
		.execute();
	return {
		attemptId,
		kind: attempt.kind,
		consent: attempt.consent,
		preferences: attempt.preferences
			? kioskPreferencesSchema.parse(JSON.parse(attempt.preferences))
			: null,
		accommodations,
		paused: attempt.paused_at !== null,
		runs: runs.map((run) => {
			const exercise = registeredExercise(run.exercise_id);
			if (!exercise) throw new Error(`Run ${run.id}: unknown exercise ${run.exercise_id}`);
			const config = exercise.server.configSchema.parse(JSON.parse(run.config));
			return {
				runId: run.id,
				exerciseId: run.exercise_id,
				title: exercise.definition.title,
				status: run.status,
				nextSeq: run.next_seq,
				deadline: run.deadline_at ? Date.parse(run.deadline_at) : null,
				durationMs: timedPartMs(config.durationSeconds, accommodations),
				config,
				payload: exercise.server.prepare({
					config,
					seed: Number(run.seed),
					formVersion: run.form_version ?? 1,
					timeMultiplier: accommodations.timeMultiplier
				})
			};
		}),
		serverNow: now.getTime()
	};
}

/**
 * Records the person's answer to the welcome screen, once: consent is decided a single time
 * (withdrawing it later is a request an adviser handles, never a kiosk call). A refusal keeps
 * nothing but the refusal itself: the runs (and anything logged) are deleted. Answers
 * `already-decided`, changing nothing and auditing nothing, once consent was given or refused.
 */
export async function recordConsent(
	db: Db,
	attemptId: string,
	accepted: boolean,
	now = new Date()
): Promise<'recorded' | 'already-decided'> {
	return db.transaction().execute(async (trx) => {
		const decided = await trx
			.updateTable('attempts')
			.set({
				consent: accepted ? 'accepted' : 'refused',
				consent_at: nowIso(now),
				status: accepted ? 'in-progress' : 'refused',
				kiosk_token_hash: accepted ? undefined : null
			})
			.where('id', '=', attemptId)
			.where('consent', '=', 'pending')
			.executeTakeFirst();
		if (Number(decided.numUpdatedRows) !== 1) return 'already-decided' as const;
		if (!accepted) await trx.deleteFrom('runs').where('attempt_id', '=', attemptId).execute();
		await audit(
			trx,
			{
				actorId: null,
				action: accepted ? 'consent.given' : 'consent.refused',
				subjectType: 'attempt',
				subjectId: attemptId
			},
			now
		);
		return 'recorded' as const;
	});
}

export async function savePreferences(
	db: Db,
	attemptId: string,
	preferences: KioskPreferences
): Promise<void> {
	await db
		.updateTable('attempts')
		.set({ preferences: JSON.stringify(preferences) })
		.where('id', '=', attemptId)
		.execute();
}
