import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { getCampaign } from '$lib/server/campaigns/queries';
import { campaignCalibrationStatistics } from '$lib/server/calibration/statistics';
import { currentBattery } from '$lib/server/campaigns/battery-edit';
import { database } from '$lib/server/db/instance';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
	const user = requireRole(locals, 'adviser');
	const campaign = await getCampaign(database(), user, params.id);
	if (!campaign) error(404, { message: 'Campagne introuvable.' });
	return {
		campaign,
		/** Validated: these figures are live, the thresholds rest on those frozen then. */
		frozen: (await currentBattery(database(), params.id))?.frozen ?? false,
		exercises: await campaignCalibrationStatistics(database(), params.id, locals.locale)
	};
}) satisfies PageServerLoad;
