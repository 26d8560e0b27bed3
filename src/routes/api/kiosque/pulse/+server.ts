import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db/instance';
import { requireKioskWrite } from '$lib/server/kiosk/api';
import { kioskPulse } from '$lib/server/kiosk/pulse';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals }) => {
	const db = database();
	return json(await kioskPulse(db, await requireKioskWrite(db, locals)));
};
