import { error } from '@sveltejs/kit';
import { loadFollowUp } from '$lib/server/hiring/page';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const data = await loadFollowUp(event, 'employer');
	if (!data.followUp.interview) error(404, { message: 'Aucun entretien prévu.' });
	return { ...data, interview: data.followUp.interview };
}) satisfies PageServerLoad;
