import { listCampaigns } from '$lib/server/campaigns/queries';
import { database } from '$lib/server/db/instance';
import { followUpAlerts } from '$lib/server/hiring/alerts';
import type { PageServerLoad } from './$types';

// Access is checked once for the whole area in hooks.server.ts.
export const load = (async ({ locals }) => ({
	campaigns: await listCampaigns(database(), locals.user!),
	alerts: await followUpAlerts(database(), locals.user!)
})) satisfies PageServerLoad;
