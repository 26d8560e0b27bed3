import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { registerPerson } from '../kiosk/attempts';
import { testDatabases } from '../testing/db';
import { makeAdviserCampaign } from '../testing/factories';
import {
	batteryLineSchema,
	currentBattery,
	exercisesFor,
	lineConfig,
	saveBattery,
	settingsOf
} from './battery-edit';

describe('exercise choices', () => {
	it('offers the exercises of an habileté with their defaults, and none where none exists', () => {
		expect(exercisesFor('consignes')).toEqual([
			expect.objectContaining({
				id: 'consignes',
				themes: ['logistique', 'soin'],
				defaults: { theme: 'logistique', difficulty: 2, durationMinutes: 6 }
			})
		]);
		expect(exercisesFor('attention')[0]?.defaults.durationMinutes).toBe(10);
		// Each exercise's own settings, as it declares them, with their defaults.
		expect(exercisesFor('consignes')[0]?.settings).toEqual([
			expect.objectContaining({ key: 'itemCount', min: 10, max: 80, default: 40 })
		]);
		expect(exercisesFor('attention')[0]?.settings).toEqual([]);
		expect(exercisesFor('negocier')).toEqual([]);
	});

	it('checks a battery line against its exercise', () => {
		const line = batteryLineSchema.parse({
			exerciseId: 'consignes',
			theme: 'soin',
			difficulty: '3',
			durationMinutes: '4.5'
		});
		expect(lineConfig(line)).toEqual({
			ok: true,
			input: {
				exerciseId: 'consignes',
				config: { theme: 'soin', difficulty: 3, durationSeconds: 270 }
			}
		});
		expect(lineConfig({ ...line, theme: 'industrie' })).toEqual({ ok: false, field: 'theme' });
		expect(lineConfig({ ...line, exerciseId: 'nope' })).toEqual({ ok: false, field: 'exerciseId' });
		expect(
			batteryLineSchema.safeParse({ ...line, durationMinutes: '0.2' }).error?.issues[0]?.message
		).toBe('battery.duration.invalid');
	});

	it("takes the exercise's own settings from the form, whole numbers within their bounds", () => {
		const line = batteryLineSchema.parse({
			exerciseId: 'consignes',
			theme: 'soin',
			difficulty: '2',
			durationMinutes: '5'
		});
		const form = { 'setting-consignes-itemCount': ' 25 ', 'setting-attention-itemCount': '99' };
		expect(settingsOf(form, 'consignes')).toEqual({ itemCount: ' 25 ' });
		expect(lineConfig(line, settingsOf(form, 'consignes'))).toMatchObject({
			ok: true,
			input: { config: { theme: 'soin', itemCount: 25 } }
		});
		for (const typed of ['9', '81', '12.5', 'douze'])
			expect(lineConfig(line, { itemCount: typed })).toEqual({
				ok: false,
				field: 'setting.itemCount'
			});
		// Left empty: the exercise's default, not stored.
		const empty = lineConfig(line, { itemCount: '' });
		expect(empty.ok && 'itemCount' in empty.input.config).toBe(false);
		// A setting the exercise does not have is ignored.
		expect(lineConfig(line, { other: '3' })).toMatchObject({ ok: true });
	});
});

describe.each(testDatabases())('battery versions [$name]', ({ open }) => {
	let db: Db;
	let adviser: SessionUser;
	let campaignId: string;
	beforeEach(async () => {
		db = await open();
		({ adviser, campaignId } = await makeAdviserCampaign(db));
	});
	afterEach(async () => db.destroy());

	const line = (theme: string) => ({
		exerciseId: 'consignes',
		config: { theme, difficulty: 2, durationSeconds: 300 }
	});

	it('changes a draft in place until someone takes it, then makes a new version', async () => {
		expect(await currentBattery(db, campaignId)).toBeNull();
		expect(await saveBattery(db, adviser, campaignId, [line('logistique')])).toEqual({
			version: 1,
			newVersion: false
		});
		expect(await saveBattery(db, adviser, campaignId, [line('soin')])).toEqual({
			version: 1,
			newVersion: false
		});
		const draft = (await currentBattery(db, campaignId))!;
		expect(draft.exercises[0]?.config).toMatchObject({
			theme: 'soin',
			durationSeconds: 300,
			itemCount: 40
		});

		await registerPerson(db, {
			campaignId,
			batteryVersionId: draft.versionId,
			kind: 'calibration'
		});
		expect((await currentBattery(db, campaignId))?.attempts).toBe(1);
		expect(await saveBattery(db, adviser, campaignId, [line('logistique')])).toEqual({
			version: 2,
			newVersion: true
		});
		// Version 1 stays, with its attempt.
		expect(
			await db.selectFrom('battery_versions').select('version').orderBy('version').execute()
		).toEqual([{ version: 1 }, { version: 2 }]);
		const audits = await db
			.selectFrom('audit_log')
			.select('action')
			.where('action', '=', 'battery.saved')
			.execute();
		expect(audits).toHaveLength(3);
	});
});
