import { error, fail, redirect } from '@sveltejs/kit';
import { auditIdentityView } from '$lib/server/audit/log';
import { requireRole } from '$lib/server/auth/guard';
import { database } from '$lib/server/db/instance';
import { formOf, parseForm } from '$lib/server/forms';
import { campaignOr404 } from '$lib/server/results/access';
import { campaignResults, identitiesOf } from '$lib/server/results/results';
import { eraseCandidate, ERASURE_REASONS, erasureSchema } from '$lib/server/retention/erase';
import type { Actions, PageServerLoad } from './$types';

/** A candidate's personal data: the adviser exports it, or erases it on the person's request. */
export const load = (async ({ locals, params, route }) => {
	const user = requireRole(locals, 'adviser');
	const db = database();
	const campaign = await campaignOr404(db, user, params.id);
	const [candidate] = await campaignResults(db, campaign.id, { personId: params.personId });
	if (!candidate) error(404, { message: 'Candidat introuvable.' });
	const identity = (await identitiesOf(db, [candidate.personId])).get(candidate.personId);
	if (identity)
		await auditIdentityView(db, user.id, {
			page: route.id,
			subjectType: 'person',
			subjectId: candidate.personId,
			personIds: [candidate.personId]
		});
	return {
		campaign,
		personId: candidate.personId,
		code: candidate.code,
		name: identity ? `${identity.firstName} ${identity.lastName}` : null,
		sessionStartsAt: candidate.sessionStartsAt,
		reasons: ERASURE_REASONS
	};
}) satisfies PageServerLoad;

export const actions = {
	erase: async ({ locals, params, request }) => {
		const user = requireRole(locals, 'adviser');
		const db = database();
		const campaign = await campaignOr404(db, user, params.id);
		const form = parseForm(erasureSchema, await formOf(request, locals));
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
		const [candidate] = await campaignResults(db, campaign.id, { personId: params.personId });
		if (!candidate) error(404, { message: 'Candidat introuvable.' });
		await eraseCandidate(db, user.id, campaign.id, candidate.personId, form.data.reason);
		redirect(
			303,
			`/conseiller/campagnes/${campaign.id}/resultats?efface=${encodeURIComponent(candidate.code)}`
		);
	}
} satisfies Actions;
