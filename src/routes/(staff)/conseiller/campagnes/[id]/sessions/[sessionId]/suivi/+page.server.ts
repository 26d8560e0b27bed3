import { error, fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { getCampaign } from '$lib/server/campaigns/queries';
import { auditIdentityView } from '$lib/server/audit/log';
import { database } from '$lib/server/db/instance';
import { formOf } from '$lib/server/forms';
import { monitorSession, sessionTakeovers } from '$lib/server/sessions/monitor';
import { getSession, pauseCandidate, resumeCandidate } from '$lib/server/sessions/sessions';
import type { Actions, PageServerLoad } from './$types';

async function sessionOr404(locals: App.Locals, params: { id: string; sessionId: string }) {
	const user = requireRole(locals, 'adviser');
	const db = database();
	const campaign = await getCampaign(db, user, params.id);
	const session = campaign && (await getSession(db, campaign.id, params.sessionId));
	if (!campaign || !session) error(404, { message: 'Session introuvable.' });
	return { user, campaign, session };
}

export const load = (async ({ locals, params, depends, route }) => {
	depends('habile:monitor');
	const { campaign, session } = await sessionOr404(locals, params);
	const db = database();
	const now = new Date();
	const rows = await monitorSession(db, session.id, now);
	// Refreshed every few seconds: the same view is recorded once per `VIEW_REPEAT_MS`.
	await auditIdentityView(db, requireRole(locals, 'adviser').id, {
		page: route.id,
		subjectType: 'session',
		subjectId: session.id,
		personIds: rows.map((r) => r.personId)
	});
	return {
		campaign,
		session,
		rows,
		takeovers: await sessionTakeovers(db, session.id),
		at: now.toISOString()
	};
}) satisfies PageServerLoad;

/** Pause or resume one candidate of this session (a break: their time does not run). */
export const actions = {
	pause: async ({ locals, params, request }) => {
		const { user, session } = await sessionOr404(locals, params);
		const attemptId = String((await formOf(request, locals)).get('attemptId') ?? '');
		if (!(await pauseCandidate(database(), user, session.id, attemptId)))
			return fail(409, { message: 'monitor.pause.refused' as const });
		return { paused: attemptId };
	},
	resume: async ({ locals, params, request }) => {
		const { user, session } = await sessionOr404(locals, params);
		const attemptId = String((await formOf(request, locals)).get('attemptId') ?? '');
		if (!(await resumeCandidate(database(), user, session.id, attemptId)))
			return fail(409, { message: 'monitor.pause.refused' as const });
		return { resumed: attemptId };
	}
} satisfies Actions;
