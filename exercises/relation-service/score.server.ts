import type { RunEvent, RunSetup, ScoreResult } from '$lib/engine/contract';
import { scoreScenario } from '../_scenario/scenes.server';
import type { RelationConfig } from './config.schema';
import { DIMENSIONS } from './content.server';
import { relationForm } from './items.server';

/**
 * Points of the replies chosen, 2 a turn (listening, courtesy, solution, staying within the
 * rules: each turn engages two), each customer an item; a subscore for each dimension.
 */
export function score(setup: RunSetup<RelationConfig>, events: RunEvent[]): ScoreResult {
	return scoreScenario(relationForm(setup), events, DIMENSIONS);
}
