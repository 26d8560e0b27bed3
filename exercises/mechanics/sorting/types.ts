import { z } from 'zod';
import type { ContentText } from '$lib/engine/contract';
import { contentTextSchema } from '$lib/engine/contract.schema';

/**
 * The rule-based sorting mechanic shared by `consignes` (a fixed rule card with exceptions and
 * priorities) and `adaptation` (rules that change during the exercise).
 */

export const textSchema = contentTextSchema;
export type Text = ContentText;

export const BIN_IDS = ['A', 'B', 'C', 'D'] as const;
export const binIdSchema = z.enum(BIN_IDS);
export type BinId = z.infer<typeof binIdSchema>;

/** A pictogram label an item can carry (fragile, cold, heavy, …). */
export const markSchema = z.enum(['fragile', 'cold', 'heavy', 'urgent', 'locked']);
export type Mark = z.infer<typeof markSchema>;

/** What the person sees of one item: its look, never its bin. */
export const sortingItemSchema = z.object({
	key: z.string(),
	/** Visible reference text on the item, e.g. `Colis 17`. */
	label: z.string(),
	/** Colour of the item's label (a base-rule attribute). */
	color: z.enum(['blue', 'green', 'yellow', 'red']),
	/** Destination or service code printed on the item. */
	destination: z.string(),
	marks: z.array(markSchema)
});
export type SortingItem = z.infer<typeof sortingItemSchema>;

/** One line of the rule card. `when` is what the item must have for the rule to apply. */
export const sortingRuleSchema = z.object({
	id: z.string(),
	/** base: the general rule; exception: overrides base rules (and lower-priority exceptions). */
	kind: z.enum(['base', 'exception']),
	when: z.discriminatedUnion('attribute', [
		z.object({ attribute: z.literal('color'), equals: sortingItemSchema.shape.color }),
		z.object({ attribute: z.literal('mark'), equals: markSchema }),
		z.object({ attribute: z.literal('destination'), equals: z.string() })
	]),
	bin: binIdSchema,
	text: textSchema
});
export type SortingRule = z.infer<typeof sortingRuleSchema>;

export const binSchema = z.object({ id: binIdSchema, name: textSchema });

/** A practice item carries its answer: practice gives feedback and is not scored. */
export const practiceItemSchema = z.object({
	item: sortingItemSchema,
	bin: binIdSchema,
	/** The rule that applies, to explain the feedback. */
	ruleId: z.string()
});
export type PracticeItem = z.infer<typeof practiceItemSchema>;

export const sortingPayloadSchema = z.object({
	/** What the items are called (Colis, Boîte…) and the spoken instructions. */
	itemNoun: textSchema,
	consigne: z.array(textSchema).min(1),
	bins: z.array(binSchema).min(2).max(4),
	/** In priority order: the first rule that applies decides. */
	rules: z.array(sortingRuleSchema).min(2).max(8),
	practice: z.array(practiceItemSchema).min(1).max(8),
	items: z.array(sortingItemSchema).min(1)
});
export type SortingPayload = z.infer<typeof sortingPayloadSchema>;

/** Entries the sorting machine logs. */
export const sortingEventSchemas = {
	'item.presented': z.strictObject({ item: z.string(), index: z.int().min(0) }),
	'item.placed': z.strictObject({ item: z.string(), bin: binIdSchema }),
	'practice.placed': z.strictObject({ item: z.string(), bin: binIdSchema, correct: z.boolean() })
};
