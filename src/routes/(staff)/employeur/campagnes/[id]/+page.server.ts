import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { getCampaign } from '$lib/server/campaigns/queries';
import { database } from '$lib/server/db/instance';
import { employerShortlist } from '$lib/server/hiring/shortlist';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
	const user = requireRole(locals, 'employer');
	const db = database();
	const campaign = await getCampaign(db, user, params.id);
	if (!campaign) error(404, { message: 'Campagne introuvable.' });
	return {
		campaign,
		candidates: await employerShortlist(db, user, {
			id: campaign.id,
			shareScores: campaign.shareScores
		})
	};
}) satisfies PageServerLoad;
