import { followUpActions, loadFollowUp } from '$lib/server/hiring/page';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => loadFollowUp(event, 'employer')) satisfies PageServerLoad;

export const actions = followUpActions('employer') satisfies Actions;
