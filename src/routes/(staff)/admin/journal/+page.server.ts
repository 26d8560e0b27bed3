import { readAudit } from '$lib/server/audit/read';
import { requireRole } from '$lib/server/auth/guard';
import { database } from '$lib/server/db/instance';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	requireRole(locals, 'admin');
	const action = url.searchParams.get('action') ?? '';
	const page = Math.max(0, Math.floor(Number(url.searchParams.get('page')) || 0));
	return { action, page, ...(await readAudit(database(), { action, page })) };
}) satisfies PageServerLoad;
