import { isHttpError } from '@sveltejs/kit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '$lib/server/db';
import { VOICE_RATE } from '$lib/server/kiosk/rate-limit';
import { testDatabases } from '$lib/server/testing/db';
import { makeAttempt } from '$lib/server/testing/factories';
import type { RequestEvent } from './$types';

const current: { db?: Db } = {};
vi.mock('$lib/server/db/instance', () => ({ database: () => current.db }));
const { GET } = await import('./+server');

describe.each(testDatabases())('GET /api/kiosque/voix [$name]', ({ open }) => {
	let attemptId: string;
	beforeEach(async () => {
		current.db = await open();
		attemptId = (await makeAttempt(current.db)).attemptId;
	});
	afterEach(async () => current.db!.destroy());

	const read = (texte: string, locals: Partial<App.Locals> = { kioskAttemptId: attemptId }) =>
		Promise.resolve()
			.then(() =>
				GET({
					url: new URL(`http://kiosk/api/kiosque/voix?${new URLSearchParams({ texte })}`),
					locals: { user: null, kioskAttemptId: null, ...locals }
				} as unknown as RequestEvent)
			)
			.then(
				(response) => response.status,
				(e: unknown) => (isHttpError(e) ? e.status : Promise.reject(e))
			);

	it('reads a text starting with a dash as text', async () => {
		expect(await read('-h')).toBe(200);
	});

	it('limits the texts read per kiosk and per minute (429), another kiosk unaffected', async () => {
		for (let i = 0; i < VOICE_RATE.max; i++) expect(await read('Bonjour.')).toBe(200);
		expect(await read('Bonjour.')).toBe(429);
		const other = (await makeAttempt(current.db!)).attemptId;
		expect(await read('Bonjour.', { kioskAttemptId: other })).toBe(200);
	});
});
