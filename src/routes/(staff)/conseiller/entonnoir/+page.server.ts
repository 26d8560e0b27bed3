import { requireRole } from '$lib/server/auth/guard';
import { database } from '$lib/server/db/instance';
import { agencyFunnel } from '$lib/server/hiring/funnel';
import type { PageServerLoad } from './$types';

// The agency is the adviser’s own.
export const load = (async ({ locals }) => {
	const user = requireRole(locals, 'adviser');
	return { funnel: await agencyFunnel(database(), user.agency_id ?? '') };
}) satisfies PageServerLoad;
