import { createHash } from 'node:crypto';
import { kioskCodeSchema } from '$lib/domain/records';
import type { Db } from '../db';
import { newToken, nowIso } from '../ids';
import { codeWindow, outsideWindow } from './code-window';

export const KIOSK_COOKIE = 'habile_kiosk';

/**
 * A long-lived random id of the tablet, set on the code screen (`habile_device`). It tells a
 * takeover (the code opened on another tablet while one had it) from a reopen on the same one,
 * and lets code guessing be slowed down per tablet where a room shares one address. A tablet
 * that drops it only loses that: the limit per address still holds.
 */
export const DEVICE_COOKIE = 'habile_device';

/** Why a kiosk API refuses (401) a kiosk whose cookie opens no attempt. */
export const NO_ATTEMPT_ON_KIOSK = 'No attempt is open on this kiosk: enter a code first.';

/** What is stored of a kiosk token (or device id): its SHA-256, never the value itself. */
export const hashKioskToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Why an attempt takes no more writes from a kiosk (and its code opens no more). */
export type ClosedReason = 'finished' | 'refused' | 'closed';

/** What decides whether an attempt is closed to kiosks: its consent, its status, its session's. */
export interface AttemptOpenness {
	consent: 'pending' | 'accepted' | 'refused';
	status: 'pending' | 'in-progress' | 'finished' | 'refused';
	session: 'planned' | 'closed' | null;
}

export function closedReason(attempt: AttemptOpenness): ClosedReason | null {
	if (attempt.consent === 'refused' || attempt.status === 'refused') return 'refused';
	if (attempt.status === 'finished') return 'finished';
	if (attempt.session === 'closed') return 'closed';
	return null;
}

/** The 410 a kiosk gets for a write to a closed attempt: nothing is stored. */
export const CLOSED_MESSAGES: Record<ClosedReason, string> = {
	finished: 'This attempt is finished: the kiosk can no longer change it.',
	refused: 'Consent was refused for this attempt: the kiosk can no longer change it.',
	closed: "This attempt's session is closed: the kiosk can no longer change it."
};

export type OpenResult =
	| { ok: true; token: string; attemptId: string; takeover: boolean }
	| {
			ok: false;
			reason: 'invalid' | 'unknown' | ClosedReason | 'early' | 'over';
	  };

export interface OpenOptions {
	now?: Date;
	/** The tablet's device cookie, when it has one. */
	deviceId?: string | null;
	/** Minutes before a session's start its codes open; null: from the start of its day. */
	opensMinutesBefore?: number | null;
}

/**
 * Opens an attempt on this kiosk from its code (typed with spaces or lower case: accepted);
 * not once the attempt is finished or refused, nor when its session is closed, nor outside its
 * session's day (`codeWindow`). The attempt is bound to the new kiosk token: a kiosk that had it
 * before (a tablet that broke down, say) can no longer post events for it; when that was another
 * tablet, the takeover is counted for the adviser's monitor.
 */
export async function openAttempt(
	db: Db,
	rawCode: string,
	options: OpenOptions = {}
): Promise<OpenResult> {
	const now = options.now ?? new Date();
	const code = kioskCodeSchema.safeParse(rawCode);
	if (!code.success) return { ok: false, reason: 'invalid' };
	const attempt = await db
		.selectFrom('attempts as a')
		.leftJoin('sessions as s', 's.id', 'a.session_id')
		.select([
			'a.id',
			'a.status',
			'a.consent',
			'a.kiosk_token_hash',
			'a.kiosk_device_hash',
			's.status as session',
			's.starts_at'
		])
		.where('a.kiosk_code', '=', code.data)
		.executeTakeFirst();
	if (!attempt) return { ok: false, reason: 'unknown' };
	const closed = closedReason(attempt);
	if (closed) return { ok: false, reason: closed };
	if (attempt.starts_at) {
		const outside = outsideWindow(
			codeWindow(attempt.starts_at, options.opensMinutesBefore ?? null),
			now
		);
		if (outside) return { ok: false, reason: outside };
	}
	const device = options.deviceId ? hashKioskToken(options.deviceId) : null;
	// Another tablet had it: one whose device is unknown, or not this one.
	const takeover =
		attempt.kiosk_token_hash !== null && (device === null || attempt.kiosk_device_hash !== device);
	const token = newToken();
	await db
		.updateTable('attempts')
		.set((eb) => ({
			kiosk_token_hash: hashKioskToken(token),
			kiosk_device_hash: device,
			...(takeover && {
				kiosk_takeovers: eb('kiosk_takeovers', '+', 1),
				kiosk_taken_over_at: nowIso(now)
			})
		}))
		.where('id', '=', attempt.id)
		.execute();
	return { ok: true, token, attemptId: attempt.id, takeover };
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

/** Why the attempt takes no more writes from its kiosk, or null while it does. */
export async function attemptClosedReason(db: Db, attemptId: string): Promise<ClosedReason | null> {
	const attempt = await db
		.selectFrom('attempts as a')
		.leftJoin('sessions as s', 's.id', 'a.session_id')
		.select(['a.status', 'a.consent', 's.status as session'])
		.where('a.id', '=', attemptId)
		.executeTakeFirst();
	return attempt ? closedReason(attempt) : 'closed';
}
