import type { BatteryRule } from '$lib/domain/thresholds';
import type { Locale } from '$lib/domain/records';
import type { Translate } from '$lib/i18n';

/** The battery rule in one plain sentence, as every page that shows a battery score words it. */
export function batteryRuleText(rule: BatteryRule, t: Translate, locale: Locale): string {
	const number = (x: number) =>
		x.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 });
	switch (rule.kind) {
		case 'all':
			return t('thresholds.rule.all');
		case 'eliminatory-and-mean':
			return t('thresholds.rule.meanText', { min: number(rule.minMean) });
		case 'eliminatory-and-z-mean':
			return t('thresholds.rule.zMeanText', { min: number(rule.minZ) });
	}
}
