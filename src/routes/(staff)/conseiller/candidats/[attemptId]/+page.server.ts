import { requireRole } from '$lib/server/auth/guard';
import { auditIdentityView } from '$lib/server/audit/log';
import { database } from '$lib/server/db/instance';
import { followUpActions, loadFollowUp, trainingAction } from '$lib/server/hiring/page';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const data = await loadFollowUp(event, 'adviser');
	await auditIdentityView(database(), requireRole(event.locals, 'adviser').id, {
		page: event.route.id,
		subjectType: 'person',
		subjectId: data.personId,
		personIds: [data.personId]
	});
	return data;
}) satisfies PageServerLoad;

export const actions = {
	...followUpActions('adviser'),
	training: trainingAction
} satisfies Actions;
