import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import {
	accountTargets,
	listAccounts,
	revokeSessionsOf,
	setAccountDisabled,
	type AccountChange
} from '$lib/server/admin/accounts';
import { translator } from '$lib/i18n';
import { requireRole } from '$lib/server/auth/guard';
import { createUser, newUserSchema } from '$lib/server/auth/users';
import { database } from '$lib/server/db/instance';
import { formOf, parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const admin = requireRole(locals, 'admin');
	const db = database();
	const [accounts, targets] = await Promise.all([listAccounts(db), accountTargets(db)]);
	return { accounts, selfId: admin.id, ...targets };
}) satisfies PageServerLoad;

const accountSchema = z.object({ userId: z.string().min(1).max(100) });

/** The account a row's button acts on; a forged or missing id is a bad request. */
async function accountOf(request: Request, locals: App.Locals): Promise<string> {
	const form = parseForm(accountSchema, await formOf(request, locals));
	if (!form.ok) error(400, { message: translator(locals.locale)('form.invalid') });
	return form.data.userId;
}

/** What the page says after a row's button: done, nothing to do, or refused. */
function outcome(
	result: AccountChange,
	done: 'disabledDone' | 'enabledDone' | 'revokedDone',
	locals: App.Locals
) {
	if (!result.ok) {
		if (result.reason === 'notFound')
			error(404, { message: translator(locals.locale)('error.404') });
		return fail(400, { message: 'admin.users.self' as const });
	}
	const notice = done === 'revokedDone' && !result.changed ? ('noSession' as const) : done;
	return { notice: `admin.users.${notice}` as const, email: result.email, n: result.sessions };
}

export const actions = {
	createUser: async ({ request, locals }) => {
		const admin = requireRole(locals, 'admin');
		const form = parseForm(newUserSchema, await formOf(request, locals));
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
		const db = database();
		const { agencies, companies } = await accountTargets(db);
		// Ids come from a select, but a forged request could send any string.
		if (form.data.agencyId && !agencies.some((a) => a.id === form.data.agencyId)) {
			return fail(400, { errors: { agencyId: 'form.choose' as const }, values: form.values });
		}
		if (form.data.companyId && !companies.some((c) => c.id === form.data.companyId)) {
			return fail(400, { errors: { companyId: 'form.choose' as const }, values: form.values });
		}
		const result = await createUser(db, form.data, admin.id);
		if (!result.ok) return fail(400, { errors: result.errors, values: form.values });
		return { created: result.user.email };
	},

	disable: async ({ request, locals }) => {
		const admin = requireRole(locals, 'admin');
		const userId = await accountOf(request, locals);
		return outcome(
			await setAccountDisabled(database(), { actorId: admin.id, userId, disabled: true }),
			'disabledDone',
			locals
		);
	},

	enable: async ({ request, locals }) => {
		const admin = requireRole(locals, 'admin');
		const userId = await accountOf(request, locals);
		return outcome(
			await setAccountDisabled(database(), { actorId: admin.id, userId, disabled: false }),
			'enabledDone',
			locals
		);
	},

	revokeSessions: async ({ request, locals }) => {
		const admin = requireRole(locals, 'admin');
		const userId = await accountOf(request, locals);
		return outcome(
			await revokeSessionsOf(database(), { actorId: admin.id, userId }),
			'revokedDone',
			locals
		);
	}
} satisfies Actions;
