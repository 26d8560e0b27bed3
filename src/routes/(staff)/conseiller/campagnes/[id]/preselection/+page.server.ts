import { profileBars } from '$lib/domain/profile';
import { requireRole } from '$lib/server/auth/guard';
import { auditIdentityView } from '$lib/server/audit/log';
import { database } from '$lib/server/db/instance';
import { formOf } from '$lib/server/forms';
import { campaignOr404 } from '$lib/server/results/access';
import { campaignResults, identitiesOf, latestFrozenBattery } from '$lib/server/results/results';
import { setShareScores } from '$lib/server/campaigns/edit';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, route }) => {
	const user = requireRole(locals, 'adviser');
	const db = database();
	const campaign = await campaignOr404(db, user, params.id);
	const presented = (await campaignResults(db, campaign.id)).filter(
		(r) => r.decision?.decision === 'present'
	);
	const names = await identitiesOf(
		db,
		presented.map((r) => r.personId)
	);
	await auditIdentityView(db, user.id, {
		page: route.id,
		subjectType: 'campaign',
		subjectId: campaign.id,
		personIds: [...names.keys()]
	});
	return {
		campaign,
		rule: (await latestFrozenBattery(db, campaign.id))?.rule ?? null,
		presented: presented.map((r) => {
			const name = names.get(r.personId);
			return {
				personId: r.personId,
				code: r.code,
				name: name ? `${name.firstName} ${name.lastName}` : null,
				sessionStartsAt: r.sessionStartsAt,
				decision: r.decision!,
				profile: profileBars(r.exercises)
			};
		})
	};
}) satisfies PageServerLoad;

export const actions = {
	/** Show the employer raw scores for this campaign, or levels only. */
	share: async ({ locals, params, request }) => {
		const user = requireRole(locals, 'adviser');
		const db = database();
		const campaign = await campaignOr404(db, user, params.id);
		const share = (await formOf(request, locals)).get('shareScores') === 'on';
		await setShareScores(db, user, campaign.id, share);
		return { shared: share };
	}
} satisfies Actions;
