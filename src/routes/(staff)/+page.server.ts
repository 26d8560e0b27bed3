import { redirect } from '@sveltejs/kit';
import { homeOf } from '$lib/server/auth/areas';
import type { PageServerLoad } from './$types';

export const load = (({ locals }) => {
	if (locals.user) redirect(303, homeOf(locals.user.role));
}) satisfies PageServerLoad;
