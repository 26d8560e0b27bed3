import { redirect } from '@sveltejs/kit';
import { database } from '$lib/server/db/instance';
import { kioskState } from '$lib/server/kiosk/state';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	if (!locals.kioskAttemptId) redirect(303, '/kiosque');
	return { kiosk: await kioskState(database(), locals.kioskAttemptId) };
}) satisfies PageServerLoad;
