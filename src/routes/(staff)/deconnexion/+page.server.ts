import { redirect } from '@sveltejs/kit';
import { audit } from '$lib/server/audit/log';
import { deleteSession, SESSION_COOKIE } from '$lib/server/auth/sessions';
import { database } from '$lib/server/db/instance';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals }) => {
	if (!locals.user) redirect(303, '/connexion');
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ cookies, locals }) => {
		const token = cookies.get(SESSION_COOKIE);
		if (token) {
			await deleteSession(database(), token);
			cookies.delete(SESSION_COOKIE, { path: '/' });
		}
		if (locals.user) {
			await audit(database(), {
				actorId: locals.user.id,
				action: 'auth.logout',
				subjectType: 'user',
				subjectId: locals.user.id
			});
		}
		redirect(303, '/connexion?deconnecte');
	}
} satisfies Actions;
