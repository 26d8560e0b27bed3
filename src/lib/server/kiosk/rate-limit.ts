import { sql } from 'kysely';
import type { Db } from '../db';
import { nowIso } from '../ids';

/** At most `max` requests of one kind per kiosk within each window of `windowMs`. */
export interface RateLimit {
	/** The kind of request, the first part of its counters' keys. */
	name: string;
	max: number;
	windowMs: number;
}

const MINUTE = 60_000;

/**
 * Batches of run events per kiosk (attempt) and minute. A kiosk sends one batch a quarter of a
 * second at most while the person works; back online after a cut it sends its backlog (50
 * events a batch) as fast as the server answers: 300 a minute is 15,000 events, more than the
 * largest run may hold (`maxEvents`). Over the limit: 429, the kiosk keeps its events and sends
 * them again later.
 */
export const EVENTS_RATE: RateLimit = { name: 'events', max: 300, windowMs: MINUTE };

/**
 * The other kiosk requests (state, consent, preferences, pulse) per kiosk and minute. The pulse
 * comes every 2 to 5 s (30 a minute in a pause), the state once per page load.
 */
export const KIOSK_API_RATE: RateLimit = { name: 'kiosk', max: 120, windowMs: MINUTE };

/**
 * Texts read aloud per kiosk (or adviser) and minute. Each screen asks for one or a few;
 * rendering one costs the server a second of CPU or so (cached renders cost nothing but count).
 */
export const VOICE_RATE: RateLimit = { name: 'voice', max: 60, windowMs: MINUTE };

/** The key of one kiosk's counter for a kind of request. */
export const rateKey = (limit: RateLimit, who: string) => `${limit.name}:${who}`;

/** The start of the window a hit at `now` falls in when the counter's window is older. */
export const windowStart = (limit: RateLimit, now: Date) =>
	nowIso(new Date(now.getTime() - limit.windowMs));

/**
 * Counts one request; false when it is over the limit (it is counted all the same, so that a
 * kiosk hammering the server stays refused until its window passes). One atomic upsert: two
 * app servers counting at once both count. `runs/run-log.ts` runs the same statement on its
 * own SQLite connection inside the batch's transaction.
 */
export async function hitRate(
	db: Db,
	limit: RateLimit,
	who: string,
	now = new Date()
): Promise<boolean> {
	return (await countHit(db, limit, who, now)) <= limit.max;
}

/** Counts one request and answers how many the window holds, this one included. */
export async function countHit(db: Db, limit: RateLimit, who: string, now: Date): Promise<number> {
	const at = nowIso(now);
	const stale = windowStart(limit, now);
	const row = await db
		.insertInto('request_rates')
		.values({ key: rateKey(limit, who), hits: 1, window_started_at: at })
		.onConflict((oc) =>
			oc.column('key').doUpdateSet({
				hits: sql<number>`case when request_rates.window_started_at <= ${stale} then 1 else request_rates.hits + 1 end`,
				window_started_at: sql<string>`case when request_rates.window_started_at <= ${stale} then ${at} else request_rates.window_started_at end`
			})
		)
		.returning('hits')
		.executeTakeFirstOrThrow();
	return Number(row.hits);
}

/**
 * Deletes the counters kept about these attempts or runs (their keys end with the id): an erased
 * candidate leaves no id behind in them.
 */
export async function forgetRateCounters(db: Db, ids: string[]): Promise<void> {
	if (ids.length === 0) return;
	await db
		.deleteFrom('request_rates')
		.where((eb) => eb.or(ids.map((id) => eb('key', 'like', `%:${id}`))))
		.execute();
}
