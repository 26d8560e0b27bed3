import { fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { batteryFrozen } from '$lib/server/calibration/thresholds';
import { database } from '$lib/server/db/instance';
import { campaignOr404 } from '$lib/server/results/access';
import { formOf, parseForm } from '$lib/server/forms';
import { createSession, listSessions, sessionSchema } from '$lib/server/sessions/sessions';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
	const user = requireRole(locals, 'adviser');
	const campaign = await campaignOr404(database(), user, params.id);
	const db = database();
	return {
		campaign,
		frozen: await batteryFrozen(db, params.id),
		sessions: await listSessions(db, params.id)
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, params }) => {
		const user = requireRole(locals, 'adviser');
		await campaignOr404(database(), user, params.id);
		const form = parseForm(sessionSchema, await formOf(request, locals));
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
		const result = await createSession(database(), user, params.id, form.data);
		if (!result.ok) {
			return result.reason === 'past'
				? fail(400, { errors: { date: 'session.date.past' as const }, values: form.values })
				: fail(400, { message: 'session.notFrozen' as const, values: form.values });
		}
		redirect(303, `/conseiller/campagnes/${params.id}/sessions/${result.sessionId}`);
	}
} satisfies Actions;
