import type { ExerciseDefinition } from '$lib/engine/contract';
import type { SortingMachine } from '../mechanics/sorting/machine';
import { machine } from './machine';

export const consignes = {
	id: 'consignes',
	// 2: forms drawn stratified (a fixed number of items of each kind), no longer item by item.
	version: 2,
	habilete: 'consignes',
	title: 'Le poste de tri',
	measures:
		'Suivre des règles de travail, y compris les exceptions et les priorités, sans se tromper.',
	scoredBy: 'items',
	machine,
	loadView: () => import('./View.svelte')
} satisfies ExerciseDefinition<SortingMachine>;

export default consignes;
