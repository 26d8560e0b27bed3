/**
 * Parallel forms must be parallel: the forms an exercise draws from different seeds must hold
 * as many items of each kind, and be as hard for the same person, so that who passes does not
 * depend on the seed. Used by every exercise with seeded content, in its tests, with its own
 * item generator and its own bot (`simulate`) as the difficulty measure.
 */
import { mean, sd } from '$lib/psychometrics/descriptives';

export interface ParallelFormsSubject<Item> {
	/** Seeds of the forms to compare. */
	seeds: readonly number[];
	/** The test items of the form a seed draws. */
	form: (seed: number) => readonly Item[];
	/** An item's kind: what makes it easy or hard (e.g. the rule that decides it). */
	kind: (item: Item) => string;
	/**
	 * The score the exercise's bot, at one fixed skill, gets on the form of `seed` when it plays
	 * with `rngSeed` (the exercise's own `simulate`, then its `score`).
	 */
	score: (seed: number, rngSeed: number) => number;
	/**
	 * Plays of the bot per form. A form's expected score is their mean; every form is played with
	 * the same rng seeds (1 to `plays`), so that the bot's own luck differs little between forms.
	 */
	plays: number;
}

export interface ParallelFormsReport {
	/** How many items of each kind the first form holds. */
	kinds: Record<string, number>;
	/** Seeds whose form holds other numbers of items of some kind than the first form. */
	unequalKinds: number[];
	/** Seeds whose form is the very same as an earlier seed's (a retest would see it again). */
	repeatedForms: number[];
	/** Each form's expected score for the bot, in seed order. */
	expectedScores: number[];
	/** Highest minus lowest expected score: how much the form alone can move a score. */
	spread: number;
	/** Standard deviation of the expected scores across forms. */
	sd: number;
}

function countKinds<Item>(items: readonly Item[], kind: (item: Item) => string) {
	const counts: Record<string, number> = {};
	for (const item of items) counts[kind(item)] = (counts[kind(item)] ?? 0) + 1;
	return counts;
}

const sameCounts = (a: Record<string, number>, b: Record<string, number>) =>
	Object.keys(a).length === Object.keys(b).length &&
	Object.entries(a).every(([k, n]) => b[k] === n);

/**
 * Draws each seed's form and plays it, and reports how parallel the forms are. The test then
 * states its bounds: `unequalKinds` and `repeatedForms` empty, `spread` under a stated number of
 * points (part of which is the bot's own luck, shrinking as `plays` grows).
 */
export function checkParallelForms<Item>(subject: ParallelFormsSubject<Item>): ParallelFormsReport {
	const { seeds, form, kind, score, plays } = subject;
	if (seeds.length < 2) throw new RangeError('at least 2 forms are needed to compare forms');
	const forms = seeds.map((seed) => form(seed));
	const kinds = forms.map((items) => countKinds(items, kind));
	const seen = new Set<string>();
	const repeatedForms: number[] = [];
	forms.forEach((items, i) => {
		const text = JSON.stringify(items);
		if (seen.has(text)) repeatedForms.push(seeds[i]!);
		seen.add(text);
	});
	const expectedScores = seeds.map((seed) =>
		mean(Array.from({ length: plays }, (_, play) => score(seed, play + 1)))!
	);
	return {
		kinds: kinds[0]!,
		unequalKinds: seeds.filter((_, i) => !sameCounts(kinds[i]!, kinds[0]!)),
		repeatedForms,
		expectedScores,
		spread: Math.max(...expectedScores) - Math.min(...expectedScores),
		sd: sd(expectedScores) ?? 0
	};
}
