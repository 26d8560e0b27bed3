/**
 * The retest interval: someone who took the exercises is not tested again on them before a number
 * of months, since practice makes a second score higher without the ability having changed
 * (practice effects: Hausknecht et al., 2007, about a quarter of a standard deviation).
 */

/** The interval when `RETEST_INTERVAL_MONTHS` is not set. */
export const DEFAULT_RETEST_INTERVAL_MONTHS = 6;

/**
 * The same instant `months` calendar months later (UTC): the day is kept, or the month's last
 * day when it has fewer (31 August + 6 months = 28 February, or 29 in a leap year).
 */
export function addMonths(at: Date, months: number): Date {
	const year = at.getUTCFullYear();
	const month = at.getUTCMonth() + months;
	const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
	return new Date(
		Date.UTC(
			year,
			month,
			Math.min(at.getUTCDate(), lastDay),
			at.getUTCHours(),
			at.getUTCMinutes(),
			at.getUTCSeconds(),
			at.getUTCMilliseconds()
		)
	);
}

export type RetestVerdict =
	| { ok: true }
	| {
			ok: false;
			/** The test too close to the new one (the latest, when several are). */
			testAt: string;
			/** From when the person may be tested again. */
			eligibleFrom: string;
	  };

/**
 * Whether a person may be tested at `startsAt` given the dates of their other tests (taken, or
 * planned in a session to come): each must be at least `months` away, before or after. With
 * `months` 0 the rule is off.
 */
export function retestVerdict(
	testDates: readonly string[],
	startsAt: string,
	months: number
): RetestVerdict {
	if (months <= 0) return { ok: true };
	const at = new Date(startsAt);
	const tooClose = testDates
		.map((d) => new Date(d))
		.filter((d) => at < addMonths(d, months) && d < addMonths(at, months))
		.sort((a, b) => b.getTime() - a.getTime());
	const latest = tooClose[0];
	if (!latest) return { ok: true };
	return {
		ok: false,
		testAt: latest.toISOString(),
		eligibleFrom: addMonths(latest, months).toISOString()
	};
}
