import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { testDatabases } from '../testing/db';
import { makeAttempt } from '../testing/factories';
import { kioskPulse } from './pulse';
import { kioskState } from './state';

describe.each(testDatabases())('kiosk pulse [$name]', ({ open }) => {
	let db: Db;
	beforeEach(async () => {
		db = await open();
	});
	afterEach(async () => db.destroy());

	it('keeps the last contact true, tells a pause and the deadlines the resume moved on', async () => {
		const { attemptId, runIds } = await makeAttempt(db, {
			exercises: [
				{ exerciseId: 'consignes', config: { itemCount: 10 } },
				{ exerciseId: 'attention', config: {} },
				{ exerciseId: 'consignes', config: { itemCount: 10 } }
			]
		});
		const [done, running, pending] = runIds as [string, string, string];
		const earlier = '2026-12-03T08:00:00.000Z';
		await db
			.updateTable('runs')
			.set({ status: 'finished', last_contact_at: earlier, deadline_at: earlier })
			.where('id', '=', done)
			.execute();
		await db
			.updateTable('runs')
			.set({ status: 'running', last_contact_at: earlier, deadline_at: '2026-12-03T09:10:00.000Z' })
			.where('id', '=', running)
			.execute();

		const now = new Date('2026-12-03T09:05:00.000Z');
		expect(await kioskPulse(db, attemptId, now)).toEqual({
			paused: false,
			deadlines: {
				[done]: Date.parse(earlier),
				[running]: Date.parse('2026-12-03T09:10:00.000Z')
			},
			serverNow: now.getTime()
		});
		const contacts = await db
			.selectFrom('runs')
			.select(['id', 'last_contact_at'])
			.where('attempt_id', '=', attemptId)
			.execute();
		const contactOf = (id: string) => contacts.find((c) => c.id === id)!.last_contact_at;
		expect(contactOf(done)).toBe(earlier);
		expect(contactOf(running)).toBe(now.toISOString());
		expect(contactOf(pending)).toBe(now.toISOString());

		// Paused by the adviser: the pulse and the kiosk's state (after a reload) both say so.
		await db
			.updateTable('attempts')
			.set({ paused_at: now.toISOString() })
			.where('id', '=', attemptId)
			.execute();
		expect((await kioskPulse(db, attemptId, now)).paused).toBe(true);
		expect((await kioskState(db, attemptId, now)).paused).toBe(true);
	});
});
