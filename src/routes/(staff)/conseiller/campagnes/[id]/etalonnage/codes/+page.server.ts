import { error } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { getCampaign } from '$lib/server/campaigns/queries';
import { calibrationEmployees } from '$lib/server/calibration/employees';
import { database } from '$lib/server/db/instance';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
	const user = requireRole(locals, 'adviser');
	const campaign = await getCampaign(database(), user, params.id);
	if (!campaign) error(404, { message: 'Campagne introuvable.' });
	const employees = await calibrationEmployees(database(), params.id);
	return {
		campaign,
		slips: employees.filter((e) => e.status !== 'finished' && e.status !== 'refused')
	};
}) satisfies PageServerLoad;
