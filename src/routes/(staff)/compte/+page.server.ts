import { fail } from '@sveltejs/kit';
import { changeOwnPassword, passwordChangeSchema } from '$lib/server/auth/account';
import { requireStaff } from '$lib/server/auth/guard';
import { SESSION_COOKIE } from '$lib/server/auth/sessions';
import { database } from '$lib/server/db/instance';
import { formOf, parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

/** Every staff member's own account: who they are logged in as, and their password. */
export const load = (({ locals }) => {
	const user = requireStaff(locals);
	return { account: { email: user.email, name: user.name, role: user.role } };
}) satisfies PageServerLoad;

export const actions = {
	password: async ({ request, locals, cookies }) => {
		const user = requireStaff(locals);
		const form = parseForm(passwordChangeSchema(user), await formOf(request, locals));
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
		const result = await changeOwnPassword(database(), {
			user,
			currentPassword: form.data.currentPassword,
			newPassword: form.data.newPassword,
			keepToken: cookies.get(SESSION_COOKIE),
			ip: locals.ip
		});
		if (result.ok) return { changed: true };
		return result.reason === 'throttled'
			? fail(429, {
					message: 'login.throttled' as const,
					minutes: result.retryAfterMinutes,
					values: form.values
				})
			: fail(400, {
					errors: { currentPassword: 'account.password.wrongCurrent' as const },
					values: form.values
				});
	}
} satisfies Actions;
