/** The server half of the attention exercise: never imported by the kiosk. */
import type { ExerciseServer } from '$lib/engine/contract';
import {
	configSchema,
	eventSchemas,
	payloadSchema,
	type AttentionConfig,
	type AttentionPayload
} from './config.schema';
import { ATTENTION_THEMES } from './content';
import { prepare } from './items.server';
import { score } from './score.server';
import { simulate } from './simulate.server';

export const attentionServer = {
	configSchema,
	themes: ATTENTION_THEMES,
	payloadSchema,
	eventSchemas,
	prepare,
	score,
	simulate
} satisfies ExerciseServer<AttentionConfig, AttentionPayload>;
