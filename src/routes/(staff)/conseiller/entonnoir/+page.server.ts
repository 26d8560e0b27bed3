import { database } from '$lib/server/db/instance';
import { agencyFunnel } from '$lib/server/hiring/funnel';
import type { PageServerLoad } from './$types';

// Advisers only (hooks.server.ts); the agency is the adviser's own.
export const load = (async ({ locals }) => ({
	funnel: await agencyFunnel(database(), locals.user!.agency_id ?? '')
})) satisfies PageServerLoad;
