import type { RunEvent, RunSetup, ScoreResult } from '$lib/engine/contract';
import { scoreSorting } from '../mechanics/sorting/score.server';
import type { ConsignesConfig } from './config.schema';
import { buildPayload } from './items.server';

/** Correct placements out of all items; subscores for base rules and for exceptions. */
export function score(setup: RunSetup<ConsignesConfig>, events: RunEvent[]): ScoreResult {
	return scoreSorting(buildPayload(setup), events);
}
