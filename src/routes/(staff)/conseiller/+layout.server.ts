import { requireRole } from '$lib/server/auth/guard';
import type { LayoutServerLoad } from './$types';

/** The area's second check, after the `authorize` hook: every page of it loads through here. */
export const load = (({ locals }) => {
	requireRole(locals, 'adviser');
}) satisfies LayoutServerLoad;
