import type { KioskPulse } from '$lib/domain/kiosk';
import type { Db } from '../db';
import { nowIso } from '../ids';

/**
 * A kiosk's pulse, every few seconds while the person is at work: the monitor's "last contact"
 * stays true while they read an instruction (no event to send), and the kiosk learns, without
 * any in-memory channel (several app servers may answer), that the adviser paused or resumed
 * them and where their deadline now is.
 */
export async function kioskPulse(db: Db, attemptId: string, now = new Date()): Promise<KioskPulse> {
	return db.transaction().execute(async (trx) => {
		const attempt = await trx
			.selectFrom('attempts')
			.select('paused_at')
			.where('id', '=', attemptId)
			.executeTakeFirstOrThrow();
		await trx
			.updateTable('runs')
			.set({ last_contact_at: nowIso(now) })
			.where('attempt_id', '=', attemptId)
			.where('status', '!=', 'finished')
			.execute();
		const runs = await trx
			.selectFrom('runs')
			.select(['id', 'deadline_at'])
			.where('attempt_id', '=', attemptId)
			.where('deadline_at', 'is not', null)
			.execute();
		return {
			paused: attempt.paused_at !== null,
			deadlines: Object.fromEntries(runs.map((r) => [r.id, Date.parse(r.deadline_at!)])),
			serverNow: now.getTime()
		};
	});
}
