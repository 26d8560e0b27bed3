import { followUpActions, loadFollowUp, trainingAction } from '$lib/server/hiring/page';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => loadFollowUp(event, 'adviser')) satisfies PageServerLoad;

export const actions = {
	...followUpActions('adviser'),
	training: trainingAction
} satisfies Actions;
