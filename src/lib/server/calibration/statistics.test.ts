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

	it('says why reliability failed and still gives the distribution and the suggestions', async () => {
		db = await open();
		await seedDemo(db);
		const picker = await db
			.selectFrom('campaigns')
			.select('id')
			.where('job_title', 'like', 'Préparateur%')
			.executeTakeFirstOrThrow();
		// Every employee gets the first employee's consignes score: all totals equal.
		const scores = await db
			.selectFrom('scores as s')
			.innerJoin('runs as r', 'r.id', 's.run_id')
			.innerJoin('attempts as a', 'a.id', 'r.attempt_id')
			.innerJoin('persons as p', 'p.id', 'a.person_id')
			.select(['s.run_id', 's.raw', 's.items'])
			.where('p.campaign_id', '=', picker.id)
			.where('a.kind', '=', 'calibration')
			.where('r.position', '=', 0)
			.execute();
		const first = scores[0]!;
		await db
			.updateTable('scores')
			.set({ raw: first.raw, items: first.items })
			.where(
				'run_id',
				'in',
				scores.map((s) => s.run_id)
			)
			.execute();
		const [consignes] = await campaignCalibrationStatistics(db, picker.id);
		expect(consignes).toMatchObject({
			unavailable: null,
			reliabilityError: 'zero-variance-total',
			reliability: null,
			sem: null
		});
		expect(consignes!.summary).toMatchObject({ n: 12, sd: 0, min: first.raw, max: first.raw });
		expect(consignes!.suggestions[0]).toMatchObject({ method: 'percentile', value: first.raw });
	});

	it('says when there are too few employees', async () => {
		db = await open();
		expect(await campaignCalibrationStatistics(db, 'none')).toEqual([]);
	});
});
