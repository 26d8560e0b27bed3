import { error } from '@sveltejs/kit';
import { getCampaign } from '$lib/server/campaigns/queries';
import { database } from '$lib/server/db/instance';
import { monitorSession } from '$lib/server/sessions/monitor';
import { getSession } from '$lib/server/sessions/sessions';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params, depends }) => {
	depends('habile:monitor');
	const db = database();
	const campaign = await getCampaign(db, locals.user!, params.id);
	const session = campaign && (await getSession(db, campaign.id, params.sessionId));
	if (!campaign || !session) error(404, { message: 'Session introuvable.' });
	const now = new Date();
	return {
		campaign,
		session,
		rows: await monitorSession(db, session.id, now),
		at: now.toISOString()
	};
}) satisfies PageServerLoad;
