import type { RunSetup } from '$lib/engine/contract';
import { shares } from '$lib/engine/forms';
import { createRng, type Rng } from '$lib/engine/random';
import { correctBin } from '../mechanics/sorting/rules.server';
import type { SortingItem, SortingPayload, SortingRule } from '../mechanics/sorting/types';
import type { ConsignesConfig } from './config.schema';
import { themeContent, type ThemeContent } from './content';

/**
 * The current form rule (see `ExerciseServer.formVersion`). 1: each item fell under each
 * exception by its own random draw (5 to 27 exceptions in a 40-item form); 2: stratified, every
 * form has as many items of each kind.
 */
export const FORM_VERSION = 2;

/** Share of the items that fall under an exception (what the draw of form 1 gave on average). */
export const EXCEPTION_SHARE = 0.4;
/** From difficulty 2: share of the items under two exceptions, where priority decides. */
export const CONFLICT_SHARE = 0.05;
/** From difficulty 2: share of the items that carry a mark no rule mentions. */
export const DISTRACTOR_SHARE = 0.2;

/** Form 1: chance that each active exception applies to an item. */
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
	index: number,
	color?: SortingItem['color']
): SortingItem {
	const reserved = new Set(
		exceptions.flatMap((e) => (e.when.attribute === 'destination' ? [e.when.equals] : []))
	);
	const colors = c.baseRules.map((r) => r.when.equals as SortingItem['color']);
	return {
		key: `i${index}`,
		label: String(index + 1),
		color: color ?? rng.pick(colors),
		destination: rng.pick(c.destinations.filter((d) => !reserved.has(d))),
		marks: []
	};
}

/** What decides an item's answer: its base rule (its colour), the exceptions, a distractor. */
interface ItemSpec {
	color: SortingItem['color'];
	/** In priority order: the first decides. */
	exceptions: SortingRule[];
	distractor: boolean;
}

/**
 * The kinds of a form and how many items of each, fixed by the config alone: n·0.4 items under
 * an exception (from difficulty 2, n·0.05 of them under two, in turn for each pair), shared
 * evenly between the exceptions, the rest shared evenly between the base rules; from difficulty
 * 2, n·0.2 items with a distractor, shared the same way between base and single-exception
 * items. Only which item is where, the colour under an exception and the destinations are drawn.
 */
export function formSpecs(c: ThemeContent, exceptions: SortingRule[], n: number, rng: Rng) {
	const pairs = exceptions.flatMap((e, i) => exceptions.slice(i + 1).map((f) => [e, f]));
	const conflicts = pairs.length ? Math.round(n * CONFLICT_SHARE) : 0;
	const underExceptions = Math.round(n * EXCEPTION_SHARE);
	const single = underExceptions - conflicts;
	const base = n - underExceptions;
	const distractors = exceptions.length >= 2 ? Math.round(n * DISTRACTOR_SHARE) : 0;
	const baseDistractors = Math.round((distractors * base) / (base + single));

	const colors = c.baseRules.map((r) => r.when.equals as SortingItem['color']);
	let round: SortingItem['color'][] = [];
	const dealColor = () => {
		if (round.length === 0) round = rng.shuffle(colors);
		return round.pop()!;
	};
	const specs: ItemSpec[] = [];
	const baseCounts = shares(base, colors.length);
	const baseMarked = shares(baseDistractors, colors.length);
	colors.forEach((color, i) => {
		for (let k = 0; k < baseCounts[i]!; k++)
			specs.push({ color, exceptions: [], distractor: k < baseMarked[i]! });
	});
	const singleCounts = shares(single, exceptions.length);
	const singleMarked = shares(distractors - baseDistractors, exceptions.length);
	exceptions.forEach((exception, i) => {
		for (let k = 0; k < singleCounts[i]!; k++)
			specs.push({ color: dealColor(), exceptions: [exception], distractor: k < singleMarked[i]! });
	});
	for (let k = 0; k < conflicts; k++)
		specs.push({ color: dealColor(), exceptions: pairs[k % pairs.length]!, distractor: false });
	return rng.shuffle(specs);
}

function stratifiedItems(
	rng: Rng,
	c: ThemeContent,
	exceptions: SortingRule[],
	n: number
): SortingItem[] {
	return formSpecs(c, exceptions, n, rng).map((spec, i) => {
		let item = plainItem(rng, c, exceptions, i, spec.color);
		for (const exception of spec.exceptions) item = applyRule(item, exception);
		return spec.distractor ? { ...item, marks: [...item.marks, c.distractor] } : item;
	});
}

/** Form 1, kept so that runs drawn with it rescore against the items they showed. */
function randomItems(
	rng: Rng,
	c: ThemeContent,
	exceptions: SortingRule[],
	config: ConsignesConfig
): SortingItem[] {
	const rate = EXCEPTION_RATE[config.difficulty] ?? 0.2;
	return Array.from({ length: config.itemCount }, (_, i) => {
		let item = plainItem(rng, c, exceptions, i);
		for (const exception of exceptions) if (rng.chance(rate)) item = applyRule(item, exception);
		if (config.difficulty >= 2 && rng.chance(0.2))
			item = { ...item, marks: [...item.marks, c.distractor] };
		return item;
	});
}

/**
 * The run's content from its config, seed and form version (deterministic): the rule card
 * (exceptions first, in priority order, then the base rules), practice items with their
 * answers, test items.
 */
export function buildPayload({
	config,
	seed,
	formVersion = FORM_VERSION
}: RunSetup<ConsignesConfig>): SortingPayload {
	const c = themeContent(config.theme);
	const rng = createRng(seed);
	const exceptions = c.exceptions.slice(0, config.difficulty);
	const rules = [...exceptions, ...c.baseRules];
	const items =
		formVersion === 1
			? randomItems(rng, c, exceptions, config)
			: stratifiedItems(rng, c, exceptions, config.itemCount);

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
