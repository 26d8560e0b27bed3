import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { database } from '$lib/server/db/instance';
import { readJson, requireKiosk } from '$lib/server/kiosk/api';
import { KIOSK_COOKIE } from '$lib/server/kiosk/binding';
import { recordConsent } from '$lib/server/kiosk/state';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, locals, cookies }) => {
	const attemptId = requireKiosk(locals);
	const body = await readJson(request, z.object({ accepted: z.boolean() }));
	if (!body.ok) return body.response;
	await recordConsent(database(), attemptId, body.data.accepted);
	if (!body.data.accepted) cookies.delete(KIOSK_COOKIE, { path: '/' });
	return json({ consent: body.data.accepted ? 'accepted' : 'refused' });
};
