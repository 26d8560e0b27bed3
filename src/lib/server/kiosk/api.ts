import { error, json } from '@sveltejs/kit';
import type { z } from 'zod';
import type { Db } from '../db';
import { attemptClosedReason, CLOSED_MESSAGES, NO_ATTEMPT_ON_KIOSK } from './binding';
import { readJsonBody } from './json-body';
import { hitRate, KIOSK_API_RATE, type RateLimit } from './rate-limit';

/** The attempt bound to this kiosk, or a 401 for a kiosk that entered no code (or lost it). */
export function requireKiosk(locals: App.Locals): string {
	if (!locals.kioskAttemptId) error(401, { message: NO_ATTEMPT_ON_KIOSK });
	return locals.kioskAttemptId;
}

/** Why a kiosk over its request rate is refused (429): it tries again a little later. */
export const TOO_MANY_REQUESTS = 'Too many requests from this kiosk: try again in a minute.';

/**
 * The attempt bound to this kiosk, for a request that reads (the state): 401 without one, 429
 * over the kiosk's request rate.
 */
export async function requireKioskRead(
	db: Db,
	locals: App.Locals,
	limit: RateLimit = KIOSK_API_RATE,
	now = new Date()
): Promise<string> {
	const attemptId = requireKiosk(locals);
	if (!(await hitRate(db, limit, attemptId, now))) error(429, { message: TOO_MANY_REQUESTS });
	return attemptId;
}

/**
 * The same for a request that writes (consent, preferences, pulse): also 410 once the attempt is
 * finished, refused or its session closed. Nothing is stored then.
 */
export async function requireKioskWrite(
	db: Db,
	locals: App.Locals,
	now = new Date()
): Promise<string> {
	const attemptId = await requireKioskRead(db, locals, KIOSK_API_RATE, now);
	const closed = await attemptClosedReason(db, attemptId);
	if (closed) error(410, { message: CLOSED_MESSAGES[closed] });
	return attemptId;
}

/** A 4xx JSON answer saying what is wrong. */
export function refuse(
	status: number,
	reason: string,
	extra: Record<string, unknown> = {}
): Response {
	return json({ error: reason, ...extra }, { status });
}

/**
 * Reads and validates a JSON body, refusing (400) one that is too large, not JSON or not of
 * the expected shape, with the reason.
 */
export async function readJson<S extends z.ZodType>(
	request: Request,
	schema: S
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; response: Response }> {
	const body = await readJsonBody(
		Number(request.headers.get('content-length') ?? 0),
		() => request.text(),
		schema
	);
	return body.ok ? body : { ok: false, response: refuse(400, body.reason) };
}
