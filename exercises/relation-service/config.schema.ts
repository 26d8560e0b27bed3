import { z } from 'zod';
import { baseConfigShape } from '$lib/engine/contract.schema';
import { scenarioEventSchemas, scenarioPayloadSchema } from '../_scenario/types';
import { scenarioContentSchema } from '../_scenario/scenes.server';
import { ALL_CONTENT, DIMENSIONS, RELATION_THEMES } from './content.server';

// The content is checked when the server loads the exercise: a mistake fails at start.
for (const content of ALL_CONTENT) scenarioContentSchema(DIMENSIONS).parse(content);

/** Every person meets the 5 customers of the theme: the number of scenes is the content's. */
export const SCENES = 5;

export const configSchema = z.object({
	...baseConfigShape,
	theme: z.enum(RELATION_THEMES).default('commerce'),
	// Ten replies to hear and choose, about 20 s each, with room for a slow reader.
	durationSeconds: baseConfigShape.durationSeconds.default(480),
	itemCount: z.literal(SCENES).default(SCENES)
});
export type RelationConfig = z.infer<typeof configSchema>;

export const payloadSchema = scenarioPayloadSchema;
export const eventSchemas = scenarioEventSchemas;
