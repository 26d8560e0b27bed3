import type { ExerciseDefinition } from '$lib/engine/contract';
import type { ScenarioMachine } from '../mechanics/scenario/machine';
import { machine } from './machine';

export const initiative = {
	id: 'initiative',
	version: 1,
	habilete: 'initiative',
	title: 'La liste du jour',
	measures:
		'Faire son travail à partir d’une liste et réagir seul, à sa place, quand quelque chose arrive : mettre en sécurité, prévenir la bonne personne, reprendre sa tâche.',
	scoredBy: 'items',
	machine,
	loadView: () => import('./View.svelte')
} satisfies ExerciseDefinition<ScenarioMachine>;

export default initiative;
