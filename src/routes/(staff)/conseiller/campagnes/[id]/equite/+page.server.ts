import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { getCampaign } from '$lib/server/campaigns/queries';
import { database } from '$lib/server/db/instance';
import { campaignFairness } from '$lib/server/fairness/fairness';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
	const user = requireRole(locals, 'adviser');
	const campaign = await getCampaign(database(), user, params.id);
	if (!campaign) error(404, { message: 'Campagne introuvable.' });
	return { campaign, fairness: await campaignFairness(database(), campaign.id) };
}) satisfies PageServerLoad;
