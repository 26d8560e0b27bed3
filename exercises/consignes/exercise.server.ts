import { eventBound, type ExerciseServer } from '$lib/engine/contract';
import { simulateWith } from '$lib/engine/bot';
import { sortingBot } from '../mechanics/sorting/bot.server';
import type { SortingPayload } from '../mechanics/sorting/types';
import { configSchema, eventSchemas, payloadSchema, type ConsignesConfig } from './config.schema';
import { CONSIGNES_THEMES } from './content';
import { buildPayload, FORM_VERSION } from './items.server';
import { machine } from './machine';
import { score } from './score.server';
import { sortingSubscores } from '../mechanics/sorting/score.server';

export const consignesServer = {
	configSchema,
	themes: CONSIGNES_THEMES,
	payloadSchema,
	eventSchemas,
	formVersion: FORM_VERSION,
	prepare: buildPayload,
	// The bin an item goes to and the rule that decides it are worked out from the rule card.
	answerPaths: { testItems: (payload) => payload.items, fields: ['bin', 'ruleId', 'correct'] },
	score,
	// Each item is presented, shown and placed once (presented and shown again after a resume).
	maxEvents: (setup) => eventBound(setup, 10),
	bot: sortingBot,
	simulate: simulateWith(machine, sortingBot, buildPayload),
	subscores: sortingSubscores,
	settings: [
		{
			key: 'itemCount',
			label: { fr: 'Nombre d’éléments à trier', en: 'Number of items to sort' },
			min: 10,
			max: 80
		}
	],
	demo: { config: { theme: 'logistique', difficulty: 2, itemCount: 20 }, eliminatory: true }
} satisfies ExerciseServer<ConsignesConfig, SortingPayload>;
