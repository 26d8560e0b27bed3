import { error, redirect } from '@sveltejs/kit';
import { feedbackLevel, strongestHabiletes } from '$lib/domain/feedback';
import { habileteLabel } from '$lib/domain/habiletes';
import { jobFamiliesFor } from '$lib/domain/job-families';
import { requireRole } from '$lib/server/auth/guard';
import { auditIdentityView } from '$lib/server/audit/log';
import { database } from '$lib/server/db/instance';
import { formOf } from '$lib/server/forms';
import { campaignOr404 } from '$lib/server/results/access';
import { setRetention } from '$lib/server/results/decisions';
import { campaignAdviser, campaignResults, identitiesOf } from '$lib/server/results/results';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url, route }) => {
	const user = requireRole(locals, 'adviser');
	const db = database();
	const campaign = await campaignOr404(db, user, params.id);
	const [candidate] = await campaignResults(db, campaign.id, { personId: params.personId });
	if (!candidate) error(404, { message: 'Candidat introuvable.' });
	const [identity, adviser, person] = await Promise.all([
		identitiesOf(db, [candidate.personId]).then((m) => m.get(candidate.personId) ?? null),
		campaignAdviser(db, campaign.id),
		db
			.selectFrom('persons')
			.select(['retention', 'retention_at'])
			.where('id', '=', candidate.personId)
			.executeTakeFirstOrThrow()
	]);
	if (identity)
		await auditIdentityView(db, user.id, {
			page: route.id,
			subjectType: 'person',
			subjectId: candidate.personId,
			personIds: [candidate.personId]
		});
	const strongest = strongestHabiletes(candidate.exercises);
	return {
		campaign,
		code: candidate.code,
		name: identity ? `${identity.firstName} ${identity.lastName}` : null,
		sessionStartsAt: candidate.sessionStartsAt,
		finished: candidate.progress === 'finished',
		decision: candidate.decision?.decision ?? null,
		habiletes: candidate.exercises.map((e) => ({
			habilete: e.habilete,
			label: habileteLabel(e.habilete),
			measures: e.measures,
			why: campaign.analysis.find((a) => a.habilete === e.habilete)?.note ?? null,
			level: feedbackLevel(e),
			// What the candidate can read of their score: the exercise's plain counts.
			subscores: (candidate.subscores[e.batteryExerciseId] ?? []).filter((s) => s.plain)
		})),
		strongest: strongest.map(habileteLabel),
		jobs: jobFamiliesFor(strongest, campaign.romeCode),
		adviser,
		retention: { agreed: person.retention === 'two-years', at: person.retention_at },
		retentionSaved: url.searchParams.has('accord')
	};
}) satisfies PageServerLoad;

export const actions = {
	retention: async ({ request, locals, params }) => {
		const user = requireRole(locals, 'adviser');
		const db = database();
		await campaignOr404(db, user, params.id);
		const agreed = (await formOf(request, locals)).get('agreed') === 'yes';
		if (!(await setRetention(db, user, params.id, params.personId, agreed)))
			error(404, { message: 'Candidat introuvable.' });
		redirect(
			303,
			`/conseiller/campagnes/${params.id}/candidats/${params.personId}/restitution?accord`
		);
	}
} satisfies Actions;
