import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { getCampaign } from '$lib/server/campaigns/queries';
import { database } from '$lib/server/db/instance';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	const user = requireRole(locals, 'adviser');
	const campaign = await getCampaign(database(), user, params.id);
	if (!campaign) error(404, { message: 'Campagne introuvable.' });
	return { campaign, analysisSaved: url.searchParams.has('analyse') };
}) satisfies PageServerLoad;
