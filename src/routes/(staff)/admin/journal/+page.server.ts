import { z } from 'zod';
import { readAudit } from '$lib/server/audit/read';
import { requireRole } from '$lib/server/auth/guard';
import { database } from '$lib/server/db/instance';
import type { PageServerLoad } from './$types';

/** A page number as typed in the address bar: anything but a sensible one is the first page. */
const pageSchema = z.coerce.number().int().min(0).max(1_000_000).catch(0);

export const load = (async ({ locals, url }) => {
	requireRole(locals, 'admin');
	const action = url.searchParams.get('action') ?? '';
	const page = pageSchema.parse(url.searchParams.get('page'));
	return { action, page, ...(await readAudit(database(), { action, page })) };
}) satisfies PageServerLoad;
