import { createHash } from 'node:crypto';
import { kioskCodeSchema } from '$lib/domain/records';
import type { Db } from '../db';
import { newToken } from '../ids';

export const KIOSK_COOKIE = 'habile_kiosk';

/** Why a kiosk API refuses (401) a kiosk whose cookie opens no attempt. */
export const NO_ATTEMPT_ON_KIOSK = 'No attempt is open on this kiosk: enter a code first.';

/** What is stored of a kiosk token: its SHA-256, never the token itself. */
export const hashKioskToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type OpenResult =
	| { ok: true; token: string; attemptId: string }
	| { ok: false; reason: 'invalid' | 'unknown' | 'finished' | 'refused' | 'closed' };

/**
 * Opens an attempt on this kiosk from its code (typed with spaces or lower case: accepted);
 * not once the attempt is finished or refused, nor when its session is closed.
 * The attempt is bound to the new kiosk token: a kiosk that had it before (a tablet that broke
 * down, say) can no longer post events for it.
 */
export async function openAttempt(db: Db, rawCode: string): Promise<OpenResult> {
	const code = kioskCodeSchema.safeParse(rawCode);
	if (!code.success) return { ok: false, reason: 'invalid' };
	const attempt = await db
		.selectFrom('attempts as a')
		.leftJoin('sessions as s', 's.id', 'a.session_id')
		.select(['a.id', 'a.status', 'a.consent', 's.status as session'])
		.where('a.kiosk_code', '=', code.data)
		.executeTakeFirst();
	if (!attempt) return { ok: false, reason: 'unknown' };
	if (attempt.consent === 'refused') return { ok: false, reason: 'refused' };
	if (attempt.status === 'finished') return { ok: false, reason: 'finished' };
	if (attempt.session === 'closed') return { ok: false, reason: 'closed' };
	const token = newToken();
	await db
		.updateTable('attempts')
		.set({ kiosk_token_hash: hashKioskToken(token) })
		.where('id', '=', attempt.id)
		.execute();
	return { ok: true, token, attemptId: attempt.id };
}

/** The attempt a kiosk token is currently bound to, or null. */
export async function attemptForKioskToken(db: Db, token: string): Promise<string | null> {
	const row = await db
		.selectFrom('attempts')
		.select('id')
		.where('kiosk_token_hash', '=', hashKioskToken(token))
		.executeTakeFirst();
	return row?.id ?? null;
}
