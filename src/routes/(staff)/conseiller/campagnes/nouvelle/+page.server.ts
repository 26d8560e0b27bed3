import { fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { agencyCompanies, campaignSchema, createCampaign } from '$lib/server/campaigns/edit';
import { database } from '$lib/server/db/instance';
import { formOf, parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const user = requireRole(locals, 'adviser');
	return { companies: await agencyCompanies(database(), user) };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals }) => {
		const user = requireRole(locals, 'adviser');
		const form = parseForm(campaignSchema, await formOf(request, locals));
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
		const id = await createCampaign(database(), user, form.data);
		redirect(303, `/conseiller/campagnes/${id}/analyse?nouvelle`);
	}
} satisfies Actions;
