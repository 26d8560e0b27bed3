import { fail, redirect } from '@sveltejs/kit';
import { agencyCompanies, campaignSchema, createCampaign } from '$lib/server/campaigns/edit';
import { database } from '$lib/server/db/instance';
import { parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => ({
	companies: await agencyCompanies(database(), locals.user!)
})) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals }) => {
		const form = parseForm(campaignSchema, await request.formData());
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
		const id = await createCampaign(database(), locals.user!, form.data);
		redirect(303, `/conseiller/campagnes/${id}/analyse?nouvelle`);
	}
} satisfies Actions;
