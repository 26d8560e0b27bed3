import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db/instance';
import { requireKiosk } from '$lib/server/kiosk/api';
import { kioskPulse } from '$lib/server/kiosk/pulse';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals }) =>
	json(await kioskPulse(database(), requireKiosk(locals)));
