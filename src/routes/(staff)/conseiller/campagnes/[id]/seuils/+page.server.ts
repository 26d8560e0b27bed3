import { fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import {
	parseThresholdsForm,
	reopenBattery,
	saveThresholds,
	thresholdsView
} from '$lib/server/calibration/thresholds';
import { database } from '$lib/server/db/instance';
import { formOf } from '$lib/server/forms';
import { campaignOr404 } from '$lib/server/results/access';
import { sameJobEvidence } from '$lib/server/validity/validity';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load = (async ({ locals, params, url }) => {
	const user = requireRole(locals, 'adviser');
	const campaign = await campaignOr404(database(), user, params.id);
	return {
		campaign,
		view: await thresholdsView(database(), params.id, locals.locale, { uncertainty: true }),
		saved: url.searchParams.has('enregistres'),
		reopened: url.searchParams.get('nouvelle'),
		sameJob: await sameJobEvidence(database(), user.agency_id ?? '', params.id)
	};
}) satisfies PageServerLoad;

/** Saves (and with `freeze`, validates) what the form holds; refusals keep what was typed. */
async function save({ request, locals, params }: RequestEvent, freeze: boolean) {
	const user = requireRole(locals, 'adviser');
	await campaignOr404(database(), user, params.id);
	const db = database();
	const values = Object.fromEntries(
		[...(await formOf(request, locals))].map(([k, v]) => [k, String(v)])
	);
	const view = await thresholdsView(db, params.id);
	if (!view || view.versionId !== values.versionId)
		return fail(409, { message: 'thresholds.refused.changed' as const });
	const parsed = parseThresholdsForm(view, values);
	if (!parsed.ok) return fail(400, { errors: parsed.errors, values });
	const result = await saveThresholds(db, user, params.id, view.versionId, parsed.input, {
		freeze
	});
	if (result.ok) redirect(303, `/conseiller/campagnes/${params.id}/seuils?enregistres`);
	switch (result.reason) {
		// Someone else changed them: show their values (the page reloads the current ones).
		case 'conflict':
			return fail(409, { message: 'thresholds.conflict' as const });
		case 'changed':
			return fail(409, { message: 'thresholds.refused.changed' as const });
		case 'frozen':
			return fail(409, { message: 'thresholds.refused.frozen' as const });
		case 'no-results':
			return fail(400, {
				message: 'thresholds.refused.noResults' as const,
				params: { exercises: result.exercises.join(' », « ') },
				values
			});
		case 'missing':
			return fail(400, {
				message: 'thresholds.refused.missing' as const,
				params: { exercises: result.exercises.join(' », « ') },
				values
			});
		case 'passes-all':
			return fail(400, {
				message: 'thresholds.refused.passesAll' as const,
				params: { exercises: result.exercises.join(' », « ') },
				values
			});
		case 'no-norm':
			return fail(400, {
				message: 'thresholds.refused.noNorm' as const,
				params: { exercises: result.exercises.join(' », « ') },
				values
			});
	}
}

export const actions = {
	save: (event) => save(event, false),
	freeze: (event) => save(event, true),
	reopen: async ({ request, locals, params }) => {
		const user = requireRole(locals, 'adviser');
		await campaignOr404(database(), user, params.id);
		const form = await formOf(request, locals);
		const result = await reopenBattery(
			database(),
			user,
			params.id,
			String(form.get('versionId') ?? '')
		);
		if (!result.ok) return fail(409, { message: 'thresholds.refused.changed' as const });
		redirect(303, `/conseiller/campagnes/${params.id}/seuils?nouvelle=${result.version}`);
	}
} satisfies Actions;
