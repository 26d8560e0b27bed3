import { sql } from 'kysely';
import type { Db } from '../db';
import { nowIso } from '../ids';

/**
 * Slows down password guessing. Counters live in the database so that the limit holds across
 * several app servers. After `free` failures within the window, each further failure blocks the
 * key for a delay that doubles, from 30 s up to 15 min. A success clears the email's counter.
 */
export interface ThrottleKey {
	key: string;
	free: number;
}

const WINDOW_MS = 15 * 60_000;
const FIRST_BLOCK_MS = 30_000;
const MAX_BLOCK_MS = 15 * 60_000;

export function loginThrottleKeys(email: string, ip: string): ThrottleKey[] {
	return [
		{ key: `email:${email.trim().toLowerCase()}`, free: 5 },
		// An agency's office shares one address: allow more there.
		{ key: `ip:${ip}`, free: 20 }
	];
}

/** When blocked, the moment the block ends (the latest among keys); otherwise null. */
export async function blockedUntil(
	db: Db,
	keys: ThrottleKey[],
	now = new Date()
): Promise<Date | null> {
	const rows = await db
		.selectFrom('login_throttle')
		.select('blocked_until')
		.where(
			'key',
			'in',
			keys.map((k) => k.key)
		)
		.where('blocked_until', '>', nowIso(now))
		.execute();
	const ends = rows.map((r) => Date.parse(r.blocked_until!));
	return ends.length ? new Date(Math.max(...ends)) : null;
}

export async function recordFailure(db: Db, keys: ThrottleKey[], now = new Date()): Promise<void> {
	const at = nowIso(now);
	const windowStart = nowIso(new Date(now.getTime() - WINDOW_MS));
	for (const { key, free } of keys) {
		// One atomic upsert per key: concurrent failures on two servers both count.
		const row = await db
			.insertInto('login_throttle')
			.values({ key, failures: 1, window_started_at: at, blocked_until: null })
			.onConflict((oc) =>
				oc.column('key').doUpdateSet({
					failures: sql<number>`case when login_throttle.window_started_at < ${windowStart} then 1 else login_throttle.failures + 1 end`,
					window_started_at: sql<string>`case when login_throttle.window_started_at < ${windowStart} then ${at} else login_throttle.window_started_at end`
				})
			)
			.returning('failures')
			.executeTakeFirstOrThrow();
		if (row.failures > free) {
			const delay = Math.min(MAX_BLOCK_MS, FIRST_BLOCK_MS * 2 ** (row.failures - free - 1));
			await db
				.updateTable('login_throttle')
				.set({ blocked_until: nowIso(new Date(now.getTime() + delay)) })
				.where('key', '=', key)
				.execute();
		}
	}
}

export async function clearFailures(db: Db, keys: ThrottleKey[]): Promise<void> {
	await db
		.deleteFrom('login_throttle')
		.where(
			'key',
			'in',
			keys.map((k) => k.key)
		)
		.execute();
}
