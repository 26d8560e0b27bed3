/**
 * Stratified draws, so that parallel forms are parallel: what a seed draws is only which item
 * goes where, never how many items of each kind a form holds (see `testing/parallel-forms.ts`).
 */
import type { Rng } from './random';

/** `total` split into `parts` whole shares as equal as can be, the first ones taking the rest. */
export function shares(total: number, parts: number): number[] {
	return Array.from(
		{ length: parts },
		(_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0)
	);
}

/**
 * `total` kinds shared evenly among `kinds` (the first in the list take the rest: fixed by the
 * list, not by the draw), in an order the rng shuffles.
 */
export function stratifiedDeal<K>(rng: Rng, kinds: readonly K[], total: number): K[] {
	const counts = shares(total, kinds.length);
	return rng.shuffle(kinds.flatMap((kind, i) => Array.from({ length: counts[i]! }, () => kind)));
}
