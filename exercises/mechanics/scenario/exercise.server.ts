/**
 * A scenario exercise's server half, made from its content: the config (its themes, its duration),
 * the forms, the scoring, the bot and the subscores. An exercise on this mechanic writes its
 * content and says what its dimensions are called; nothing else of the server is its own.
 */
import { z } from 'zod';
import { simulateWith } from '$lib/engine/bot';
import {
	eventBound,
	type BaseConfig,
	type ExerciseServer,
	type RunSetup,
	type StaffText,
	type SubscoreSpec,
	type Theme
} from '$lib/engine/contract';
import { baseConfigShape } from '$lib/engine/contract.schema';
import { scenarioBot } from './bot.server';
import type { ScenarioMachine } from './machine';
import {
	buildScenarioForm,
	scenarioContentSchema,
	scoreScenario,
	type AnsweredTurn,
	type ScenarioContent,
	type ScenarioForm
} from './scenes.server';
import { scenarioEventSchemas, scenarioPayloadSchema, type ScenarioPayload } from './types';

export type ScenarioConfig<T extends Theme = Theme> = BaseConfig & { theme: T };

export interface ScenarioExerciseSpec<T extends Theme> {
	machine: ScenarioMachine;
	/** The content of each theme the exercise offers; the first is the default theme. */
	content: Readonly<Record<T, ScenarioContent>>;
	/** What each turn may engage, with the name the adviser reads (a subscore each). */
	dimensions: readonly [{ key: string; label: StaffText }, ...{ key: string; label: StaffText }[]];
	/** The timed part's default duration: every scene's replies heard and chosen, unhurried. */
	durationSeconds: number;
	/** The count of scenes played to the end, as the adviser reads it ("Clients servis…"). */
	scenesLabel: StaffText;
	/**
	 * Subscores of the exercise's own, from the turns answered (stored with the others). The names
	 * `<key>Max` are the dimensions' (what each is out of): neither taken nor used as an `outOf`.
	 */
	more?: {
		subscores: readonly SubscoreSpec[];
		compute: (turns: readonly AnsweredTurn[]) => Record<string, number | null>;
	};
	/** Bumped when the same seed would draw another form (see `ExerciseServer.formVersion`). */
	formVersion?: number;
	demo?: ExerciseServer<ScenarioConfig<T>, ScenarioPayload>['demo'];
}

/**
 * The server half of a scenario exercise. Its content is checked here, when the server loads the
 * exercise: a content mistake fails at start, not in front of someone. Every theme has as many
 * scenes (the config's `itemCount`): every person meets them all.
 */
export function scenarioExercise<T extends Theme>(
	spec: ScenarioExerciseSpec<T>
): ExerciseServer<ScenarioConfig<T>, ScenarioPayload> {
	const themes = Object.keys(spec.content) as [T, ...T[]];
	const contents = themes.map((theme) => spec.content[theme]);
	const keys = spec.dimensions.map((d) => d.key) as [string, ...string[]];
	const contentSchema = scenarioContentSchema(keys);
	for (const content of contents) contentSchema.parse(content);
	const scenes = contents[0]!.scenes.length;
	if (contents.some((c) => c.scenes.length !== scenes))
		throw new Error('Every theme of a scenario exercise has as many scenes');
	// `<key>Max` names what a dimension is out of: an exercise's own subscore cannot take it.
	const own = spec.more?.subscores ?? [];
	for (const { key, outOf } of own)
		if (outOf === `${key}Max` || keys.some((d) => key === d || key === `${d}Max`))
			throw new Error(`Subscore "${key}" takes a dimension's name or its …Max`);

	const configSchema = z.object({
		...baseConfigShape,
		theme: z.enum(themes).default(themes[0]),
		durationSeconds: baseConfigShape.durationSeconds.default(spec.durationSeconds),
		itemCount: z.literal(scenes).default(scenes)
	}) as unknown as z.ZodType<ScenarioConfig<T>, unknown>;

	const form = ({ config, seed }: RunSetup<ScenarioConfig<T>>): ScenarioForm =>
		buildScenarioForm(spec.content[config.theme], { difficulty: config.difficulty, seed });
	const prepare = (setup: RunSetup<ScenarioConfig<T>>) => form(setup).payload;
	const bot = scenarioBot(contents);

	return {
		configSchema,
		themes,
		payloadSchema: scenarioPayloadSchema,
		eventSchemas: scenarioEventSchemas,
		formVersion: spec.formVersion ?? 1,
		prepare,
		// The points of each reply stay on the server; the kiosk gets the branch graph only.
		answerPaths: { testItems: (payload) => payload.scenarios, fields: ['earns', 'points'] },
		score: (setup, events) => scoreScenario(form(setup), events, keys, spec.more?.compute),
		// Per scene: its turns shown (again after a resume), replies tapped and heard, a confirm.
		maxEvents: (setup) => eventBound(setup, 60),
		bot,
		simulate: simulateWith(spec.machine, bot, prepare),
		subscores: [
			...spec.dimensions.map(({ key, label }): SubscoreSpec => ({
				key,
				label,
				format: 'count',
				outOf: `${key}Max`,
				plain: true
			})),
			...own,
			{ key: 'scenes', label: spec.scenesLabel, format: 'count', plain: true }
		],
		settings: [],
		...(spec.demo ? { demo: spec.demo } : {})
	};
}
