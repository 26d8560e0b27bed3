import { percentileRankInSorted, sortAscending } from '$lib/psychometrics';
import type { Db } from '../db';
import { groupBy } from '../group';
import type { ExerciseScore } from './results';

/** The employees' scores of each battery version, by exercise position, ascending. */
export type EmployeeNorms = Map<string, Map<number, number[]>>;

/** The calibration employees' finished scores of the given battery versions. */
export async function employeeNorms(db: Db, versionIds: readonly string[]): Promise<EmployeeNorms> {
	const norms: EmployeeNorms = new Map();
	if (versionIds.length === 0) return norms;
	const rows = await db
		.selectFrom('scores as s')
		.innerJoin('runs as r', 'r.id', 's.run_id')
		.innerJoin('attempts as a', 'a.id', 'r.attempt_id')
		.select(['a.battery_version_id', 'r.position', 's.raw'])
		.where('a.battery_version_id', 'in', versionIds)
		.where('a.kind', '=', 'calibration')
		.where('r.status', '=', 'finished')
		.execute();
	for (const [versionId, own] of groupBy(rows, (r) => r.battery_version_id)) {
		const byPosition = new Map<number, number[]>();
		for (const [position, runs] of groupBy(own, (r) => r.position)) {
			byPosition.set(position, sortAscending(runs.map((r) => r.raw)));
		}
		norms.set(versionId, byPosition);
	}
	return norms;
}

/**
 * Each exercise's percentile rank (0–100) of the candidate's score among the employees of the
 * same battery version: the share with a lower score, half of the equal ones counted (Crocker &
 * Algina 1986, §19.2). `null` without a score or without employees.
 */
export function percentileRanks(
	norms: EmployeeNorms,
	versionId: string,
	exercises: readonly ExerciseScore[]
): Record<string, number | null> {
	const own = norms.get(versionId);
	return Object.fromEntries(
		exercises.map((e) => {
			const sorted = own?.get(e.position);
			const rank = e.raw === null || !sorted ? null : percentileRankInSorted(sorted, e.raw);
			return [e.batteryExerciseId, rank === null ? null : 100 * rank];
		})
	);
}
