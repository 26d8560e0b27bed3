import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { getCampaign } from '$lib/server/campaigns/queries';
import { database } from '$lib/server/db/instance';
import { hiringEvidence, ratingEvidence, sameJobCampaigns } from '$lib/server/validity/validity';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
	const user = requireRole(locals, 'adviser');
	const db = database();
	const campaign = await getCampaign(db, user, params.id);
	if (!campaign) error(404, { message: 'Campagne introuvable.' });
	const [rating, hiring, sameJob] = await Promise.all([
		ratingEvidence(db, campaign.id),
		hiringEvidence(db, campaign.id),
		sameJobCampaigns(db, user.agency_id ?? '', campaign.id)
	]);
	return { campaign, rating, hiring, sameJob };
}) satisfies PageServerLoad;
