/**
 * Expected decision consistency at a threshold from a single administration: the probability
 * that a person would get the same decision (reaches / does not reach the threshold) on a
 * parallel form. Subkoviak's (1976) method with the binomial error model:
 *
 * 1. each employee's true proportion is estimated by Kelley's regression toward the mean,
 *    ζ̂ = ρ·x/max + (1 − ρ)·mean/max, with ρ the exercise's reliability;
 * 2. the probability of reaching the threshold on a form of n items is the binomial
 *    P = P(X ≥ c | n, ζ̂), c the threshold on the number-correct scale, rounded up;
 * 3. the same decision twice has probability P² + (1 − P)²; the expected consistency p₀ is its
 *    mean over the employees, and Cohen's κ compares it with the chance agreement
 *    p_c = P̄² + (1 − P̄)², P̄ the mean of P.
 *
 * Scores that are not a count of right/wrong items are put on the number-correct scale of their
 * items (x·items/max), as for the conditional SEM: an approximation, said on the page.
 */
import type { ScoreScale } from './conditional-sem';

/** P(X ≥ c) for X binomial(n, p), summed from the top term down (no overflow for n ≤ 1000s). */
export function binomialAtLeast(c: number, n: number, p: number): number {
	if (c <= 0) return 1;
	if (c > n) return 0;
	if (p <= 0) return 0;
	if (p >= 1) return 1;
	// log of C(n, k)·p^k·(1 − p)^(n−k), by the recurrence between neighbouring terms.
	const logP = Math.log(p);
	const logQ = Math.log1p(-p);
	let logTerm = n * logQ; // k = 0
	let total = 0;
	for (let k = 0; k <= n; k++) {
		if (k > 0) logTerm += Math.log((n - k + 1) / k) + logP - logQ;
		if (k >= c) total += Math.exp(logTerm);
	}
	return Math.min(1, total);
}

export interface DecisionConsistency {
	/** Expected proportion of the same decision on a parallel form (p₀). */
	agreement: number;
	/** Cohen's κ against chance; `null` when everyone's decision is certain either way. */
	kappa: number | null;
	/** Expected share of employees reaching the threshold (P̄). */
	passRate: number;
}

export interface ConsistencyContext extends ScoreScale {
	scores: readonly number[];
	/** The exercise's reliability; `null` or ≤ 0 when not interpretable (then no value). */
	reliability: number | null;
}

/** Kelley's estimate of a true proportion: ρ·x + (1 − ρ)·mean, on the proportion scale. */
const kelley = (rho: number, p: number, meanP: number) => rho * p + (1 - rho) * meanP;

/** Number-correct cut on `items` items for a threshold on the score's scale (rounded up). */
function cutInItems(threshold: number, { items, max }: ScoreScale) {
	// A threshold a hair under an integer (floating point) must not move the cut to it.
	return Math.ceil((threshold * items) / max - 1e-9);
}

/** Probability that a person with score x reaches the threshold on a parallel form. */
export function passProbability(
	x: number,
	threshold: number,
	context: ConsistencyContext
): number | null {
	const { reliability: rho, scores, max, items } = context;
	if (rho === null || !(rho > 0 && rho <= 1) || scores.length === 0) return null;
	const meanP = scores.reduce((a, b) => a + b, 0) / scores.length / max;
	return binomialAtLeast(cutInItems(threshold, context), items, kelley(rho, x / max, meanP));
}

/**
 * Subkoviak's single-administration decision consistency at `threshold`, over the employees'
 * scores; `null` when reliability is not interpretable or there are no scores.
 */
export function decisionConsistency(
	threshold: number,
	context: ConsistencyContext
): DecisionConsistency | null {
	const pass = context.scores.map((x) => passProbability(x, threshold, context));
	if (pass.length === 0 || pass.some((p) => p === null)) return null;
	const probabilities = pass as number[];
	const agreement =
		probabilities.reduce((a, p) => a + p * p + (1 - p) * (1 - p), 0) / probabilities.length;
	const passRate = probabilities.reduce((a, b) => a + b, 0) / probabilities.length;
	const chance = passRate ** 2 + (1 - passRate) ** 2;
	return {
		agreement,
		kappa: chance < 1 ? (agreement - chance) / (1 - chance) : null,
		passRate
	};
}
