import { error, fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { agencyCompanies, campaignSchema, updateCampaign } from '$lib/server/campaigns/edit';
import { getCampaign } from '$lib/server/campaigns/queries';
import { database } from '$lib/server/db/instance';
import { formOf, parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
	const user = requireRole(locals, 'adviser');
	const db = database();
	const campaign = await getCampaign(db, user, params.id);
	if (!campaign) error(404, { message: 'Campagne introuvable.' });
	return { campaign, companies: await agencyCompanies(db, user) };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, params }) => {
		const user = requireRole(locals, 'adviser');
		const form = parseForm(campaignSchema, await formOf(request, locals));
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
		if (!(await updateCampaign(database(), user, params.id, form.data))) {
			error(404, { message: 'Campagne introuvable.' });
		}
		redirect(303, `/conseiller/campagnes/${params.id}`);
	}
} satisfies Actions;
