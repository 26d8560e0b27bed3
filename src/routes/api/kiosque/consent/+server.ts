import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { database } from '$lib/server/db/instance';
import { readJson, refuse, requireKioskWrite } from '$lib/server/kiosk/api';
import { KIOSK_COOKIE } from '$lib/server/kiosk/binding';
import { recordConsent } from '$lib/server/kiosk/state';
import type { RequestHandler } from './$types';

/** Consent is decided once: 409 once it was given, 410 once the attempt is closed to kiosks. */
export const POST: RequestHandler = async ({ request, locals, cookies }) => {
	const db = database();
	const attemptId = await requireKioskWrite(db, locals);
	const body = await readJson(request, z.object({ accepted: z.boolean() }));
	if (!body.ok) return body.response;
	if ((await recordConsent(db, attemptId, body.data.accepted)) === 'already-decided')
		return refuse(409, 'Consent was already decided for this attempt: it cannot change here.');
	if (!body.data.accepted) cookies.delete(KIOSK_COOKIE, { path: '/' });
	return json({ consent: body.data.accepted ? 'accepted' : 'refused' });
};
