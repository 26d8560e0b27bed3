import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { getCampaign } from '$lib/server/campaigns/queries';
import { auditIdentityView } from '$lib/server/audit/log';
import { database } from '$lib/server/db/instance';
import { qrPath } from '$lib/server/print/qr';
import { getSession, sessionCandidates } from '$lib/server/sessions/sessions';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params, url, route }) => {
	const user = requireRole(locals, 'adviser');
	const db = database();
	const campaign = await getCampaign(db, user, params.id);
	const session = campaign && (await getSession(db, campaign.id, params.sessionId));
	if (!campaign || !session) error(404, { message: 'Session introuvable.' });
	const adviser = await db
		.selectFrom('users')
		.select(['name', 'email'])
		.where('id', '=', user.id)
		.executeTakeFirstOrThrow();
	const exercises = await db
		.selectFrom('battery_exercises')
		.select('config')
		.where('battery_version_id', '=', session.batteryVersionId)
		.execute();
	// Timed parts plus about 4 minutes per exercise for its instructions and practice.
	const minutes = exercises.reduce(
		(sum, e) => sum + (JSON.parse(e.config).durationSeconds ?? 0) / 60 + 4,
		0
	);
	const candidates = await sessionCandidates(db, session.id);
	await auditIdentityView(db, user.id, {
		page: route.id,
		subjectType: 'session',
		subjectId: session.id,
		personIds: candidates.map((c) => c.personId)
	});
	return {
		campaign,
		session,
		adviser,
		minutes: Math.ceil(minutes / 15) * 15 + 15,
		convocations: candidates.map((p) => ({
			personId: p.personId,
			name: `${p.firstName} ${p.lastName}`,
			kioskCode: p.kioskCode,
			qr: qrPath(`${url.origin}/kiosque?code=${p.kioskCode}`)
		}))
	};
}) satisfies PageServerLoad;
