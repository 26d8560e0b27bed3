import type { RunSetup } from '$lib/engine/contract';
import { buildScenarioForm, type ScenarioForm } from '../_scenario/scenes.server';
import type { ScenarioPayload } from '../_scenario/types';
import type { RelationConfig } from './config.schema';
import { themeContent } from './content.server';

/** The current form rule: every scene of the theme, in an order the seed draws. */
export const FORM_VERSION = 1;

/** The run's form (deterministic), with what each id on screen stands for. */
export function relationForm({ config, seed }: RunSetup<RelationConfig>): ScenarioForm {
	return buildScenarioForm(themeContent(config.theme), {
		difficulty: config.difficulty,
		seed
	});
}

/** What the kiosk receives: the branch graph, never the points of a reply. */
export function prepare(setup: RunSetup<RelationConfig>): ScenarioPayload {
	return relationForm(setup).payload;
}
