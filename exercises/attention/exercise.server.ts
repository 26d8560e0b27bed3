/** The server half of the attention exercise: never imported by the kiosk. */
import type { ExerciseServer } from '$lib/engine/contract';
import type { AttentionConfig, AttentionPayload } from './config';
import { prepare } from './items.server';
import { score } from './score.server';
import { simulate } from './simulate.server';

export const attentionServer = {
	prepare,
	score,
	simulate
} satisfies ExerciseServer<AttentionConfig, AttentionPayload>;
