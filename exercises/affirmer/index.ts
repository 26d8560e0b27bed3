import type { ExerciseDefinition } from '$lib/engine/contract';
import type { ScenarioMachine } from '../mechanics/scenario/machine';
import { machine } from './machine';

export const affirmer = {
	id: 'affirmer',
	version: 1,
	habilete: 'affirmer',
	title: 'Tenir bon',
	measures:
		'Faire face à quelqu’un qui pousse à céder ou à enfreindre une règle : dire non calmement, sans manquer de respect, et tenir quand l’autre insiste.',
	scoredBy: 'items',
	machine,
	loadView: () => import('./View.svelte')
} satisfies ExerciseDefinition<ScenarioMachine>;

export default affirmer;
