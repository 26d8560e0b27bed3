import { zonedDate } from '$lib/domain/time';
import { translator } from '$lib/i18n';
import { requireRole } from '$lib/server/auth/guard';
import { audit } from '$lib/server/audit/log';
import { database } from '$lib/server/db/instance';
import { campaignOr404, sessionFilterOr404 } from '$lib/server/results/access';
import { resultsCsv } from '$lib/server/results/csv';
import { campaignResults, latestFrozenBattery, resultColumns } from '$lib/server/results/results';
import type { RequestHandler } from './$types';

/** The results of the campaign (or of one session) as a CSV file, by candidate code. */
export const GET = (async ({ locals, params, url }) => {
	const user = requireRole(locals, 'adviser');
	const db = database();
	const campaign = await campaignOr404(db, user, params.id);
	const session = await sessionFilterOr404(db, campaign.id, url.searchParams.get('session'));
	const [battery, results] = await Promise.all([
		latestFrozenBattery(db, campaign.id),
		campaignResults(db, campaign.id, { sessionId: session?.id })
	]);
	const csv = resultsCsv(results, resultColumns(results, battery), translator(locals.locale));
	await audit(db, {
		actorId: user.id,
		action: 'results.exported',
		subjectType: session ? 'session' : 'campaign',
		subjectId: session?.id ?? campaign.id,
		details: { format: 'csv', rows: results.length }
	});
	const day = zonedDate();
	const name = campaign.jobTitle
		.normalize('NFD')
		.replace(/[^\w]+/g, '-')
		.replace(/^-|-$/g, '')
		.toLowerCase();
	return new Response(csv, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="resultats-${name}-${day}.csv"`,
			'Cache-Control': 'no-store'
		}
	});
}) satisfies RequestHandler;
