import type { MessageKey, Translate } from '$lib/i18n';

interface FailedForm {
	errors?: Partial<Record<string, MessageKey>>;
	values?: Record<string, string>;
	message?: MessageKey;
}

/**
 * Reads what a form action returned (`fail(400, { errors, values, message })` or a success
 * object) for the page: translated field errors, the values typed, the form-level message.
 */
export function formState(form: object | null | undefined, t: Translate) {
	const f = (form ?? {}) as FailedForm;
	const hasErrors = !!f.errors && Object.keys(f.errors).length > 0;
	return {
		error(field: string): string | undefined {
			const key = f.errors?.[field];
			return key ? t(key) : undefined;
		},
		value(field: string, fallback = ''): string {
			return f.values?.[field] ?? fallback;
		},
		/** A message for the top of the form: the action's own, or a summary of field errors. */
		summary(params?: Record<string, string | number>): string | undefined {
			if (f.message) return t(f.message, params);
			return hasErrors ? t('form.hasErrors') : undefined;
		}
	};
}
