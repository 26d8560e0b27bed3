import { error, fail, redirect } from '@sveltejs/kit';
import { HABILETES } from '$lib/domain/habiletes';
import { isMessageKey, type MessageKey } from '$lib/i18n';
import { requireRole } from '$lib/server/auth/guard';
import { jobAnalysisSchema, setJobAnalysis } from '$lib/server/campaigns/edit';
import { getCampaign } from '$lib/server/campaigns/queries';
import { database } from '$lib/server/db/instance';
import { formOf } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	const user = requireRole(locals, 'adviser');
	const campaign = await getCampaign(database(), user, params.id);
	if (!campaign) error(404, { message: 'Campagne introuvable.' });
	return { campaign, justCreated: url.searchParams.has('nouvelle') };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, params }) => {
		const user = requireRole(locals, 'adviser');
		const form = await formOf(request, locals);
		const picked = new Set(form.getAll('habilete').map(String));
		const notes = Object.fromEntries(
			HABILETES.map((h) => [h.id, String(form.get(`note-${h.id}`) ?? '')])
		);
		const analysis = HABILETES.filter((h) => picked.has(h.id)).map((h) => ({
			habilete: h.id,
			note: notes[h.id]!
		}));
		const values = { picked: [...picked], notes };
		const parsed = jobAnalysisSchema.safeParse(analysis);
		if (!parsed.success) {
			const errors: Record<string, MessageKey> = {};
			for (const issue of parsed.error.issues) {
				const [index] = issue.path;
				const field = typeof index === 'number' ? `note-${analysis[index]!.habilete}` : '_form';
				errors[field] ??= isMessageKey(issue.message) ? issue.message : 'form.invalid';
			}
			return fail(400, { errors, values });
		}
		if (!(await setJobAnalysis(database(), user, params.id, parsed.data))) {
			error(404, { message: 'Campagne introuvable.' });
		}
		redirect(303, `/conseiller/campagnes/${params.id}?analyse`);
	}
} satisfies Actions;
