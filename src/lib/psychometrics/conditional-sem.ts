/**
 * The conditional standard error of measurement (CSEM): the error of a score at one point of the
 * scale, here at the threshold, rather than the overall SEM that averages over everybody. Near
 * the top or the bottom of a number-correct scale a score varies less than in the middle.
 *
 * - Lord's binomial error model (Lord 1955; Lord & Novick 1968, ch. 23): a person with true
 *   proportion correct ζ answers each of n items right with probability ζ, so the error
 *   variance of a score x is estimated by x(n − x)/(n − 1).
 * - Keats' adjustment (Keats 1957): multiplied by √((1 − ρ)/(1 − KR-21)), where ρ is the
 *   exercise's reliability (α). Lord's error variance averaged over the employees equals
 *   σ²(1 − KR-21); the adjustment makes that average σ²(1 − ρ), the overall SEM².
 * - Polytomous items and scores that are not a count of items (0 to `max` over `items` items):
 *   the score is put on the number-correct scale of `items` items (x·items/max), Lord's CSEM
 *   taken there and brought back (× max/items), i.e. max·√(p(1 − p)/(items − 1)) with
 *   p = x/max, then adjusted as above (Feldt, Steffen & Gupta 1985 compare this family of
 *   methods). The adjustment is what makes it honest for such scores: without it, an item
 *   scored 0–4 would count as one right/wrong item.
 */

/** Lord's binomial CSEM of a number-correct score x on n items; `null` below 2 items. */
export function lordCsem(x: number, items: number): number | null {
	if (!(items >= 2)) return null;
	const clamped = Math.min(items, Math.max(0, x));
	return Math.sqrt((clamped * (items - clamped)) / (items - 1));
}

/** KR-21 from the mean and (population) variance of number-correct scores on n items. */
export function kr21(mean: number, variance: number, items: number): number | null {
	if (!(items >= 2) || !(variance > 0)) return null;
	return (items / (items - 1)) * (1 - (mean * (items - mean)) / (items * variance));
}

export interface ScoreScale {
	/** Items the score is made of. */
	items: number;
	/** The score's maximum (= items for right/wrong items). */
	max: number;
}

export interface CsemContext extends ScoreScale {
	/** The employees' scores, from which KR-21 is computed (population variance). */
	scores: readonly number[];
	/** The exercise's reliability; `null` when not interpretable. */
	reliability: number | null;
}

/** Mean and population variance of the scores on the number-correct scale of `items` items. */
function moments(scores: readonly number[], { items, max }: ScoreScale) {
	const x = scores.map((s) => (s * items) / max);
	const m = x.reduce((a, b) => a + b, 0) / x.length;
	const v = x.reduce((a, b) => a + (b - m) ** 2, 0) / x.length;
	return { mean: m, variance: v };
}

/**
 * Keats' factor √((1 − ρ)/(1 − KR-21)); `null` when ρ is not interpretable (null, ≤ 0 or ≥ 1)
 * or KR-21 cannot be computed or is 1 or more.
 */
export function keatsFactor(context: CsemContext): number | null {
	const { reliability: rho, items } = context;
	if (rho === null || !(rho > 0 && rho < 1) || context.scores.length < 2) return null;
	const { mean, variance } = moments(context.scores, context);
	const r21 = kr21(mean, variance, items);
	if (r21 === null || r21 >= 1) return null;
	return Math.sqrt((1 - rho) / (1 - r21));
}

/**
 * The CSEM of a score x (0 to `max`) with Keats' adjustment, on the score's own scale. `null`
 * when the adjustment cannot be made (see `keatsFactor`) or there are fewer than 2 items.
 */
export function conditionalSem(x: number, context: CsemContext): number | null {
	const factor = keatsFactor(context);
	const { items, max } = context;
	const lord = lordCsem((x * items) / max, items);
	return factor === null || lord === null ? null : (lord * max * factor) / items;
}
