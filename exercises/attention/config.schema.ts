/**
 * Configuration, kiosk payload and log entries of the attention exercise. Test items carry only
 * how they look, never whether they are defective. The server validates with these schemas; the
 * kiosk imports only their types, so that it does not load zod.
 */
import { z } from 'zod';
import { baseConfigShape, type EventSchemas } from '$lib/engine/contract.schema';
import { lookSchema } from './content.schema';
import { ATTENTION_THEMES, levelFor } from './content';

const MAX_ITEMS = 1000;

export const configSchema = z
	.object({
		...baseConfigShape,
		theme: z.enum(ATTENTION_THEMES).default('industrie'),
		durationSeconds: baseConfigShape.durationSeconds.default(600),
		/** When left out: enough items to fill the duration at the difficulty's pace. */
		itemCount: baseConfigShape.itemCount.optional()
	})
	.transform((config) => ({
		...config,
		itemCount:
			config.itemCount ??
			Math.min(
				MAX_ITEMS,
				Math.ceil((config.durationSeconds * 1000) / levelFor(config.difficulty).itemMs)
			)
	}));
/** The épreuve ends at whichever comes first: all items shown or the time is up. */
export type AttentionConfig = z.output<typeof configSchema>;

const itemKeySchema = z.string().min(1).max(80);

const itemSchema = z.strictObject({
	key: itemKeySchema,
	/** Lot number printed under the product: varies so every item is a new picture. */
	lot: z.string().max(12),
	look: lookSchema
});
export type AttentionItem = z.infer<typeof itemSchema>;

const practiceItemSchema = z.strictObject({
	...itemSchema.shape,
	/** The defect id, or null for a good product: practice gives feedback, so it needs it. */
	defect: z.string().max(40).nullable()
});
export type PracticeItem = z.infer<typeof practiceItemSchema>;

export const payloadSchema = z.strictObject({
	/** The belt's pace in the timed part: the level's, times the person's time multiplier. */
	itemMs: z.int().min(500),
	practice: z.array(practiceItemSchema).min(1).max(20),
	items: z.array(itemSchema).min(1).max(MAX_ITEMS)
});
export type AttentionPayload = z.infer<typeof payloadSchema>;

/** Entries the machine logs (the engine adds its own: phase.started, stimulus.shown, …). */
export const eventSchemas = {
	/** A test item arrives under the inspection light (again after a resume). */
	'item.presented': z.strictObject({ item: itemKeySchema, index: z.int().min(0) }),
	/** A tap on "Rejeter", stamped at pointerdown. Every tap is logged, double taps too. */
	'item.rejected': z.strictObject({ item: itemKeySchema }),
	'practice.answered': z.strictObject({
		item: itemKeySchema,
		rejected: z.boolean(),
		correct: z.boolean()
	})
} satisfies EventSchemas;
