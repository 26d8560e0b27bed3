import { PHASES, type Phase } from '$lib/engine/contract';
import { registeredExercise } from '$exercises/registry.server';
import type { Db } from '../db';

/** A kiosk not heard from for this long, while its candidate is at work, is shown offline. */
export const OFFLINE_AFTER_MS = 60_000;

export type MonitorAlert = 'offline' | 'inactive';

export interface MonitorRow {
	personId: string;
	attemptId: string;
	/** Paused by the adviser since this instant. */
	pausedAt: string | null;
	name: string;
	code: string;
	status: 'pending' | 'in-progress' | 'finished' | 'refused';
	done: number;
	total: number;
	/** The exercise being done (or next), with its phase once started. */
	current: { title: string; position: number; phase: Phase | null } | null;
	/** Time left in the timed part, from the server's deadline. */
	remainingMs: number | null;
	lastContactAt: string | null;
	alerts: MonitorAlert[];
}

/**
 * What the live monitor shows for each candidate of a session, read from the database only (any
 * app server can answer): progress, current exercise and phase, time left, last contact, alerts.
 * One query on the session's attempts and runs: each run's phase and latest event type are its
 * summary, kept by the run log (`runs.phase`, `runs.last_event_type`), so the work grows with the
 * candidates and exercises shown, never with the events the runs hold.
 */
export async function monitorSession(
	db: Db,
	sessionId: string,
	now = new Date()
): Promise<MonitorRow[]> {
	const runs = await db
		.selectFrom('attempts as a')
		.innerJoin('persons as p', 'p.id', 'a.person_id')
		.innerJoin('identities as i', 'i.person_id', 'p.id')
		.innerJoin('runs as r', 'r.attempt_id', 'a.id')
		.innerJoin('battery_exercises as be', 'be.id', 'r.battery_exercise_id')
		.select([
			'p.id as person_id',
			'p.code',
			'i.first_name',
			'i.last_name',
			'a.status as attempt_status',
			'a.id as attempt_id',
			'a.paused_at',
			'r.id as run_id',
			'r.position',
			'r.status as run_status',
			'r.deadline_at',
			'r.last_contact_at',
			'r.phase',
			'r.last_event_type',
			'be.exercise_id'
		])
		.where('a.session_id', '=', sessionId)
		.orderBy('i.last_name')
		.orderBy('i.first_name')
		.orderBy('r.position')
		.execute();
	const rows = new Map<string, MonitorRow>();
	for (const r of runs) {
		let row = rows.get(r.person_id);
		if (!row) {
			row = {
				personId: r.person_id,
				attemptId: r.attempt_id,
				pausedAt: r.paused_at,
				name: `${r.first_name} ${r.last_name}`,
				code: r.code,
				status: r.attempt_status,
				done: 0,
				total: 0,
				current: null,
				remainingMs: null,
				lastContactAt: null,
				alerts: []
			};
			rows.set(r.person_id, row);
		}
		row.total++;
		if (r.last_contact_at && (!row.lastContactAt || r.last_contact_at > row.lastContactAt))
			row.lastContactAt = r.last_contact_at;
		if (r.run_status === 'finished') {
			row.done++;
			continue;
		}
		if (row.current) continue;
		row.current = {
			title: registeredExercise(r.exercise_id)?.definition.title ?? r.exercise_id,
			position: r.position,
			phase: PHASES.find((p) => p === r.phase) ?? null
		};
		// While paused, the time left stays where the pause began.
		const at = r.paused_at ? Date.parse(r.paused_at) : now.getTime();
		if (r.deadline_at && r.run_status === 'running')
			row.remainingMs = Math.max(0, Date.parse(r.deadline_at) - at);
		if (r.last_event_type === 'inactivity.prompt' || r.last_event_type === 'inactivity.paused')
			row.alerts.push('inactive');
	}
	for (const row of rows.values()) {
		if (row.done === row.total && row.status === 'in-progress') row.status = 'finished';
		if (row.status === 'finished' || row.status === 'refused') row.current = null;
		const silent =
			row.lastContactAt === null ||
			now.getTime() - Date.parse(row.lastContactAt) > OFFLINE_AFTER_MS;
		if (row.status === 'in-progress' && silent) row.alerts.unshift('offline');
	}
	return [...rows.values()];
}

/** A code opened on another tablet while one had it: how many times, the last one. */
export interface Takeover {
	count: number;
	lastAt: string;
}

/**
 * The takeovers of a session's codes, by attempt: the adviser sees on the monitor that a code
 * was opened on a second tablet (the first one then stops), to check it was them or the person.
 */
export async function sessionTakeovers(
	db: Db,
	sessionId: string
): Promise<Record<string, Takeover>> {
	const rows = await db
		.selectFrom('attempts')
		.select(['id', 'kiosk_takeovers', 'kiosk_taken_over_at'])
		.where('session_id', '=', sessionId)
		.where('kiosk_takeovers', '>', 0)
		.execute();
	return Object.fromEntries(
		rows.map((r) => [r.id, { count: Number(r.kiosk_takeovers), lastAt: r.kiosk_taken_over_at! }])
	);
}
