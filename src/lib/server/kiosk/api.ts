import { error, json } from '@sveltejs/kit';
import type { z } from 'zod';
import { MAX_BATCH_BYTES } from '$lib/domain/kiosk';

/** The attempt bound to this kiosk, or a 401 for a kiosk that entered no code (or lost it). */
export function requireKiosk(locals: App.Locals): string {
	if (!locals.kioskAttemptId)
		error(401, { message: 'No attempt is open on this kiosk: enter a code first.' });
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
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > MAX_BATCH_BYTES)
		return { ok: false, response: refuse(400, `body too large (over ${MAX_BATCH_BYTES} bytes)`) };
	const text = await request.text();
	if (text.length > MAX_BATCH_BYTES)
		return { ok: false, response: refuse(400, `body too large (over ${MAX_BATCH_BYTES} bytes)`) };
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		return { ok: false, response: refuse(400, 'body is not valid JSON') };
	}
	const parsed = schema.safeParse(body);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return {
			ok: false,
			response: refuse(400, `${issue.path.join('.') || 'body'}: ${issue.message}`)
		};
	}
	return { ok: true, data: parsed.data };
}
