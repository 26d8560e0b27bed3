import type { z } from 'zod';
import { MAX_BATCH_BYTES } from '$lib/domain/kiosk';

export type JsonBody<T> = { ok: true; data: T } | { ok: false; reason: string };

/**
 * Reads and validates a kiosk's JSON body, refusing one that is too large (declared or read),
 * not JSON or not of the expected shape, with the reason. Framework-free: the SvelteKit routes
 * and the direct events endpoint (`runs/direct-endpoint.ts`) both read bodies through it.
 */
export async function readJsonBody<S extends z.ZodType>(
	declaredLength: number,
	readText: () => Promise<string>,
	schema: S
): Promise<JsonBody<z.infer<S>>> {
	const tooLarge = { ok: false, reason: `body too large (over ${MAX_BATCH_BYTES} bytes)` } as const;
	if (declaredLength > MAX_BATCH_BYTES) return tooLarge;
	const text = await readText();
	if (text.length > MAX_BATCH_BYTES) return tooLarge;
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'body is not valid JSON' };
	}
	const parsed = schema.safeParse(body);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return { ok: false, reason: `${issue.path.join('.') || 'body'}: ${issue.message}` };
	}
	return { ok: true, data: parsed.data };
}
