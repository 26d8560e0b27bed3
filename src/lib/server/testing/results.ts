import { randomInt } from 'node:crypto';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { saveBattery } from '../campaigns/battery-edit';
import { saveThresholds, thresholdsView } from '../calibration/thresholds';
import { simulateAttempt } from '../demo/simulate';
import { registerPerson } from '../kiosk/attempts';
import {
	candidateSchema,
	createSession,
	getSession,
	registerCandidate,
	type SessionSummary
} from '../sessions/sessions';

/**
 * A phone number no other test candidate has: the same contact registered again is a retest,
 * which the retest interval may refuse. Counted from a random start, so that processes sharing
 * a database (Playwright's workers) do not give the same numbers.
 */
let phoneCounter = randomInt(0, 90_000_000);
export const uniquePhone = () => `07${String(++phoneCounter).padStart(8, '0')}`;

export interface PlayedCandidate {
	personId: string;
	code: string;
	attemptId: string;
	skill: number | null;
}

/**
 * A validated battery (consignes, 10 items, calibrated by two employees, threshold 5), a
 * session at `startsAt` and one candidate per skill, played by the exercise's bot through the
 * real ingestion (`null`: registered, never came). Everything through the real services.
 */
export async function makePlayedSession(
	db: Db,
	adviser: SessionUser,
	campaignId: string,
	options: {
		skills: (number | null)[];
		date?: string;
		now?: Date;
		threshold?: number;
		/** Replaces the SEM the two employees gave, for statuses a test can predict. */
		sem?: number;
		/** Candidates' first names (default Prénom0, Prénom1…; last names Nom0, Nom1… then). */
		names?: string[];
	}
): Promise<{ session: SessionSummary; candidates: PlayedCandidate[]; versionId: string }> {
	const now = options.now ?? new Date('2026-11-28T10:00:00Z');
	let view = await thresholdsView(db, campaignId);
	if (!view?.frozenAt) {
		await saveBattery(db, adviser, campaignId, [
			{ exerciseId: 'consignes', config: { theme: 'soin', itemCount: 10 } }
		]);
		view = (await thresholdsView(db, campaignId))!;
		for (const skill of [0.6, 0.9]) {
			const e = await registerPerson(db, {
				campaignId,
				batteryVersionId: view.versionId,
				kind: 'calibration'
			});
			await simulateAttempt(db, e.attemptId, skill, 7, now);
		}
		const saved = await saveThresholds(
			db,
			adviser,
			campaignId,
			view.versionId,
			{
				lockVersion: view.lockVersion,
				rule: { kind: 'all' },
				lines: [
					{
						position: 0,
						threshold: options.threshold ?? 5,
						method: 'percentile',
						reason: 'Quatre salariés sur cinq.',
						eliminatory: true,
						// Both employees may reach it: say why, as freezing such a threshold needs.
						passAllReason: 'Seuil de test, non sélectif parmi les deux salariés.'
					}
				]
			},
			{ freeze: true, now }
		);
		if (!saved.ok) throw new Error(`makePlayedSession: thresholds refused (${saved.reason})`);
		if (options.sem !== undefined)
			await db
				.updateTable('battery_exercises')
				.set({ sem: options.sem })
				.where('battery_version_id', '=', view.versionId)
				.execute();
	}
	const created = await createSession(
		db,
		adviser,
		campaignId,
		{
			date: options.date ?? '2026-12-03',
			time: '09:00',
			place: 'Agence de Lyon Sud',
			capacity: 15
		},
		now
	);
	if (!created.ok) throw new Error(`makePlayedSession: session refused (${created.reason})`);
	const session = (await getSession(db, campaignId, created.sessionId))!;
	const candidates: PlayedCandidate[] = [];
	for (const [i, skill] of options.skills.entries()) {
		const registered = await registerCandidate(
			db,
			adviser,
			session,
			candidateSchema.parse({
				firstName: options.names?.[i] ?? `Prénom${i}`,
				lastName: options.names ? 'Test' : `Nom${i}`,
				phone: uniquePhone()
			}),
			now
		);
		if (!registered.ok) throw new Error(`makePlayedSession: ${registered.reason}`);
		const attempt = await db
			.selectFrom('attempts')
			.select('id')
			.where('person_id', '=', registered.personId)
			.executeTakeFirstOrThrow();
		if (skill !== null) await simulateAttempt(db, attempt.id, skill, 100 + i, now);
		candidates.push({
			personId: registered.personId,
			code: registered.code,
			attemptId: attempt.id,
			skill
		});
	}
	return { session, candidates, versionId: view!.versionId };
}
