/**
 * Schemas of the attention exercise's content, and its validation when the server loads the
 * exercise (through `config.schema.ts`): a content mistake fails at start-up, not in front of a
 * candidate. Server-side only, so that the kiosk does not load zod.
 */
import { z } from 'zod';
import { contentTextSchema } from '$lib/engine/contract.schema';
import {
	ATTENTION_THEMES,
	levels,
	PART_IDS,
	PART_STATES,
	stationTexts,
	themeContent,
	type Defect,
	type Level,
	type LocalText,
	type Look,
	type PartId,
	type ThemeContent
} from './content';

export const localTextSchema = contentTextSchema.strict() satisfies z.ZodType<LocalText>;

export const lookSchema = z.strictObject({
	closure: z.enum(PART_STATES.closure),
	seal: z.enum(PART_STATES.seal),
	label: z.enum(PART_STATES.label),
	body: z.enum(PART_STATES.body)
}) satisfies z.ZodType<Look>;

const defectSchema = z
	.strictObject({
		id: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
		part: z.enum(PART_IDS as [PartId, ...PartId[]]),
		state: z.string(),
		subtlety: z.int().min(1).max(3),
		label: localTextSchema
	})
	.refine((d) => d.state !== 'ok' && (PART_STATES[d.part] as readonly string[]).includes(d.state), {
		message: 'a defect must be a non-ok state of its part'
	}) satisfies z.ZodType<Defect>;

const themeContentSchema = z
	.strictObject({
		shape: z.enum(['bottle', 'box', 'parcel']),
		product: localTextSchema,
		station: localTextSchema,
		good: z.strictObject({
			closure: localTextSchema,
			seal: localTextSchema,
			label: localTextSchema,
			body: localTextSchema
		}),
		defects: z.array(defectSchema).min(4),
		instructions: z.array(localTextSchema).min(3).max(6)
	})
	.refine((t) => new Set(t.defects.map((d) => d.id)).size === t.defects.length, {
		message: 'defect ids must be unique within a theme'
	})
	.refine((t) => [1, 2, 3].every((s) => t.defects.filter((d) => d.subtlety === s).length >= 2), {
		message: 'each subtlety level needs at least 2 defects, so every difficulty has variety'
	}) satisfies z.ZodType<ThemeContent>;

const levelSchema = z.strictObject({
	itemMs: z.int().min(500),
	practiceItemMs: z.int().min(1000),
	/** 8–12 %: rare signals. */
	defectRate: z.number().min(0.08).max(0.12),
	subtleties: z.array(z.int().min(1).max(3)).min(1)
}) satisfies z.ZodType<Level>;

z.record(z.enum(ATTENTION_THEMES), themeContentSchema).parse(themeContent);
z.strictObject({ 1: levelSchema, 2: levelSchema, 3: levelSchema }).parse(levels);
z.record(z.string(), localTextSchema).parse(stationTexts);
