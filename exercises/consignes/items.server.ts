import type { RunSetup } from '$lib/engine/contract';
import { createRng, type Rng } from '$lib/engine/random';
import { correctBin } from '../_sorting/rules.server';
import type { SortingItem, SortingPayload, SortingRule } from '../_sorting/types';
import type { ConsignesConfig } from './config.schema';
import { themeContent, type ThemeContent } from './content';

/** Chance that each active exception applies to an item: about 4 items in 10 fall under one. */
const EXCEPTION_RATE = [0, 0.4, 0.22, 0.16];

function applyRule(item: SortingItem, rule: SortingRule): SortingItem {
	const when = rule.when;
	if (when.attribute === 'mark') return { ...item, marks: [...item.marks, when.equals] };
	if (when.attribute === 'destination') return { ...item, destination: when.equals };
	return { ...item, color: when.equals };
}

function plainItem(
	rng: Rng,
	c: ThemeContent,
	exceptions: SortingRule[],
	index: number
): SortingItem {
	const reserved = new Set(
		exceptions.flatMap((e) => (e.when.attribute === 'destination' ? [e.when.equals] : []))
	);
	const colors = c.baseRules.map((r) => r.when.equals as SortingItem['color']);
	return {
		key: `i${index}`,
		label: String(index + 1),
		color: rng.pick(colors),
		destination: rng.pick(c.destinations.filter((d) => !reserved.has(d))),
		marks: []
	};
}

/**
 * The run's content from its config and seed (deterministic): the rule card (exceptions first,
 * in priority order, then the base rules), practice items with their answers, test items.
 */
export function buildPayload({ config, seed }: RunSetup<ConsignesConfig>): SortingPayload {
	const c = themeContent(config.theme);
	const rng = createRng(seed);
	const exceptions = c.exceptions.slice(0, config.difficulty);
	const rules = [...exceptions, ...c.baseRules];
	const rate = EXCEPTION_RATE[config.difficulty] ?? 0.2;

	const items = Array.from({ length: config.itemCount }, (_, i) => {
		let item = plainItem(rng, c, exceptions, i);
		for (const exception of exceptions) if (rng.chance(rate)) item = applyRule(item, exception);
		if (config.difficulty >= 2 && rng.chance(0.2))
			item = { ...item, marks: [...item.marks, c.distractor] };
		return item;
	});

	// Practice shows each kind of rule once: a base rule, the first exception, a base rule with
	// an irrelevant mark, then the first exception against the second (priority).
	const practiceRng = createRng(seed ^ 0x5bd1e995);
	const base = (i: number) => plainItem(practiceRng, c, exceptions, i);
	const practiceItems = [
		base(0),
		applyRule(base(1), exceptions[0]!),
		{ ...base(2), marks: [c.distractor] },
		exceptions[1]
			? applyRule(applyRule(base(3), exceptions[1]), exceptions[0]!)
			: applyRule(base(3), exceptions[0]!)
	].map((item, i) => ({ ...item, key: `p${i}`, label: String(900 + i) }));

	return {
		itemNoun: c.itemNoun,
		consigne: c.consigne,
		bins: c.bins,
		rules,
		practice: practiceItems.map((item) => {
			const { bin, rule } = correctBin(rules, item);
			return { item, bin, ruleId: rule.id };
		}),
		items
	};
}
