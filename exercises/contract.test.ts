/**
 * The conformance suite: what every registered exercise must do, in every theme it offers. A new
 * exercise gets it by being registered; nothing here names one.
 */
import { describe, expect, it } from 'vitest';
import { createActor, type AnyStateMachine } from 'xstate';
import { playHeadlessUntil } from '$lib/engine/bot';
import type { RunEvent, RunSetup } from '$lib/engine/contract';
import { engineEventSchemas, runEventSchema } from '$lib/engine/contract.schema';
import { phaseOf } from '$lib/engine/phased-machine';
import { withoutPayload, withPayload } from '$lib/engine/snapshot';
import { mean } from '$lib/psychometrics/descriptives';
import { registeredExercises, type RegisteredExercise } from './registry.server';

/** Largest a stored snapshot (its payload left out) may be: it is written after every paint. */
const MAX_STORED_SNAPSHOT_BYTES = 4096;
/**
 * Parallel forms, for every exercise: over 12 seeds, the expected score of one simulated person
 * (skill 0.6, 8 plays of the bot per form, the same bot seeds on every form) varies by at most
 * 15 % of the maximum between the easiest and the hardest form, the bot's own luck included.
 * (Each exercise's own tests hold it to a tighter bound, item kind by kind.)
 */
const FORM_SPREAD_BOUND = 0.15;

const exercises = registeredExercises().map((e) => [e.definition.id, e] as const);

function setupOf(exercise: RegisteredExercise, theme: string, seed: number): RunSetup {
	const config = exercise.server.configSchema.parse({ ...exercise.server.bot.quickConfig, theme });
	return { config, seed, formVersion: exercise.server.formVersion };
}

function validates(exercise: RegisteredExercise, events: RunEvent[]): void {
	const schemas: Record<string, { safeParse: (d: unknown) => { success: boolean } }> = {
		...engineEventSchemas,
		...exercise.server.eventSchemas
	};
	events.forEach((event, i) => {
		expect(runEventSchema.safeParse(event).success).toBe(true);
		expect(event.seq).toBe(i);
		expect(schemas[event.type]?.safeParse(event.data).success, `${i} ${event.type}`).toBe(true);
		if (i > 0) expect(event.t).toBeGreaterThanOrEqual(events[i - 1]!.t);
	});
}

/** Every key of every object in `value`, however deep. */
function keysIn(value: unknown): string[] {
	if (Array.isArray(value)) return value.flatMap(keysIn);
	if (typeof value !== 'object' || value === null) return [];
	return Object.entries(value).flatMap(([k, v]) => [k, ...keysIn(v)]);
}

