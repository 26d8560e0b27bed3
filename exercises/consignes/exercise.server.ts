import type { ExerciseServer } from '$lib/engine/contract';
import { simulateSorting } from '../_sorting/simulate.server';
import type { SortingPayload } from '../_sorting/types';
import type { ConsignesConfig } from './config';
import { buildPayload } from './items.server';
import { score } from './score.server';

export const consignesServer = {
	prepare: buildPayload,
	score,
	simulate: (setup, { skill, rngSeed }) =>
		simulateSorting(buildPayload(setup), {
			durationMs: setup.config.durationSeconds * 1000,
			skill,
			rngSeed
		})
} satisfies ExerciseServer<ConsignesConfig, SortingPayload>;
