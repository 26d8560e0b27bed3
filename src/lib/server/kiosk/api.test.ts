import { isHttpError } from '@sveltejs/kit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { testDatabases } from '../testing/db';
import { makeAttempt } from '../testing/factories';
import { requireKioskRead, requireKioskWrite } from './api';
import { KIOSK_API_RATE } from './rate-limit';

/** The status a guard throws, or 'passed'. */
const statusOf = (guard: Promise<unknown>) =>
	guard.then(
		() => 'passed',
		(e: unknown) => (isHttpError(e) ? e.status : e)
	);

describe.each(testDatabases())('what a kiosk cookie may still do [$name]', ({ open }) => {
	let db: Db;
	let attemptId: string;
	beforeEach(async () => {
		db = await open();
		attemptId = (await makeAttempt(db, { consented: true })).attemptId;
	});
	afterEach(async () => db.destroy());

	const locals = () => ({ kioskAttemptId: attemptId }) as App.Locals;
	const set = (values: { status?: 'finished'; consent?: 'refused' }) =>
		db.updateTable('attempts').set(values).where('id', '=', attemptId).execute();

	it('writes while the attempt is open; 410 once it is finished or refused (reads still work)', async () => {
		expect(await statusOf(requireKioskWrite(db, locals()))).toBe('passed');
		await set({ status: 'finished' });
		expect(await statusOf(requireKioskWrite(db, locals()))).toBe(410);
		expect(await statusOf(requireKioskRead(db, locals()))).toBe('passed');
		await set({ consent: 'refused' });
		expect(await statusOf(requireKioskWrite(db, locals()))).toBe(410);
	});

	it('401 without an attempt; 429 over the per-kiosk rate, counted in the database', async () => {
		expect(await statusOf(requireKioskWrite(db, { kioskAttemptId: null } as App.Locals))).toBe(401);
		const now = new Date('2026-12-03T09:00:00Z');
		for (let i = 0; i < KIOSK_API_RATE.max; i++)
			expect(await statusOf(requireKioskRead(db, locals(), KIOSK_API_RATE, now))).toBe('passed');
		expect(await statusOf(requireKioskWrite(db, locals(), now))).toBe(429);
		// Another kiosk is not slowed down.
		const other = (await makeAttempt(db, { consented: true })).attemptId;
		expect(
			await statusOf(requireKioskWrite(db, { kioskAttemptId: other } as App.Locals, now))
		).toBe('passed');
		const later = new Date(now.getTime() + KIOSK_API_RATE.windowMs + 1);
		expect(await statusOf(requireKioskWrite(db, locals(), later))).toBe('passed');
	});
});
