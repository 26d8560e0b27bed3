import { error, json } from '@sveltejs/kit';
import type { z } from 'zod';
import { NO_ATTEMPT_ON_KIOSK } from './binding';
import { readJsonBody } from './json-body';

/** The attempt bound to this kiosk, or a 401 for a kiosk that entered no code (or lost it). */
export function requireKiosk(locals: App.Locals): string {
	if (!locals.kioskAttemptId) error(401, { message: NO_ATTEMPT_ON_KIOSK });
	return locals.kioskAttemptId;
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
