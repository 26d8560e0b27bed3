import { json } from '@sveltejs/kit';
import { kioskPreferencesSchema } from '$lib/domain/kiosk';
import { database } from '$lib/server/db/instance';
import { readJson, requireKioskWrite } from '$lib/server/kiosk/api';
import { savePreferences } from '$lib/server/kiosk/state';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, locals }) => {
	const db = database();
	const attemptId = await requireKioskWrite(db, locals);
	const body = await readJson(request, kioskPreferencesSchema);
	if (!body.ok) return body.response;
	await savePreferences(db, attemptId, body.data);
	return json({ preferences: body.data });
};
