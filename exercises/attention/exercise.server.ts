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
	simulate: simulateWith(machine, attentionBot, prepare),
	subscores: [
		{
			key: 'hits',
			label: { fr: 'Défauts repérés', en: 'Defects spotted' },
			format: 'count',
			plain: true
		},
		{
			key: 'misses',
			label: { fr: 'Défauts manqués', en: 'Defects missed' },
			format: 'count',
			plain: true
		},
		{
			key: 'falseAlarms',
			label: { fr: 'Bons produits rejetés', en: 'Good products rejected' },
			format: 'count',
			plain: true
		},
		{ key: 'dprime', label: { fr: 'Sensibilité (d′)', en: 'Sensitivity (d′)' }, format: 'decimal' },
		{
			key: 'criterion',
			label: { fr: 'Prudence (critère c)', en: 'Caution (criterion c)' },
			format: 'decimal'
		},
		{
			key: 'decline',
			label: {
				fr: 'Baisse de d′ du premier au dernier tiers',
				en: 'Drop in d′, first to last third'
			},
			format: 'decimal'
		},
		{
			key: 'rtMedian',
			label: { fr: 'Temps de réaction médian', en: 'Median reaction time' },
			format: 'ms'
		}
	],
	// Its number of products follows from the duration and the pace of its difficulty.
	settings: [],
	demo: { config: { theme: 'industrie', difficulty: 2, durationSeconds: 120 }, eliminatory: false }
} satisfies ExerciseServer<AttentionConfig, AttentionPayload>;
