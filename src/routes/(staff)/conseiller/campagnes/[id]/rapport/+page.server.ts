import { requireRole } from '$lib/server/auth/guard';
import { database } from '$lib/server/db/instance';
import { campaignOr404 } from '$lib/server/results/access';
import {
	campaignResults,
	frozenBatteries,
	funnel,
	latestFrozenBattery,
	resultColumns
} from '$lib/server/results/results';
import type { PageServerLoad } from './$types';

/** The printable campaign report: figures and candidates by code, never a name. */
export const load = (async ({ locals, params }) => {
	const user = requireRole(locals, 'adviser');
	const db = database();
	const campaign = await campaignOr404(db, user, params.id);
	const results = await campaignResults(db, campaign.id);
	const used = [...new Set(results.map((r) => r.batteryVersionId))];
	const latest = await latestFrozenBattery(db, campaign.id);
	const batteries = used.length
		? [...(await frozenBatteries(db, used)).values()].sort((a, b) => a.version - b.version)
		: latest
			? [latest]
			: [];
	return {
		campaign,
		madeAt: new Date().toISOString(),
		funnel: funnel(results),
		batteries,
		columns: resultColumns(results, latest),
		results: results.map((r) => ({
			attemptId: r.attemptId,
			code: r.code,
			sessionStartsAt: r.sessionStartsAt,
			status: r.status,
			progress: r.progress,
			decision: r.decision?.decision ?? null,
			exercises: r.exercises.map((e) => ({
				key: `${e.position}:${e.exerciseId}`,
				raw: e.raw,
				threshold: e.threshold
			}))
		}))
	};
}) satisfies PageServerLoad;
