import type { ExerciseDefinition } from '$lib/engine/contract';
import type { ScenarioMachine } from '../mechanics/scenario/machine';
import { machine } from './machine';

export const relationService = {
	id: 'relation-service',
	version: 1,
	habilete: 'relation-service',
	title: 'Au comptoir',
	measures:
		'Accueillir et servir une personne : l’écouter, rester poli, répondre à sa demande et respecter les règles, même quand elle s’énerve.',
	scoredBy: 'items',
	machine,
	loadView: () => import('./View.svelte')
} satisfies ExerciseDefinition<ScenarioMachine>;

export default relationService;
