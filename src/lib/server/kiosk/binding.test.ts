import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { zonedToUtc } from '$lib/domain/time';
import type { Db } from '../db';
import { testDatabases } from '../testing/db';
import { attachSession, makeAttempt } from '../testing/factories';
import { sessionTakeovers } from '../sessions/monitor';
import { attemptForKioskToken, openAttempt } from './binding';

describe.each(testDatabases())('opening a code on a kiosk [$name]', ({ open }) => {
	let db: Db;
	let attemptId: string;
	let code: string;
	beforeEach(async () => {
		db = await open();
		({ attemptId, kioskCode: code } = await makeAttempt(db));
	});
	afterEach(async () => db.destroy());

	const today = (time: string) => zonedToUtc('2026-12-03', time);

	it("opens only on the session's day: tomorrow's code is refused today, yesterday's too", async () => {
		await attachSession(db, attemptId, { startsAt: zonedToUtc('2026-12-04', '09:00') });
		expect(await openAttempt(db, code, { now: today('15:00') })).toEqual({
			ok: false,
			reason: 'early'
		});
		expect((await openAttempt(db, code, { now: zonedToUtc('2026-12-04', '07:00') })).ok).toBe(true);
		expect(await openAttempt(db, code, { now: zonedToUtc('2026-12-05', '08:00') })).toEqual({
			ok: false,
			reason: 'over'
		});
	});

	it('opens only so many minutes before the start when configured', async () => {
		await attachSession(db, attemptId, { startsAt: today('14:00') });
		const options = { opensMinutesBefore: 30 };
		expect(await openAttempt(db, code, { ...options, now: today('13:00') })).toMatchObject({
			reason: 'early'
		});
		expect((await openAttempt(db, code, { ...options, now: today('13:45') })).ok).toBe(true);
	});

	it('counts a takeover by another tablet for the adviser, not a reopen on the same one', async () => {
		const first = await openAttempt(db, code, { deviceId: 'tablet-a' });
		expect(first).toMatchObject({ ok: true, takeover: false });
		expect(await openAttempt(db, code, { deviceId: 'tablet-a' })).toMatchObject({
			takeover: false
		});
		const at = new Date('2026-12-03T10:12:00Z');
		const second = await openAttempt(db, code, { deviceId: 'tablet-b', now: at });
		expect(second).toMatchObject({ ok: true, takeover: true });
		// A tablet without a device cookie is another one.
		expect(await openAttempt(db, code)).toMatchObject({ takeover: true });
		const attempt = await db
			.selectFrom('attempts')
			.select(['kiosk_takeovers', 'kiosk_taken_over_at'])
			.where('id', '=', attemptId)
			.executeTakeFirstOrThrow();
		expect(Number(attempt.kiosk_takeovers)).toBe(2);
		expect(attempt.kiosk_taken_over_at).not.toBeNull();
		// Only the last tablet holds the attempt.
		expect(await attemptForKioskToken(db, first.ok ? first.token : '')).toBeNull();
	});

	it("shows a takeover on the adviser's monitor: how many, the last one", async () => {
		const sessionId = await attachSession(db, attemptId, { startsAt: today('09:00') });
		expect(await sessionTakeovers(db, sessionId)).toEqual({});
		await openAttempt(db, code, { deviceId: 'tablet-a', now: today('09:05') });
		await openAttempt(db, code, { deviceId: 'tablet-b', now: today('10:12') });
		expect(await sessionTakeovers(db, sessionId)).toEqual({
			[attemptId]: { count: 1, lastAt: today('10:12').toISOString() }
		});
	});
});
