import { error } from '@sveltejs/kit';
import { getCampaign } from '$lib/server/campaigns/queries';
import { database } from '$lib/server/db/instance';
import { employerShortlist } from '$lib/server/hiring/shortlist';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
	const db = database();
	const campaign = await getCampaign(db, locals.user!, params.id);
	if (!campaign) error(404, { message: 'Campagne introuvable.' });
	return {
		campaign,
		candidates: await employerShortlist(db, locals.user!, {
			id: campaign.id,
			shareScores: campaign.shareScores
		})
	};
}) satisfies PageServerLoad;
