import { kioskPreferencesSchema } from '$lib/domain/kiosk';
import { accommodationsSchema } from '$lib/domain/records';
import { compareGroups, type GroupComparison } from '$lib/psychometrics/fairness';

/**
 * The groups fairness is checked on: only what Habile stores anyway. The time multiplier is
 * coarsened to standard / extra time (a rare 1.75 would single a person out in an aggregate).
 */
export const FAIRNESS_DIMENSIONS = ['time', 'spoken', 'language'] as const;
export type FairnessDimension = (typeof FAIRNESS_DIMENSIONS)[number];
/** The whole battery's result (admis), beside each exercise's. */
export const BATTERY = 'battery';

export type Groups = Record<FairnessDimension, string>;

/** A candidate's groups, from the attempt's stored accommodations and kiosk preferences (JSON). */
export function groupsOf(accommodations: string, preferences: string | null): Groups {
	const a = accommodationsSchema.parse(JSON.parse(accommodations));
	const p = preferences ? kioskPreferencesSchema.safeParse(JSON.parse(preferences)).data : null;
	return {
		time: a.timeMultiplier > 1 ? 'extra' : 'standard',
		spoken: a.spokenInstructions ? 'yes' : 'no',
		language: p?.locale ?? 'unknown'
	};
}

/** One finished candidate: their groups and, per exercise id and for the battery, pass or not. */
export interface CandidateFacts {
	sessionId: string | null;
	groups: Groups;
	/** Exercise id (or `battery`) → reached the threshold (admis, for the battery). */
	passes: Record<string, boolean>;
}

/** One cell of an aggregate: how many took `exercise` in this group, how many passed. */
export interface AggregateCell {
	exercise: string;
	dimension: FairnessDimension | 'session';
	group: string;
	tested: number;
	passed: number;
}

const keyOf = (c: Omit<AggregateCell, 'tested' | 'passed'>) =>
	`${c.exercise}\u0000${c.dimension}\u0000${c.group}`;

/** Adds cells to cells (the same exercise, dimension and group are summed). */
export function mergeCells(...lists: readonly AggregateCell[][]): AggregateCell[] {
	const merged = new Map<string, AggregateCell>();
	for (const cell of lists.flat()) {
		const key = keyOf(cell);
		const into = merged.get(key);
		if (into) {
			into.tested += cell.tested;
			into.passed += cell.passed;
		} else merged.set(key, { ...cell });
	}
	return [...merged.values()];
}

/** Counts candidates by exercise, dimension and group; by session too when `withSessions`. */
export function tally(facts: readonly CandidateFacts[], withSessions = false): AggregateCell[] {
	const cells: AggregateCell[] = [];
	for (const f of facts)
		for (const [exercise, pass] of Object.entries(f.passes)) {
			const passed = pass ? 1 : 0;
			for (const dimension of FAIRNESS_DIMENSIONS)
				cells.push({ exercise, dimension, group: f.groups[dimension], tested: 1, passed });
			if (withSessions && f.sessionId)
				cells.push({ exercise, dimension: 'session', group: f.sessionId, tested: 1, passed });
		}
	return mergeCells(cells);
}

export interface FairnessTable {
	exercise: string;
	dimension: AggregateCell['dimension'];
	groups: GroupComparison[];
}

/** The comparison of every dimension and exercise, groups in a stable order. */
export function fairnessTables(
	cells: readonly AggregateCell[],
	exercises: readonly string[]
): FairnessTable[] {
	const tables: FairnessTable[] = [];
	for (const dimension of [...FAIRNESS_DIMENSIONS, 'session'] as const)
		for (const exercise of exercises) {
			const own = cells
				.filter((c) => c.dimension === dimension && c.exercise === exercise)
				.sort((a, b) => a.group.localeCompare(b.group));
			if (own.length === 0) continue;
			tables.push({
				exercise,
				dimension,
				groups: compareGroups(own.map(({ group, tested, passed }) => ({ group, tested, passed })))
			});
		}
	return tables;
}

/** A group an exercise seems to disadvantage: below four fifths of the best group's rate. */
export interface FairnessWarning {
	exercise: string;
	dimension: AggregateCell['dimension'];
	group: string;
	rate: number;
	best: number;
	/** Unlikely to be chance (Fisher p < 0.05): a warning; otherwise a caution to watch. */
	significant: boolean;
}

/** Every adverse group of every table, the significant ones first. */
export function fairnessWarnings(tables: readonly FairnessTable[]): FairnessWarning[] {
	const warnings: FairnessWarning[] = [];
	for (const table of tables) {
		const best = Math.max(
			...table.groups.filter((g) => !g.tooSmall && g.rate !== null).map((g) => g.rate!)
		);
		for (const g of table.groups)
			if (g.adverse)
				warnings.push({
					exercise: table.exercise,
					dimension: table.dimension,
					group: g.group,
					rate: g.rate!,
					best,
					significant: g.significant
				});
	}
	return warnings.sort((a, b) => Number(b.significant) - Number(a.significant));
}
