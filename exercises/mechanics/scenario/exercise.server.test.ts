import { describe, expect, it } from 'vitest';
import { scenarioExercise } from './exercise.server';
import { createScenarioMachine } from './machine';
import { sampleContent } from './testing';

const machine = createScenarioMachine('sample');
const dimensions = [
	{ key: 'a', label: { fr: 'A', en: 'A' } },
	{ key: 'b', label: { fr: 'B', en: 'B' } },
	{ key: 'c', label: { fr: 'C', en: 'C' } }
] as const;
const spec = {
	machine,
	content: { commerce: sampleContent(), soin: sampleContent() },
	dimensions: [...dimensions] as [(typeof dimensions)[number], ...(typeof dimensions)[number][]],
	durationSeconds: 300,
	scenesLabel: { fr: 'Scènes', en: 'Scenes' }
};

describe('a scenario exercise made from its content', () => {
	it('offers its themes, the first by default, its duration, and as many items as scenes', () => {
		const server = scenarioExercise(spec);
		expect(server.themes).toEqual(['commerce', 'soin']);
		expect(server.configSchema.parse({})).toEqual({
			theme: 'commerce',
			difficulty: 2,
			durationSeconds: 300,
			itemCount: 3
		});
		expect(server.configSchema.safeParse({ theme: 'logistique' }).success).toBe(false);
		expect(server.configSchema.safeParse({ itemCount: 2 }).success).toBe(false);
		expect(server.subscores.map((s) => [s.key, s.outOf])).toEqual([
			['a', 'aMax'],
			['b', 'bMax'],
			['c', 'cMax'],
			['scenes', undefined]
		]);
	});

	it('refuses, at load, content that fails its checks or themes with unequal scenes', () => {
		const broken = sampleContent();
		(broken.scenes[0]!.turns[0]!.replies[0] as unknown as { earns: string[] }).earns = ['z'];
		expect(() => scenarioExercise({ ...spec, content: { commerce: broken } })).toThrow();
		const short = { ...sampleContent(), scenes: sampleContent().scenes.slice(0, 3) };
		const long = { ...sampleContent(), scenes: [...sampleContent().scenes] };
		long.scenes.push({ ...long.scenes[0]!, id: 'four' });
		expect(() => scenarioExercise({ ...spec, content: { commerce: short, soin: long } })).toThrow(
			/as many scenes/
		);
	});

	it('stores the exercise’s own subscores, computed from the turns answered, beside the others', () => {
		const server = scenarioExercise({
			...spec,
			more: {
				subscores: [{ key: 'first', label: { fr: 'P', en: 'F' }, format: 'count' }],
				compute: (turns) => ({ first: turns.filter((t) => t.depth === 0).length })
			}
		});
		const setup = { config: server.configSchema.parse({}), seed: 9, timeMultiplier: 1 };
		const events = server.simulate(setup, { skill: 1, rngSeed: 2 });
		const result = server.score(setup, events);
		expect(result.subscores.first).toBe(3);
		expect(result.subscores.scenes).toBe(3);
		expect(server.subscores.map((s) => s.key)).toEqual(['a', 'b', 'c', 'first', 'scenes']);
	});

	it('keeps `<key>Max` for the dimensions: an own subscore out of its own …Max is refused', () => {
		const own = (key: string, outOf?: string) => () =>
			scenarioExercise({
				...spec,
				more: {
					subscores: [{ key, label: { fr: 'P', en: 'F' }, format: 'count', outOf }],
					compute: () => ({})
				}
			});
		expect(own('holds', 'holdsMax')).toThrow(/…Max/);
		expect(own('a')).toThrow(/dimension/);
		expect(own('bMax')).toThrow(/dimension/);
		expect(own('holds', 'insisted')).not.toThrow();
	});
});
