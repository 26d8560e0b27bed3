import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { seedDemo } from '../demo/seed';
import { testDatabases } from '../testing/db';
import { employeeNorms, percentileRanks } from './norms';
import { campaignResults, type ExerciseScore } from './results';

const score = (position: number, raw: number | null) =>
	({ batteryExerciseId: `be-${position}`, position, raw }) as ExerciseScore;

describe('percentile rank among the employees', () => {
	it('counts the employees below and half of those equal (by hand)', () => {
		// Employees 4, 6, 6, 8, 10: a 6 has 1 below and 2 equal → (1 + 1)/5 = 40 %; a 11 has all
		// 5 below → 100 %; a 3 none → 0 %; a 7 has 3 below → 60 %.
		const norms = new Map([['v1', new Map([[0, [4, 6, 6, 8, 10]]])]]);
		expect(percentileRanks(norms, 'v1', [score(0, 6), score(1, 12)])).toEqual({
			'be-0': 40,
			'be-1': null
		});
		expect(percentileRanks(norms, 'v1', [score(0, 11)])['be-0']).toBe(100);
		expect(percentileRanks(norms, 'v1', [score(0, 3)])['be-0']).toBe(0);
		expect(percentileRanks(norms, 'v1', [score(0, 7)])['be-0']).toBeCloseTo(60, 12);
		expect(percentileRanks(norms, 'v1', [score(0, null)])['be-0']).toBeNull();
		expect(percentileRanks(norms, 'other', [score(0, 6)])['be-0']).toBeNull();
	});
});

describe.each(testDatabases())('employee norms [$name]', ({ open }) => {
	let db: Db;
	afterEach(async () => db.destroy());

	it('holds the demo employees’ scores of the candidates’ battery version', async () => {
		db = await open();
		await seedDemo(db);
		const picker = await db
			.selectFrom('campaigns')
			.select('id')
			.where('job_title', 'like', 'Préparateur%')
			.executeTakeFirstOrThrow();
		const results = await campaignResults(db, picker.id);
		const versionId = results[0]!.batteryVersionId;
		const norms = await employeeNorms(db, [versionId]);
		const consignes = norms.get(versionId)!.get(0)!;
		expect(consignes).toHaveLength(12);
		expect(consignes).toEqual([...consignes].sort((a, b) => a - b));
		const finished = results.find((r) => r.exercises[0]!.raw !== null)!;
		const rank = percentileRanks(norms, versionId, finished.exercises)[
			finished.exercises[0]!.batteryExerciseId
		]!;
		const raw = finished.exercises[0]!.raw!;
		const below = consignes.filter((x) => x < raw).length;
		const equal = consignes.filter((x) => x === raw).length;
		expect(rank).toBeCloseTo((100 * (below + equal / 2)) / 12, 12);
		expect(await employeeNorms(db, [])).toEqual(new Map());
	});
});
