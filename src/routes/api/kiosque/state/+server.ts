import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db/instance';
import { requireKioskRead } from '$lib/server/kiosk/api';
import { kioskState } from '$lib/server/kiosk/state';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
	const db = database();
	return json(await kioskState(db, await requireKioskRead(db, locals)));
};