describe.each(exercises)('%s conforms to the exercise contract', (_, exercise) => {
	const { definition, server } = exercise;
	const themes = server.themes;

	it('is registered under its own id, with at least two themes', () => {
		expect(themes.length).toBeGreaterThanOrEqual(2);
		expect(definition.machine.id).toBe(definition.id);
	});

	it.each(themes)('parses its defaults and its quick config in theme %s', (theme) => {
		const defaults = server.configSchema.parse({ theme });
		expect(defaults.theme).toBe(theme);
		expect(server.configSchema.parse({ ...server.bot.quickConfig, theme }).theme).toBe(theme);
		// The demo battery's settings, where it plays in it (a theme of its own).
		expect(server.configSchema.safeParse({ ...server.demo?.config }).success).toBe(true);
	});

	it('declares the subscores its scorer stores, labelled for the staff in French and English', () => {
		const setup = setupOf(exercise, themes[0]!, 5);
		const stored = server.score(
			setup,
			server.simulate(setup, { skill: 0.7, rngSeed: 1 })
		).subscores;
		expect(server.subscores.length).toBeGreaterThan(0);
		expect(new Set(server.subscores.map((s) => s.key)).size).toBe(server.subscores.length);
		for (const spec of server.subscores) {
			expect(stored, spec.key).toHaveProperty(spec.key);
			if (spec.outOf !== undefined) expect(stored, spec.outOf).toHaveProperty(spec.outOf);
			expect(spec.label.fr.trim(), spec.key).not.toBe('');
			expect(spec.label.en.trim(), spec.key).not.toBe('');
		}
	});

	it.each(themes)('prepares the same form for a seed, another for another (%s)', (theme) => {
		const a = server.prepare(setupOf(exercise, theme, 11));
		expect(server.payloadSchema.safeParse(a).success).toBe(true);
		expect(JSON.stringify(server.prepare(setupOf(exercise, theme, 11)))).toBe(JSON.stringify(a));
		expect(JSON.stringify(server.prepare(setupOf(exercise, theme, 12)))).not.toBe(
			JSON.stringify(a)
		);
	});

	it.each(themes)('sends no answer with the test items (%s)', (theme) => {
		const payload = server.prepare(setupOf(exercise, theme, 5));
		const items = server.answerPaths.testItems(payload);
		expect(items.length).toBeGreaterThan(0);
		const keys = new Set(keysIn(items));
		expect(server.answerPaths.fields.filter((field) => keys.has(field))).toEqual([]);
	});

	it.each(themes)('plays its bot on its machine to fin, with a valid log (%s)', (theme) => {
		for (const skill of [0, 0.5, 1]) {
			const events = server.simulate(setupOf(exercise, theme, 3), { skill, rngSeed: 4 });
			validates(exercise, events);
			expect(events.filter((e) => e.type === 'phase.started').map((e) => e.data.phase)).toEqual([
				'consigne',
				'entrainement',
				'epreuve',
				'fin'
			]);
			expect(events.at(-1)).toMatchObject({ type: 'phase.started', data: { phase: 'fin' } });
			expect(events.length).toBeLessThanOrEqual(server.maxEvents(setupOf(exercise, theme, 3)));
		}
	});

	it.each(themes)('scores deterministically, within [0, max], item by item (%s)', (theme) => {
		const setup = setupOf(exercise, theme, 8);
		for (const skill of [0, 0.5, 1]) {
			const events = server.simulate(setup, { skill, rngSeed: 2 });
			const result = server.score(setup, events);
			expect(server.score(setup, events)).toEqual(result);
			expect(result.raw).toBeGreaterThanOrEqual(0);
			expect(result.raw).toBeLessThanOrEqual(result.max);
			for (const item of result.items) {
				expect(item.score).toBeGreaterThanOrEqual(0);
				expect(item.score).toBeLessThanOrEqual(item.max);
			}
		}
		// More skill, more points: the score measures what the bot does better.
		const at = (skill: number) =>
			mean(
				[1, 2, 3].map(
					(rngSeed) => server.score(setup, server.simulate(setup, { skill, rngSeed })).raw
				)
			)!;
		expect(at(0.95)).toBeGreaterThan(at(0.1));
	});

	it('draws parallel forms: the same person scores about the same on every form', () => {
		const config = server.configSchema.parse({ theme: themes[0] });
		const expected = Array.from({ length: 12 }, (_, i) => {
			const setup = { config, seed: 500 + i, formVersion: server.formVersion };
			return mean(
				Array.from(
					{ length: 8 },
					(_, play) =>
						server.score(setup, server.simulate(setup, { skill: 0.6, rngSeed: play + 1 })).raw
				)
			)!;
		});
		const max = server.score({ config, seed: 1 }, []).max;
		expect(Math.max(...expected) - Math.min(...expected)).toBeLessThanOrEqual(
			FORM_SPREAD_BOUND * max
		);
	});

	it('resumes at the same item from a snapshot stored mid-épreuve, and stores it small', () => {
		const setup = setupOf(exercise, themes[0]!, 9);
		const payload = server.prepare(setup);
		const input = { config: setup.config, payload };
		const machine = definition.machine as AnyStateMachine;
		const { persisted } = playHeadlessUntil(
			machine,
			server.bot,
			{ input, durationMs: setup.config.durationSeconds * 1000, skill: 0.7, rngSeed: 1 },
			// The third item of the épreuve (every machine names its item index `itemIndex`).
			(snapshot) => phaseOf(snapshot) === 'epreuve' && snapshot.context.itemIndex >= 2
		);
		const stored = JSON.stringify(withoutPayload(persisted, payload));
		expect(new TextEncoder().encode(stored).length).toBeLessThanOrEqual(MAX_STORED_SNAPSHOT_BYTES);
		const restored = createActor(machine, {
			input,
			snapshot: withPayload(JSON.parse(stored), payload)
		});
		const before = restored.getSnapshot();
		expect(phaseOf(before)).toBe('epreuve');
		restored.start();
		restored.send({ type: 'run.resumed' });
		const after = restored.getSnapshot();
		expect(after.value).toEqual(before.value);
		expect(after.context.itemIndex).toBe(2);
		restored.stop();
	});
});
