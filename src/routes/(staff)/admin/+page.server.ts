import { fail } from '@sveltejs/kit';
import { accountTargets, listAccounts } from '$lib/server/admin/accounts';
import { requireRole } from '$lib/server/auth/guard';
import { createUser, newUserSchema } from '$lib/server/auth/users';
import { database } from '$lib/server/db/instance';
import { formOf, parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	requireRole(locals, 'admin');
	const db = database();
	const [accounts, targets] = await Promise.all([listAccounts(db), accountTargets(db)]);
	return { accounts, ...targets };
}) satisfies PageServerLoad;

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
	}
} satisfies Actions;
