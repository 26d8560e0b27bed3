import { requireRole } from '$lib/server/auth/guard';
import { database } from '$lib/server/db/instance';
import { agencyFairness } from '$lib/server/fairness/fairness';
import type { PageServerLoad } from './$types';

// The agency is the adviser’s own.
export const load = (async ({ locals }) => {
	const user = requireRole(locals, 'adviser');
	return { fairness: await agencyFairness(database(), user.agency_id ?? '') };
}) satisfies PageServerLoad;
