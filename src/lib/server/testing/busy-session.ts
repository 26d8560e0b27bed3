import type { Db } from '../db';
import { createBatteryVersion } from '../campaigns/battery';
import { nowIso } from '../ids';
import { runLogOf, type StoredEvent } from '../runs/run-log';
import {
	candidateSchema,
	createSession,
	getSession,
	registerCandidate
} from '../sessions/sessions';
import { makeAdviserCampaign } from './factories';

/** Rows written per append: larger than a kiosk batch, to seed big runs quickly. */
const SEED_BATCH = 500;

/**
 * The seq-th event of a busy consignes run: the three phases, then three entries per item; the
 * last one is an inactivity prompt when `inactive`. Stored as the run log stores them.
 */
function busyEvent(seq: number, count: number, inactive: boolean, receivedAt: string): StoredEvent {
	const stored = (t: number, type: string, data: object): StoredEvent => ({
		seq,
		t,
		type,
		data: JSON.stringify(data),
		received_at: receivedAt,
		late: 0
	});
	if (seq < 3) return stored(seq * 1000, 'phase.started', { phase: PHASES[seq] });
	if (inactive && seq === count - 1) return stored(seq * 500, 'inactivity.prompt', {});
	const i = Math.floor((seq - 3) / 3);
	const item = `item-${i}`;
	switch ((seq - 3) % 3) {
		case 0:
			return stored(seq * 500, 'item.presented', { item, index: i });
		case 1:
			return stored(seq * 500, 'stimulus.shown', { key: item, method: 'element-timing' });
		default:
			return stored(seq * 500, 'item.placed', { item, bin: 'A' });
	}
}
const PHASES = ['consigne', 'entrainement', 'epreuve'] as const;

/**
 * A session of `candidates` candidates who all consented and are in the timed part of their first
 * exercise, each run holding `eventsPerRun` events (written through the run log, as ingestion
 * writes them, without ingestion's checks, so that runs of any size can be built). The first
 * candidate's (by name) last event is an inactivity prompt. For the monitor's tests and bench.
 */
export async function makeBusySession(
	db: Db,
	options: { candidates: number; eventsPerRun: number; now?: Date }
): Promise<{ sessionId: string; runIds: string[] }> {
	const now = options.now ?? new Date();
	const { adviser, campaignId } = await makeAdviserCampaign(db);
	const versionId = await createBatteryVersion(db, campaignId, [
		{ exerciseId: 'consignes', config: { theme: 'soin', itemCount: 10 } },
		{ exerciseId: 'attention', config: { theme: 'soin', durationSeconds: 60 } }
	]);
	await db
		.updateTable('battery_versions')
		.set({ frozen_at: nowIso(now) })
		.where('id', '=', versionId)
		.execute();
	const created = await createSession(
		db,
		adviser,
		campaignId,
		{ date: '2099-12-03', time: '09:00', place: 'Lyon', capacity: options.candidates },
		now
	);
	if (!created.ok) throw new Error(`makeBusySession: ${created.reason}`);
	const session = (await getSession(db, campaignId, created.sessionId))!;
	for (let i = 0; i < options.candidates; i++) {
		const input = candidateSchema.parse({
			firstName: `Candidat ${String(i).padStart(2, '0')}`,
			lastName: 'Test',
			email: `c${i}@example.fr`
		});
		const registered = await registerCandidate(db, adviser, session, input, now);
		if (!registered.ok) throw new Error(`makeBusySession: ${registered.reason}`);
	}
	const runs = await db
		.selectFrom('runs as r')
		.innerJoin('attempts as a', 'a.id', 'r.attempt_id')
		.innerJoin('identities as i', 'i.person_id', 'a.person_id')
		.select(['r.id', 'r.attempt_id'])
		.where('a.session_id', '=', session.id)
		.where('r.position', '=', 0)
		.orderBy('i.first_name')
		.execute();
	const at = nowIso(now);
	await db
		.updateTable('attempts')
		.set({ consent: 'accepted', consent_at: at, status: 'in-progress', started_at: at })
		.where('session_id', '=', session.id)
		.execute();
	const log = runLogOf(db);
	const count = options.eventsPerRun;
	for (const [r, run] of runs.entries()) {
		for (let first = 0; first < count; first += SEED_BATCH) {
			const events = Array.from({ length: Math.min(SEED_BATCH, count - first) }, (_, i) =>
				busyEvent(first + i, count, r === 0, at)
			);
			await log(async (trx) => {
				await trx.append(run.id, events);
				await trx.progress(run.id, {
					next_seq: first + events.length,
					last_contact_at: at,
					epreuve_t: 2000,
					deadline_at: nowIso(new Date(now.getTime() + 3_600_000)),
					status: 'running',
					started_at: first === 0 ? at : undefined,
					finished_at: undefined
				});
			});
		}
	}
	return { sessionId: session.id, runIds: runs.map((r) => r.id) };
}
