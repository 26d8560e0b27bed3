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
		expect(consignes!.items).toHaveLength(20);
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

	it('gives the uncertainty of each suggestion and the candidates beside the employees', async () => {
		db = await open();
		await seedDemo(db);
		const picker = await db
			.selectFrom('campaigns')
			.select('id')
			.where('job_title', 'like', 'Préparateur%')
			.executeTakeFirstOrThrow();
		const [consignes, attention] = await campaignCalibrationStatistics(db, picker.id);
		const u = consignes!.uncertainty!;
		expect(u.unstable).toBe(true); // 12 employees
		expect(u.resamples).toBe(1000);
		const p20 = consignes!.suggestions[0]!.value!;
		expect(u.intervals.percentile!.low).toBeLessThanOrEqual(p20);
		expect(u.intervals.percentile!.high).toBeGreaterThanOrEqual(p20);
		expect(u.cuts.percentile!.csem).toBeGreaterThan(0);
		expect(u.cuts.percentile!.consistency!.agreement).toBeGreaterThan(0.5);
		// The same interval on every load (seeded).
		const [again] = await campaignCalibrationStatistics(db, picker.id);
		expect(again!.uncertainty).toEqual(u);
		// Attention is scored from trials: no number of items, so no CSEM nor consistency.
		expect(attention!.uncertainty!.cuts.percentile).toMatchObject({
			csem: null,
			consistency: null
		});
		// The demo's candidates took the frozen battery: their scores are there, not counted in n.
		expect(consignes!.candidates.length).toBeGreaterThan(0);
		expect(consignes!.n).toBe(12);
	});

	it('says when there are too few employees', async () => {
		db = await open();
		expect(await campaignCalibrationStatistics(db, 'none')).toEqual([]);
	});
});
