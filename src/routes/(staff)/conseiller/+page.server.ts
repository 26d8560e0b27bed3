import { requireRole } from '$lib/server/auth/guard';
import { listCampaigns } from '$lib/server/campaigns/queries';
import { database } from '$lib/server/db/instance';
import { followUpAlerts } from '$lib/server/hiring/alerts';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const user = requireRole(locals, 'adviser');
	return {
		campaigns: await listCampaigns(database(), user),
		alerts: await followUpAlerts(database(), user)
	};
}) satisfies PageServerLoad;
