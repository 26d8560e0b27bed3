import { error, redirect } from '@sveltejs/kit';
import type { Role } from '$lib/domain/records';
import { translator } from '$lib/i18n';
import type { SessionUser } from './sessions';

/**
 * The staff member a load, an action or an endpoint may act for: the logged-in user when their
 * role is `role`. Anyone else is stopped here — a visitor goes to the login page, another role
 * gets a 403 — whatever the hook decided. Every staff route calls it (defence in depth: the
 * `authorize` hook is the first check, this is the second, where the data is touched).
 */
export function requireRole(locals: App.Locals, role: Role): SessionUser {
	const user = locals.user;
	if (!user) redirect(303, '/connexion');
	if (user.role !== role) error(403, { message: translator(locals.locale)('error.403') });
	return user;
}

/**
 * The staff member a page open to every staff role may act for (their own account page): any
 * logged-in user. A visitor goes to the login page.
 */
export function requireStaff(locals: App.Locals): SessionUser {
	if (!locals.user) redirect(303, '/connexion');
	return locals.user;
}
