import { requireRole } from '$lib/server/auth/guard';
import { listCampaigns } from '$lib/server/campaigns/queries';
import { database } from '$lib/server/db/instance';
import type { PageServerLoad } from './$types';

// The query keeps to the employer's own company.
export const load = (async ({ locals }) => {
	const user = requireRole(locals, 'employer');
	return { campaigns: await listCampaigns(database(), user) };
}) satisfies PageServerLoad;
