import type { ExerciseDefinition } from '$lib/engine/contract';
import type { SortingMachine } from '../_sorting/machine';
import type { SortingPayload } from '../_sorting/types';
import { configSchema, eventSchemas, payloadSchema, type ConsignesConfig } from './config';
import { CONSIGNES_THEMES } from './content';
import { machine } from './machine';

export const consignes = {
	id: 'consignes',
	version: 1,
	habilete: 'consignes',
	title: 'Le poste de tri',
	measures:
		'Suivre des règles de travail, y compris les exceptions et les priorités, sans se tromper.',
	scoredBy: 'items',
	configSchema,
	themes: CONSIGNES_THEMES,
	payloadSchema,
	eventSchemas,
	machine,
	loadView: () => import('./View.svelte')
} satisfies ExerciseDefinition<ConsignesConfig, SortingPayload, SortingMachine>;

export default consignes;
