import { error, fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { getCampaign } from '$lib/server/campaigns/queries';
import { auditIdentityView } from '$lib/server/audit/log';
import { readConfig } from '$lib/server/config';
import { database } from '$lib/server/db/instance';
import { formOf, parseForm } from '$lib/server/forms';
import { retestFlags } from '$lib/server/retests/matches';
import {
	candidateSchema,
	closeSession,
	getSession,
	registerCandidate,
	sessionCandidates,
	TIME_MULTIPLIERS
} from '$lib/server/sessions/sessions';
import type { Actions, PageServerLoad } from './$types';

const config = readConfig();

/** The campaign (of the adviser's agency) and its session, or 404. */
async function sessionOr404(locals: App.Locals, params: { id: string; sessionId: string }) {
	const user = requireRole(locals, 'adviser');
	const campaign = await getCampaign(database(), user, params.id);
	const session = campaign && (await getSession(database(), campaign.id, params.sessionId));
	if (!campaign || !session) error(404, { message: 'Session introuvable.' });
	return { user, campaign, session };
}

export const load = (async ({ locals, params, route }) => {
	const { user, campaign, session } = await sessionOr404(locals, params);
	const candidates = await sessionCandidates(database(), session.id);
	const flags = await retestFlags(
		database(),
		user.agency_id ?? '',
		candidates.map((c) => c.personId)
	);
	await auditIdentityView(database(), requireRole(locals, 'adviser').id, {
		page: route.id,
		subjectType: 'session',
		subjectId: session.id,
		personIds: candidates.map((c) => c.personId)
	});
	return {
		campaign,
		session,
		candidates: candidates.map((c) => ({ ...c, retest: flags.get(c.personId) ?? null })),
		multipliers: TIME_MULTIPLIERS
	};
}) satisfies PageServerLoad;

export const actions = {
	register: async ({ request, locals, params }) => {
		const { user, session } = await sessionOr404(locals, params);
		const form = parseForm(candidateSchema, await formOf(request, locals));
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
		const result = await registerCandidate(database(), user, session, form.data, new Date(), {
			retestIntervalMonths: config.RETEST_INTERVAL_MONTHS
		});
		if (!result.ok && result.reason === 'retest-too-soon')
			return fail(400, {
				message:
					result.retest.testAt > new Date().toISOString()
						? ('retest.refused.planned' as const)
						: ('retest.refused.past' as const),
				retest: result.retest,
				values: form.values
			});
		if (!result.ok)
			return fail(400, {
				message: `session.refused.${result.reason}` as const,
				values: form.values
			});
		return {
			registered: `${form.data.firstName} ${form.data.lastName}`,
			kioskCode: result.kioskCode,
			retest: result.retest
		};
	},
	close: async ({ locals, params }) => {
		const { user, session } = await sessionOr404(locals, params);
		await closeSession(database(), user, session);
		return { closed: true };
	}
} satisfies Actions;
