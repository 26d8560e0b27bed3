import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { database } from '$lib/server/db/instance';
import { campaignOr404 } from '$lib/server/results/access';
import { exportCandidate } from '$lib/server/retention/export';
import type { RequestHandler } from './$types';

/** Everything kept about one candidate, as a JSON file to hand to them (audited). */
export const GET = (async ({ locals, params }) => {
	const user = requireRole(locals, 'adviser');
	const db = database();
	const campaign = await campaignOr404(db, user, params.id);
	const file = await exportCandidate(db, user.id, campaign.id, params.personId);
	if (!file) error(404, { message: 'Candidat introuvable.' });
	const day = file.exportedAt.slice(0, 10);
	return new Response(JSON.stringify(file, null, 2), {
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			'Content-Disposition': `attachment; filename="habile-${file.person.code}-${day}.json"`,
			'Cache-Control': 'no-store'
		}
	});
}) satisfies RequestHandler;
