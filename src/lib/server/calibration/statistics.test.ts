import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { seedDemo } from '../demo/seed';
import { testDatabases } from '../testing/db';
import { campaignCalibrationStatistics } from './statistics';

describe.each(testDatabases())('calibration statistics [$name]', ({ open }) => {
	let db: Db;
	afterEach(async () => db.destroy());

	it('gives each exercise of the demo battery its statistics from the 12 employees', async () => {
		db = await open();
		await seedDemo(db);
		const picker = await db
			.selectFrom('campaigns')
			.select('id')
			.where('job_title', 'like', 'Préparateur%')
			.executeTakeFirstOrThrow();
		const [consignes, attention] = await campaignCalibrationStatistics(db, picker.id);

		expect(consignes).toMatchObject({ exerciseId: 'consignes', n: 12, max: 20, unavailable: null });
		expect(consignes!.reliability?.method).toBe('alpha');
		// Each employee had a form of their own: items are analysed by kind (the rule deciding
		// each item), the same on every form, not by position. 20 items at difficulty 2 hold
		// 11 kinds (see consignes.server.test.ts for how a form is drawn).
		expect(consignes!.itemAnalysis).toMatchObject({ by: 'content' });
		expect(consignes!.items.map((i) => i.item)).toContain('cold>fragile');
		expect(consignes!.items.map((i) => i.item)).not.toContain('i0');
		expect(consignes!.summary!.mean).toBeGreaterThan(0);
		expect(consignes!.sem).not.toBeNull();
		// Ratings exist in the demo: all four methods are suggested.
		expect(consignes!.suggestions.map((s) => s.method)).toEqual([
			'percentile',
			'mean-minus-sd',
			'contrasting-groups',
			'lowest-confirmed'
		]);
		const p20 = consignes!.suggestions[0]!.value!;
		expect(p20).toBeGreaterThanOrEqual(consignes!.summary!.min!);
		expect(p20).toBeLessThanOrEqual(consignes!.summary!.median!);

		// Attention: people reach different numbers of trials: split-half of the trials.
		expect(attention).toMatchObject({ exerciseId: 'attention', n: 12, unavailable: null });
		expect(attention!.reliability?.method).toBe('split-half');
		expect(attention!.items).toEqual([]);
	});

	it('says when there are too few employees', async () => {
		db = await open();
		expect(await campaignCalibrationStatistics(db, 'none')).toEqual([]);
	});
});
