import { redirect } from '@sveltejs/kit';
import { localeSchema } from '$lib/domain/records';
import { localPath } from '$lib/server/auth/areas';
import { database } from '$lib/server/db/instance';
import { formOf } from '$lib/server/forms';
import type { RequestHandler } from './$types';

/** Switches the interface language: stored on the account when logged in, else in a cookie. */
export const POST: RequestHandler = async ({ request, cookies, locals, url }) => {
	const form = await formOf(request, locals);
	const locale = localeSchema.catch(locals.locale).parse(form.get('locale'));
	const back = String(form.get('back') ?? '/');
	if (locals.user) {
		await database()
			.updateTable('users')
			.set({ locale })
			.where('id', '=', locals.user.id)
			.execute();
	}
	cookies.set('lang', locale, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 365 * 86400 });
	redirect(303, localPath(back, url.origin) ?? '/');
};
