import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db/instance';
import { requireKiosk } from '$lib/server/kiosk/api';
import { kioskState } from '$lib/server/kiosk/state';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) =>
	json(await kioskState(database(), requireKiosk(locals)));
