import { sql } from 'kysely';
import type { Db } from '../db';
import { nowIso } from '../ids';

/**
 * Slows down password guessing. Counters live in the database so that the limit holds across
 * several app servers. After `free` failures within the window, each further failure blocks the
 * key for a delay that doubles, from 30 s up to 15 min; the counter restarts 15 min after the
 * window's first failure. A request refused because a key is blocked is not checked, so it
 * counts nothing.
 */
export interface ThrottleKey {
	key: string;
	free: number;
}

const WINDOW_MS = 15 * 60_000;
const FIRST_BLOCK_MS = 30_000;
const MAX_BLOCK_MS = 15 * 60_000;

/**
 * Failures allowed on one account, from any address, before each further one blocks that
 * account: someone guessing its password gets about ten tries per 15 minutes.
 */
export const ACCOUNT_FREE_FAILURES = 5;
/**
 * Failures allowed from one address, whatever the accounts, before each further one blocks the
 * address. High, because a whole agency or training room may reach the server through one
 * address (NAT, proxy): a colleague mistyping, or someone guessing one account (stopped by the
 * account's limit after a few tries), does not lock the others out. It stops one machine trying
 * many accounts.
 */
export const ADDRESS_FREE_FAILURES = 100;

/** The account's key first: a success clears only that one. */
export function loginThrottleKeys(email: string, ip: string): ThrottleKey[] {
	return [
		{ key: `email:${email.trim().toLowerCase()}`, free: ACCOUNT_FREE_FAILURES },
		{ key: `ip:${ip}`, free: ADDRESS_FREE_FAILURES }
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

/**
 * Counts one failure on each key. Returns the failures counted on the first key in its window
 * and, when this failure blocks a key, until when (the latest).
 */
export async function recordFailure(
	db: Db,
	keys: ThrottleKey[],
	now = new Date()
): Promise<{ failures: number; blockedUntil: Date | null }> {
	const at = nowIso(now);
	const windowStart = nowIso(new Date(now.getTime() - WINDOW_MS));
	let first = 0;
	let blocked: Date | null = null;
	for (const [i, { key, free }] of keys.entries()) {
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
		const failures = Number(row.failures);
		if (i === 0) first = failures;
		if (failures > free) {
			const delay = Math.min(MAX_BLOCK_MS, FIRST_BLOCK_MS * 2 ** (failures - free - 1));
			const until = new Date(now.getTime() + delay);
			await db
				.updateTable('login_throttle')
				.set({ blocked_until: nowIso(until) })
				.where('key', '=', key)
				.execute();
			if (!blocked || until > blocked) blocked = until;
		}
	}
	return { failures: first, blockedUntil: blocked };
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
