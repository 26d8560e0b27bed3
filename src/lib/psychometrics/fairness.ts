/**
 * Fairness checks on pass rates, without sensitive data: groups are what Habile stores anyway
 * (an accommodation provided, the kiosk language, the session). The four-fifths rule (US EEOC
 * Uniform Guidelines on Employee Selection Procedures, 1978, § 1607.4 D) compares each group's
 * pass rate with the highest; Fisher's exact test says whether a gap that size could be chance
 * in groups this small (Agresti, *Categorical Data Analysis*, 3rd ed., § 3.5).
 */

/** One group's count: how many took the exercise, how many reached the threshold. */
export interface GroupCount {
	group: string;
	tested: number;
	passed: number;
}

/** Under this many people a group's rate is not compared (and, in aggregates, not shown). */
export const MIN_GROUP_SIZE = 5;
/** The four-fifths rule: a group's rate under 80 % of the best group's signals adverse impact. */
export const FOUR_FIFTHS = 0.8;
/** The significance level of Fisher's test. */
export const FISHER_ALPHA = 0.05;

export interface GroupComparison extends GroupCount {
	rate: number | null;
	/** Rate over the highest rate among the groups large enough; null when not compared. */
	impactRatio: number | null;
	/** Two-sided Fisher exact p of this group against all the others together. */
	fisherP: number | null;
	/** Fewer than `MIN_GROUP_SIZE`: not compared. */
	tooSmall: boolean;
	/** Below four fifths of the best group's rate. */
	adverse: boolean;
	/** Adverse, and unlikely to be chance alone (Fisher p < 0.05). */
	significant: boolean;
}

const logFactorials: number[] = [0];
function logFactorial(n: number): number {
	for (let k = logFactorials.length; k <= n; k++)
		logFactorials[k] = logFactorials[k - 1]! + Math.log(k);
	return logFactorials[n]!;
}

/**
 * Two-sided Fisher exact test of the 2×2 table [[a, b], [c, d]]: the probability, with the
 * margins fixed, of every table no more likely than the one observed — R's `fisher.test`
 * convention (tables within a relative 1e-7 of the observed probability count as equal).
 */
export function fisherExact(a: number, b: number, c: number, d: number): number {
	const row1 = a + b;
	const col1 = a + c;
	const n = a + b + c + d;
	const logP = (x: number) =>
		logFactorial(row1) +
		logFactorial(n - row1) +
		logFactorial(col1) +
		logFactorial(n - col1) -
		logFactorial(n) -
		logFactorial(x) -
		logFactorial(row1 - x) -
		logFactorial(col1 - x) -
		logFactorial(n - row1 - col1 + x);
	const observed = logP(a);
	let p = 0;
	for (let x = Math.max(0, row1 + col1 - n); x <= Math.min(row1, col1); x++) {
		const lp = logP(x);
		if (lp <= observed + Math.log1p(1e-7)) p += Math.exp(lp);
	}
	return Math.min(1, p);
}

/**
 * Each group's pass rate, its ratio to the best rate among the groups of at least
 * `MIN_GROUP_SIZE` people, and Fisher's test against the rest. Small groups are listed, not
 * compared: with 3 people one failure moves the rate by a third.
 */
export function compareGroups(groups: readonly GroupCount[]): GroupComparison[] {
	const compared = groups.filter((g) => g.tested >= MIN_GROUP_SIZE);
	const best = Math.max(0, ...compared.map((g) => g.passed / g.tested));
	const tested = groups.reduce((s, g) => s + g.tested, 0);
	const passed = groups.reduce((s, g) => s + g.passed, 0);
	return groups.map((g) => {
		const rate = g.tested ? g.passed / g.tested : null;
		const tooSmall = g.tested < MIN_GROUP_SIZE;
		const comparable = !tooSmall && compared.length >= 2 && best > 0;
		const impactRatio = comparable ? rate! / best : null;
		const othersTested = tested - g.tested;
		const fisherP =
			comparable && othersTested > 0
				? fisherExact(
						g.passed,
						g.tested - g.passed,
						passed - g.passed,
						othersTested - (passed - g.passed)
					)
				: null;
		const adverse = impactRatio !== null && impactRatio < FOUR_FIFTHS;
		return {
			...g,
			rate,
			impactRatio,
			fisherP,
			tooSmall,
			adverse,
			significant: adverse && fisherP !== null && fisherP < FISHER_ALPHA
		};
	});
}

/**
 * The suppression rule of anonymised aggregates (a k-anonymity-like rule, k = 5): a count of
 * people below `MIN_GROUP_SIZE` is not shown, nor any rate computed from it; a count of 0 is
 * shown (it reveals nobody).
 */
export function suppressed(count: number): boolean {
	return count > 0 && count < MIN_GROUP_SIZE;
}
