import { requireRole } from '$lib/server/auth/guard';
import { currentBattery } from '$lib/server/campaigns/battery-edit';
import { previewRun } from '$lib/server/campaigns/preview';
import { database } from '$lib/server/db/instance';
import { campaignOr404 } from '$lib/server/results/access';
import type { PageServerLoad } from './$types';

/**
 * "Essayer": one exercise of the battery exactly as a candidate sees it, with the settings the
 * battery form holds (sent here by the form's "Essayer" button), recording nothing.
 */
export const load = (async ({ locals, params, url }) => {
	const user = requireRole(locals, 'adviser');
	const campaign = await campaignOr404(database(), user, params.id);
	const preview = previewRun(
		url.searchParams.get('essayer'),
		campaign.analysis.map((a) => a.habilete),
		Object.fromEntries(url.searchParams),
		await currentBattery(database(), params.id)
	);
	return { campaign: { id: campaign.id, jobTitle: campaign.jobTitle }, preview };
}) satisfies PageServerLoad;
