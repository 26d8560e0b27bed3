import type { LayoutServerLoad } from './$types';

export const load = (({ locals }) => ({
	locale: locals.locale,
	user: locals.user ? { name: locals.user.name, role: locals.user.role } : null
})) satisfies LayoutServerLoad;
