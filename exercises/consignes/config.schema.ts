import { z } from 'zod';
import { baseConfigShape } from '$lib/engine/contract.schema';
import { sortingEventSchemas, sortingPayloadSchema } from '../mechanics/sorting/types';
import { CONSIGNES_THEMES } from './content';

export const configSchema = z.object({
	...baseConfigShape,
	theme: z.enum(CONSIGNES_THEMES).default('logistique'),
	durationSeconds: baseConfigShape.durationSeconds.default(360),
	itemCount: z.int().min(10).max(80).default(40)
});
export type ConsignesConfig = z.infer<typeof configSchema>;

export const payloadSchema = sortingPayloadSchema;
export const eventSchemas = sortingEventSchemas;
