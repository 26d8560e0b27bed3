import { error } from '@sveltejs/kit';
import type { z } from 'zod';
import { isMessageKey, translator, type MessageKey } from '$lib/i18n';

export type FieldErrors = Partial<Record<string, MessageKey>>;

/** Fields never echoed back to the browser after a failed submission. */
const SECRET_FIELDS = /password/i;

export type ParsedForm<T> =
	| { ok: true; data: T; values: Record<string, string> }
	| { ok: false; errors: FieldErrors; values: Record<string, string> };

/**
 * The request's form data. A body that does not parse as one (broken multipart, a form content
 * type over something else) is the sender's mistake: a 400, never a 500.
 */
export async function formOf(
	request: Request,
	locals: Pick<App.Locals, 'locale'>
): Promise<FormData> {
	try {
		return await request.formData();
	} catch {
		error(400, { message: translator(locals.locale)('error.400') });
	}
}

/**
 * Validates form data against a schema whose messages are catalogue keys. On failure returns one
 * error per field (the first) and the values typed, so that the form can be shown again as it was.
 */
export function parseForm<S extends z.ZodType>(
	schema: S,
	form: FormData,
	extra: Record<string, unknown> = {}
): ParsedForm<z.infer<S>> {
	const values: Record<string, string> = {};
	for (const [key, value] of form) {
		if (typeof value === 'string') values[key] = value;
	}
	const input: Record<string, unknown> = { ...values, ...extra };
	for (const key of Object.keys(input)) if (input[key] === '') input[key] = undefined;
	const echoed = Object.fromEntries(
		Object.entries(values).filter(([key]) => !SECRET_FIELDS.test(key))
	);
	const result = schema.safeParse(input);
	if (result.success) return { ok: true, data: result.data, values: echoed };
	return { ok: false, errors: fieldErrors(result.error), values: echoed };
}

export function fieldErrors(error: z.ZodError): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? '_form');
		if (errors[field]) continue;
		// A missing field fails the type check before any of our keyed checks runs.
		errors[field] = isMessageKey(issue.message)
			? issue.message
			: issue.code === 'invalid_type' && issue.input === undefined
				? 'form.required'
				: 'form.invalid';
	}
	return errors;
}
