/**
 * Validity evidence: how a score relates to a yes/no criterion (the supervisor's rating of a
 * calibrating employee, a hire still in post at day 90, a difficulty reported at a check-point).
 * The point-biserial correlation is Pearson's r with the criterion coded 0/1; its 95 % interval
 * comes from Fisher's z transformation (Fisher 1921; Cohen, Cohen, West & Aiken 2003, § 2.8).
 */
import { correlation, mean } from './descriptives';
import { normalQuantile } from './normal';

/** Below this many pairs Fisher's interval is not defined (its SE is 1/√(n − 3)). */
export const MIN_INTERVAL_N = 4;

/** The interval of a correlation `r` over `n` pairs at `level` (0.95: 95 %), by Fisher's z. */
export function fisherInterval(
	r: number,
	n: number,
	level = 0.95
): { low: number; high: number } | null {
	if (n < MIN_INTERVAL_N || !(Math.abs(r) <= 1)) return null;
	// |r| = 1 has an infinite z: the interval is the point (what the data allow, not a proof).
	if (Math.abs(r) === 1) return { low: r, high: r };
	const z = Math.atanh(r);
	const half = normalQuantile(1 - (1 - level) / 2) / Math.sqrt(n - 3);
	return { low: Math.tanh(z - half), high: Math.tanh(z + half) };
}

export interface PointBiserial {
	/** Pairs with both a score and a known criterion. */
	n: number;
	/** How many have the criterion (coded 1), and how many not (0). */
	n1: number;
	n0: number;
	/** Mean score of each group (null when the group is empty). */
	mean1: number | null;
	mean0: number | null;
	/** Null when either group is empty or every score is equal: no correlation to speak of. */
	r: number | null;
	interval: { low: number; high: number } | null;
}

/**
 * The point-biserial correlation of `scores` with a yes/no `criterion` (null: not known, left
 * out), with its 95 % Fisher interval. Positive: those with the criterion score higher.
 */
export function pointBiserial(
	scores: readonly number[],
	criterion: readonly (boolean | null)[]
): PointBiserial {
	if (scores.length !== criterion.length)
		throw new RangeError(`paired lists differ in length (${scores.length}, ${criterion.length})`);
	const x: number[] = [];
	const y: number[] = [];
	criterion.forEach((c, i) => {
		if (c === null) return;
		x.push(scores[i]!);
		y.push(c ? 1 : 0);
	});
	const ones = x.filter((_, i) => y[i] === 1);
	const zeros = x.filter((_, i) => y[i] === 0);
	const r = ones.length && zeros.length ? correlation(x, y) : null;
	return {
		n: x.length,
		n1: ones.length,
		n0: zeros.length,
		mean1: mean(ones),
		mean0: mean(zeros),
		r,
		interval: r === null ? null : fisherInterval(r, x.length)
	};
}

/**
 * Small numbers prove nothing: the evidence is worth reading only when the interval exists and
 * each group has at least this many people. Below, the page says so in plain words.
 */
export const MIN_GROUP_FOR_EVIDENCE = 5;

/** What an adviser may conclude from a correlation and its interval. */
export type EvidenceReading = 'too-few' | 'supports' | 'contradicts' | 'inconclusive';

/**
 * `expected` is the sign validity predicts: positive for a criterion one wants (confirmé, still in
 * post), negative for one to avoid (a difficulty reported): there, scores lower among those with
 * the criterion support the exercise.
 */
export function readEvidence(
	pb: PointBiserial,
	expected: 'positive' | 'negative' = 'positive'
): EvidenceReading {
	if (!pb.interval || Math.min(pb.n1, pb.n0) < MIN_GROUP_FOR_EVIDENCE) return 'too-few';
	const sign = expected === 'positive' ? 1 : -1;
	const [low, high] =
		sign > 0 ? [pb.interval.low, pb.interval.high] : [-pb.interval.high, -pb.interval.low];
	if (low > 0) return 'supports';
	if (high < 0) return 'contradicts';
	return 'inconclusive';
}
