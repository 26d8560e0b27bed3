import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { logIn } from '$lib/server/auth/login';
import { safeRedirectTarget } from '$lib/server/auth/areas';
import { SESSION_COOKIE } from '$lib/server/auth/sessions';
import { readConfig, sessionLifetime } from '$lib/server/config';
import { database } from '$lib/server/db/instance';
import { formOf, parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const config = readConfig();

const loginSchema = z.object({
	email: z.string({ error: 'form.required' }).trim().max(320, { error: 'form.tooLong' }),
	password: z.string({ error: 'form.required' }).max(1024, { error: 'form.tooLong' })
});

export const load = (({ locals, url }) => {
	if (locals.user)
		redirect(
			303,
			safeRedirectTarget(url.searchParams.get('redirectTo'), locals.user.role, url.origin)
		);
	return { loggedOut: url.searchParams.has('deconnecte') };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, cookies, locals, url }) => {
		const form = parseForm(loginSchema, await formOf(request, locals));
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });

		const result = await logIn(database(), {
			...form.data,
			ip: locals.ip,
			lifetime: sessionLifetime(config)
		});
		if (!result.ok) {
			return result.reason === 'throttled'
				? fail(429, {
						message: 'login.throttled' as const,
						minutes: result.retryAfterMinutes,
						values: form.values
					})
				: fail(400, { message: 'login.failed' as const, values: form.values });
		}
		cookies.set(SESSION_COOKIE, result.token, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			// The server ends the session earlier when it is idle; never later than this.
			maxAge: config.SESSION_MAX_HOURS * 3600
		});
		redirect(
			303,
			safeRedirectTarget(url.searchParams.get('redirectTo'), result.user.role, url.origin)
		);
	}
} satisfies Actions;
