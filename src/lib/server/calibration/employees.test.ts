import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { saveBattery } from '../campaigns/battery-edit';
import { testDatabases } from '../testing/db';
import { makeAdviserCampaign } from '../testing/factories';
import { calibrationEmployees, registerEmployees, setSupervisorRating } from './employees';

describe.each(testDatabases())('calibration employees [$name]', ({ open }) => {
	let db: Db;
	let adviser: SessionUser;
	let campaignId: string;
	beforeEach(async () => {
		db = await open();
		({ adviser, campaignId } = await makeAdviserCampaign(db));
	});
	afterEach(async () => db.destroy());

	it('needs a battery, then registers anonymous employees with kiosk codes and follows them', async () => {
		expect(await registerEmployees(db, adviser, campaignId, 2)).toEqual({
			ok: false,
			reason: 'no-battery'
		});
		await saveBattery(db, adviser, campaignId, [
			{ exerciseId: 'consignes', config: { theme: 'soin' } },
			{ exerciseId: 'attention', config: { theme: 'soin' } }
		]);
		const result = await registerEmployees(db, adviser, campaignId, 3);
		expect(result.ok && result.codes).toHaveLength(3);
		const employees = await calibrationEmployees(db, campaignId);
		expect(employees).toHaveLength(3);
		expect(employees[0]).toMatchObject({
			status: 'pending',
			runsDone: 0,
			runsTotal: 2,
			rating: null
		});
		expect(employees[0]!.code).toMatch(/^E-[34679ACDEFGHJKMNPQRTUVWXY]{6}$/);
		// Employees have no identity at all.
		expect(await db.selectFrom('identities').selectAll().execute()).toEqual([]);
		const campaign = await db.selectFrom('campaigns').select('status').executeTakeFirstOrThrow();
		expect(campaign.status).toBe('calibration');

		await db.updateTable('runs').set({ status: 'finished' }).where('position', '=', 0).execute();
		expect((await calibrationEmployees(db, campaignId))[0]).toMatchObject({
			runsDone: 1,
			runsTotal: 2
		});
	});

	it('records a supervisor rating for an employee of this campaign only', async () => {
		await saveBattery(db, adviser, campaignId, [
			{ exerciseId: 'consignes', config: { theme: 'soin' } }
		]);
		await registerEmployees(db, adviser, campaignId, 1);
		const [employee] = await calibrationEmployees(db, campaignId);
		expect(
			await setSupervisorRating(db, adviser, 'other-campaign', employee!.personId, 'confirme')
		).toBe(false);
		expect(await setSupervisorRating(db, adviser, campaignId, employee!.personId, 'confirme')).toBe(
			true
		);
		expect((await calibrationEmployees(db, campaignId))[0]?.rating).toBe('confirme');
		expect(await setSupervisorRating(db, adviser, campaignId, employee!.personId, null)).toBe(true);
		expect((await calibrationEmployees(db, campaignId))[0]?.rating).toBeNull();
	});
});
