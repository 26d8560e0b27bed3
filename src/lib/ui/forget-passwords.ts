import type { SubmitFunction } from '@sveltejs/kit';

/**
 * `use:enhance={forgetPasswords}`: once the server answered, refused or not, the passwords typed
 * are cleared from the form, as a page reload without JavaScript would (the server never sends
 * them back). The other fields keep what was typed.
 */
export const forgetPasswords: SubmitFunction =
	() =>
	async ({ update, formElement }) => {
		await update();
		for (const input of formElement.querySelectorAll<HTMLInputElement>('input[type="password"]'))
			input.value = '';
	};
