import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { logIn } from '../auth/login';
import { thresholdsView } from '../calibration/thresholds';
import { testDatabases } from '../testing/db';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoKioskCodes, isEmpty, seedDemo } from './seed';

describe.each(testDatabases())('demo data [$name]', ({ open }) => {
	let db: Db;
	afterEach(async () => db.destroy());

	it('creates working demo logins and the order picker campaign, once', async () => {
		db = await open();
		expect(await isEmpty(db)).toBe(true);
		expect((await seedDemo(db)).seeded).toBe(true);
		expect(await isEmpty(db)).toBe(false);
		for (const account of DEMO_ACCOUNTS) {
			const result = await logIn(db, {
				email: account.email,
				password: DEMO_PASSWORD,
				ip: 't',
				idleMinutes: 5
			});
			expect(result.ok && result.user.role).toBe(account.role);
		}
		const picker = await db
			.selectFrom('campaigns')
			.select('id')
			.where('job_title', 'like', 'Préparateur%')
			.executeTakeFirstOrThrow();
		const analysis = await db
			.selectFrom('campaign_habiletes')
			.selectAll()
			.where('campaign_id', '=', picker.id)
			.execute();
		expect(analysis).toHaveLength(5);
		expect(analysis.every((a) => a.note.length > 20)).toBe(true);

		// Calibrated by 12 employees played by the bots, each scored on every exercise.
		const employees = await db
			.selectFrom('persons')
			.select('id')
			.where('kind', '=', 'calibration')
			.execute();
		expect(employees).toHaveLength(12);
		const scores = await db.selectFrom('scores').select(['exercise_id', 'raw', 'max']).execute();
		expect(scores).toHaveLength(24);
		const consignes = scores.filter((s) => s.exercise_id === 'consignes').map((s) => s.raw);
		expect(Math.max(...consignes)).toBeGreaterThan(Math.min(...consignes));
		expect(await demoKioskCodes(db)).toHaveLength(3);

		// Thresholds set at the employees' 20th percentile and the calibration validated.
		const thresholds = (await thresholdsView(db, picker.id))!;
		expect(thresholds.frozenAt).not.toBeNull();
		for (const line of thresholds.lines) {
			expect(line).toMatchObject({ method: 'percentile', n: 12 });
			expect(line.threshold).toBe(Math.floor(line.suggestions[0]!.value!));
		}
		expect(thresholds.lines.map((l) => l.eliminatory)).toEqual([true, false]);
		const status = await db
			.selectFrom('campaigns')
			.select('status')
			.where('id', '=', picker.id)
			.executeTakeFirstOrThrow();
		expect(status.status).toBe('open');

		expect((await seedDemo(db)).seeded).toBe(false);
		expect(await db.selectFrom('campaigns').select('id').execute()).toHaveLength(2);
	});
});
