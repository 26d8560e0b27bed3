import type { BinId, SortingItem, SortingRule } from './types';

/** Whether a rule's condition holds for an item. */
export function applies(rule: SortingRule, item: SortingItem): boolean {
	switch (rule.when.attribute) {
		case 'color':
			return item.color === rule.when.equals;
		case 'mark':
			return item.marks.includes(rule.when.equals);
		case 'destination':
			return item.destination === rule.when.equals;
	}
}

/**
 * The answer key: the bin an item goes to and the rule that decides it. Rules are in priority
 * order; the first that applies wins. Rule cards always end with base rules that cover every
 * item, so an item no rule covers is a content bug.
 */
export function correctBin(
	rules: readonly SortingRule[],
	item: SortingItem
): { bin: BinId; rule: SortingRule } {
	const rule = rules.find((r) => applies(r, item));
	if (!rule) throw new Error(`No rule covers item ${item.key}`);
	return { bin: rule.bin, rule };
}
