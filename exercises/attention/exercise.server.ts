/** The server half of the attention exercise: never imported by the kiosk. */
import { simulateWith } from '$lib/engine/bot';
import { eventBound, type ExerciseServer } from '$lib/engine/contract';
import { attentionBot } from './bot.server';
import {
	configSchema,
	eventSchemas,
	payloadSchema,
	type AttentionConfig,
	type AttentionPayload
} from './config.schema';
import { ATTENTION_THEMES } from './content';
import { FORM_VERSION, prepare } from './items.server';
import { score } from './score.server';
import { machine } from './machine';

export const attentionServer = {
	configSchema,
	themes: ATTENTION_THEMES,
	payloadSchema,
	eventSchemas,
	formVersion: FORM_VERSION,
	prepare,
	// Whether a product is defective is seen from its look, never sent.
	answerPaths: { testItems: (payload) => payload.items, fields: ['defect'] },
	score,
	// Each product is presented and shown (again after a resume); "Rejeter" may be tapped
	// several times while one passes (every tap is logged): 10 an item is far more than that.
	maxEvents: (setup) => eventBound(setup, 10),
	bot: attentionBot,
	simulate: simulateWith(machine, attentionBot, prepare)
} satisfies ExerciseServer<AttentionConfig, AttentionPayload>;
