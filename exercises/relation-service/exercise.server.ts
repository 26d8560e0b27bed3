/** The server half of the counter exercise (relation-service): never imported by the kiosk. */
import { scenarioExercise } from '../mechanics/scenario/exercise.server';
import { CONTENT } from './content.server';
import { machine } from './machine';

/**
 * Points of the replies chosen, 2 a turn (listening, courtesy, solution, staying within the
 * rules: each turn engages two), each customer an item; a subscore for each dimension.
 */
export const relationServiceServer = scenarioExercise({
	machine,
	content: CONTENT,
	dimensions: [
		{ key: 'ecoute', label: { fr: 'Écoute', en: 'Listening' } },
		{ key: 'courtoisie', label: { fr: 'Politesse', en: 'Courtesy' } },
		{ key: 'solution', label: { fr: 'Réponse à la demande', en: 'Meeting the request' } },
		{ key: 'cadre', label: { fr: 'Respect des règles', en: 'Staying within the rules' } }
	],
	// Ten replies to hear and choose, about 20 s each, with room for a slow reader.
	durationSeconds: 480,
	scenesLabel: { fr: 'Clients servis jusqu’au bout', en: 'Customers served to the end' }
});
