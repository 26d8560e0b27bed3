import type { Locale } from '$lib/domain/records';
import { formatDate } from '$lib/domain/time';
import type { Translate } from '$lib/i18n';

/** An earlier registration of the same contact, as the server tells the adviser. */
export interface EarlierShown {
	jobTitle: string;
	registeredAt: string;
	testAt: string | null;
	matchedBy: ('email' | 'phone')[];
}

/** « Préparateur, passation le mercredi 10 juin 2026 (même téléphone) ; … » */
export function earlierList(
	earlier: readonly EarlierShown[],
	t: Translate,
	locale: Locale
): string {
	return earlier
		.map((e) =>
			t(e.testAt ? 'retest.earlier.tested' : 'retest.earlier.notTested', {
				job: e.jobTitle,
				date: formatDate(e.testAt ?? e.registeredAt, locale),
				contact: t(
					e.matchedBy.length > 1
						? 'retest.contact.both'
						: e.matchedBy[0] === 'email'
							? 'retest.contact.email'
							: 'retest.contact.phone'
				)
			})
		)
		.join(' ; ');
}

/** The refusal's placeholders: the test too close, its campaign, the interval, when again. */
export function refusalParams(
	retest: {
		testAt: string;
		eligibleFrom: string;
		months: number;
		earlier: readonly EarlierShown[];
	},
	locale: Locale
): Record<string, string | number> {
	const test = retest.earlier.find((e) => e.testAt === retest.testAt) ?? retest.earlier[0];
	return {
		date: formatDate(retest.testAt, locale),
		job: test?.jobTitle ?? '',
		months: retest.months,
		eligible: formatDate(retest.eligibleFrom, locale)
	};
}
