import { eventBound, type ExerciseServer } from '$lib/engine/contract';
import { simulateSorting } from '../_sorting/simulate.server';
import type { SortingPayload } from '../_sorting/types';
import { configSchema, eventSchemas, payloadSchema, type ConsignesConfig } from './config.schema';
import { CONSIGNES_THEMES } from './content';
import { buildPayload, FORM_VERSION } from './items.server';
import { score } from './score.server';

export const consignesServer = {
	configSchema,
	themes: CONSIGNES_THEMES,
	payloadSchema,
	eventSchemas,
	formVersion: FORM_VERSION,
	prepare: buildPayload,
	score,
	// Each item is presented, shown and placed once (presented and shown again after a resume).
	maxEvents: (setup) => eventBound(setup, 10),
	simulate: (setup, { skill, rngSeed }) =>
		simulateSorting(buildPayload(setup), {
			durationMs: setup.config.durationSeconds * 1000,
			skill,
			rngSeed
		})
} satisfies ExerciseServer<ConsignesConfig, SortingPayload>;
