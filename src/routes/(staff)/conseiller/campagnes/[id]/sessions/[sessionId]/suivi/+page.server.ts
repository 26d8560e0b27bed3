import { error, fail } from '@sveltejs/kit';
import { getCampaign } from '$lib/server/campaigns/queries';
import { database } from '$lib/server/db/instance';
import { monitorSession, sessionTakeovers } from '$lib/server/sessions/monitor';
import { getSession, pauseCandidate, resumeCandidate } from '$lib/server/sessions/sessions';
import type { Actions, PageServerLoad } from './$types';

async function sessionOr404(locals: App.Locals, params: { id: string; sessionId: string }) {
	const db = database();
	const campaign = await getCampaign(db, locals.user!, params.id);
	const session = campaign && (await getSession(db, campaign.id, params.sessionId));
	if (!campaign || !session) error(404, { message: 'Session introuvable.' });
	return { campaign, session };
}

export const load = (async ({ locals, params, depends }) => {
	depends('habile:monitor');
	const db = database();
	const { campaign, session } = await sessionOr404(locals, params);
	const now = new Date();
	return {
		campaign,
		session,
		rows: await monitorSession(db, session.id, now),
		takeovers: await sessionTakeovers(db, session.id),
		at: now.toISOString()
	};
}) satisfies PageServerLoad;

/** Pause or resume one candidate of this session (a break: their time does not run). */
export const actions = {
	pause: async ({ locals, params, request }) => {
		const { session } = await sessionOr404(locals, params);
		const attemptId = String((await request.formData()).get('attemptId') ?? '');
		if (!(await pauseCandidate(database(), locals.user!, session.id, attemptId)))
			return fail(409, { message: 'monitor.pause.refused' as const });
		return { paused: attemptId };
	},
	resume: async ({ locals, params, request }) => {
		const { session } = await sessionOr404(locals, params);
		const attemptId = String((await request.formData()).get('attemptId') ?? '');
		if (!(await resumeCandidate(database(), locals.user!, session.id, attemptId)))
			return fail(409, { message: 'monitor.pause.refused' as const });
		return { resumed: attemptId };
	}
} satisfies Actions;
