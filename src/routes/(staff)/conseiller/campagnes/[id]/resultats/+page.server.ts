import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { decisionSchema } from '$lib/domain/shortlist';
import { profileBars } from '$lib/domain/profile';
import { requireRole } from '$lib/server/auth/guard';
import { auditIdentityView } from '$lib/server/audit/log';
import { database } from '$lib/server/db/instance';
import { formOf, parseForm } from '$lib/server/forms';
import { retestFlags } from '$lib/server/retests/matches';
import { campaignOr404, sessionFilterOr404 } from '$lib/server/results/access';
import {
	BULK_ACTIONS,
	bulkDecide,
	bulkTargets,
	recordDecision,
	type BulkAction
} from '$lib/server/results/decisions';
import {
	campaignResults,
	funnel,
	identitiesOf,
	latestFrozenBattery,
	resultColumns
} from '$lib/server/results/results';
import { employeeNorms, percentileRanks } from '$lib/server/results/norms';
import { listSessions } from '$lib/server/sessions/sessions';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url, route }) => {
	const user = requireRole(locals, 'adviser');
	const db = database();
	const campaign = await campaignOr404(db, user, params.id);
	const session = await sessionFilterOr404(db, campaign.id, url.searchParams.get('session'));
	const [sessions, battery, results] = await Promise.all([
		listSessions(db, campaign.id),
		latestFrozenBattery(db, campaign.id),
		campaignResults(db, campaign.id, { sessionId: session?.id })
	]);
	const personIds = results.map((r) => r.personId);
	const [names, norms, retests] = await Promise.all([
		identitiesOf(db, personIds),
		employeeNorms(db, [...new Set(results.map((r) => r.batteryVersionId))]),
		retestFlags(db, user.agency_id ?? '', personIds)
	]);
	await auditIdentityView(db, user.id, {
		page: route.id,
		subjectType: session ? 'session' : 'campaign',
		subjectId: session?.id ?? campaign.id,
		personIds: [...names.keys()]
	});
	return {
		campaign,
		sessions,
		sessionId: session?.id ?? '',
		frozen: battery !== null,
		rule: battery?.rule ?? null,
		columns: resultColumns(results, battery),
		summary: funnel(results),
		candidates: results.map((r) => {
			const name = names.get(r.personId);
			return {
				...r,
				name: name ? `${name.firstName} ${name.lastName}` : null,
				retest: retests.get(r.personId) ?? null,
				profile: profileBars(r.exercises),
				percentileRanks: percentileRanks(norms, r.batteryVersionId, r.exercises)
			};
		}),
		bulk: Object.fromEntries(
			(Object.keys(BULK_ACTIONS) as BulkAction[]).map((a) => [a, bulkTargets(results, a).length])
		) as Record<BulkAction, number>,
		decided: url.searchParams.get('decision'),
		bulkDone: url.searchParams.get('groupees'),
		erased: url.searchParams.get('efface')
	};
}) satisfies PageServerLoad;

/** Back to the page as it was filtered, showing what was done. */
function back(campaignId: string, sessionId: string, done: Record<string, string>, hash = '') {
	const query = new URLSearchParams({ ...(sessionId ? { session: sessionId } : {}), ...done });
	return `/conseiller/campagnes/${campaignId}/resultats?${query}${hash}`;
}

const bulkSchema = z.object({
	action: z.enum(Object.keys(BULK_ACTIONS) as [BulkAction, ...BulkAction[]]),
	session: z.string().optional()
});

export const actions = {
	decide: async ({ request, locals, params }) => {
		const user = requireRole(locals, 'adviser');
		const db = database();
		await campaignOr404(db, user, params.id);
		const form = await formOf(request, locals);
		const personId = String(form.get('personId') ?? '');
		const sessionId = String(form.get('session') ?? '');
		const parsed = parseForm(decisionSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values, personId });
		const result = await recordDecision(db, user, params.id, personId, parsed.data);
		if (!result.ok) {
			if (result.reason === 'not-found') error(404, { message: 'Candidat introuvable.' });
			return fail(409, {
				message: 'shortlist.refused.notFinished' as const,
				values: parsed.values,
				personId
			});
		}
		redirect(303, back(params.id, sessionId, { decision: personId }, `#c-${personId}`));
	},
	bulk: async ({ request, locals, params }) => {
		const user = requireRole(locals, 'adviser');
		const db = database();
		await campaignOr404(db, user, params.id);
		const parsed = parseForm(bulkSchema, await formOf(request, locals));
		if (!parsed.ok) error(400, { message: 'Action inconnue.' });
		const session = await sessionFilterOr404(db, params.id, parsed.data.session);
		const count = await bulkDecide(db, user, params.id, parsed.data.action, {
			sessionId: session?.id
		});
		redirect(303, back(params.id, session?.id ?? '', { groupees: String(count) }));
	}
} satisfies Actions;
