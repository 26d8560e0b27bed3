/** The server half of the counter exercise (relation-service): never imported by the kiosk. */
import { simulateWith } from '$lib/engine/bot';
import { eventBound, type ExerciseServer, type SubscoreSpec } from '$lib/engine/contract';
import { scenarioBot } from '../_scenario/bot.server';
import type { ScenarioPayload } from '../_scenario/types';
import { configSchema, eventSchemas, payloadSchema, type RelationConfig } from './config.schema';
import { ALL_CONTENT, RELATION_THEMES } from './content.server';
import { FORM_VERSION, prepare } from './items.server';
import { machine } from './machine';
import { score } from './score.server';

const bot = scenarioBot(ALL_CONTENT);

const dimension = (key: string, fr: string, en: string): SubscoreSpec => ({
	key,
	label: { fr, en },
	format: 'count',
	outOf: `${key}Max`,
	plain: true
});

export const relationServiceServer = {
	configSchema,
	themes: RELATION_THEMES,
	payloadSchema,
	eventSchemas,
	formVersion: FORM_VERSION,
	prepare,
	// The points of each reply stay on the server; the kiosk gets the branch graph only.
	answerPaths: { testItems: (payload) => payload.scenarios, fields: ['earns', 'points'] },
	score,
	// Per scene: 3 turns shown (again after a resume), replies tapped and heard, a confirm.
	maxEvents: (setup) => eventBound(setup, 60),
	bot,
	simulate: simulateWith(machine, bot, prepare),
	subscores: [
		dimension('ecoute', 'Écoute', 'Listening'),
		dimension('courtoisie', 'Politesse', 'Courtesy'),
		dimension('solution', 'Réponse à la demande', 'Meeting the request'),
		dimension('cadre', 'Respect des règles', 'Staying within the rules'),
		{
			key: 'scenes',
			label: { fr: 'Clients servis jusqu’au bout', en: 'Customers served to the end' },
			format: 'count',
			plain: true
		}
	],
	settings: []
} satisfies ExerciseServer<RelationConfig, ScenarioPayload>;
