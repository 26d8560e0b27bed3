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

/**
 * What an item is, the same on every form (its content id for item analysis): the rule that
 * decides it, then the exceptions it also falls under and that rule overrides (`cold>fragile`),
 * and `+distractor` when it carries a mark no rule mentions. Items of one kind are answered by
 * the same reasoning, whatever their number, colour or destination.
 */
export function itemKind(rules: readonly SortingRule[], item: SortingItem): string {
	const { rule } = correctBin(rules, item);
	const overridden = rules
		.slice(rules.indexOf(rule) + 1)
		.filter((r) => r.kind === 'exception' && applies(r, item));
	const mentioned = new Set(
		rules.flatMap((r) => (r.when.attribute === 'mark' ? [r.when.equals] : []))
	);
	const distractor = item.marks.some((m) => !mentioned.has(m));
	return [rule, ...overridden].map((r) => r.id).join('>') + (distractor ? '+distractor' : '');
}
