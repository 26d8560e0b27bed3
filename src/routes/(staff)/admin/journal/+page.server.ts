import { readAudit } from '$lib/server/audit/read';
import { database } from '$lib/server/db/instance';
import type { PageServerLoad } from './$types';

// Admins only, like the whole /admin area (hooks.server.ts).
export const load = (async ({ url }) => {
	const action = url.searchParams.get('action') ?? '';
	const page = Math.max(0, Math.floor(Number(url.searchParams.get('page')) || 0));
	return { action, page, ...(await readAudit(database(), { action, page })) };
}) satisfies PageServerLoad;
