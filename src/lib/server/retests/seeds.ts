import { newSeed } from '$lib/engine/random';

/** The seeds a person's earlier runs used, by exercise id. */
export type UsedSeeds = ReadonlyMap<string, ReadonlySet<number>>;

/** Groups earlier runs' seeds by exercise. */
export function usedSeeds(runs: readonly { exerciseId: string; seed: number }[]): UsedSeeds {
	const used = new Map<string, Set<number>>();
	for (const run of runs) {
		const seeds = used.get(run.exerciseId) ?? new Set<number>();
		seeds.add(Number(run.seed));
		used.set(run.exerciseId, seeds);
	}
	return used;
}

/** Draws before giving up: with 2³² seeds, reaching it means the draw is broken. */
const MAX_DRAWS = 1000;

/**
 * A seed for a new run of `exerciseId` that none of the person's earlier runs of that exercise
 * used: their new form (items and order) is another parallel form, never one they saw.
 */
export function seedAvoiding(
	used: UsedSeeds,
	exerciseId: string,
	draw: () => number = newSeed
): number {
	const avoid = used.get(exerciseId);
	for (let i = 0; i < MAX_DRAWS; i++) {
		const seed = draw();
		if (!avoid?.has(seed)) return seed;
	}
	throw new Error(`No new seed found for ${exerciseId} in ${MAX_DRAWS} draws`);
}
