import { describe, expect, it } from 'vitest';
import type { RunEvent } from '$lib/engine/contract';
import {
	answeredTurns,
	buildScenarioForm,
	offered,
	scenarioContentSchema,
	sceneDepth,
	scoreScenario,
	type ScenarioForm
} from './scenes.server';
import { SAMPLE_DIMENSIONS, sampleContent } from './testing';

const schema = scenarioContentSchema(SAMPLE_DIMENSIONS);

/** The letter on screen of the reply whose text ends with `kind`, on the scene's turn `turn`. */
function letter(form: ScenarioForm, scene: number, turn: string, kind: string) {
	const s = form.scenes[scene]!;
	const id = [...s.turns].find(([, t]) => t.id === turn)![0];
	const [l] = [...s.replies.get(id)!].find(([, r]) => r.text.fr.endsWith(` ${kind}`))!;
	return { turn: id, reply: l };
}

function answer(form: ScenarioForm, scene: number, turn: string, kind: string, seq: number) {
	const { turn: id, reply } = letter(form, scene, turn, kind);
	const item = form.scenes[scene]!.scenario.key;
	return { seq, t: seq * 1000, type: 'turn.answered', data: { item, turn: id, reply } };
}

describe('scenario content', () => {
	it('accepts the sample and offers 3, 4 then 3 replies by difficulty', () => {
		const content = schema.parse(sampleContent());
		const open = content.scenes[0]!.turns[0]!;
		expect([1, 2, 3].map((d) => offered(open, d).map((r) => r.text.fr))).toEqual([
			['open full', 'open poor', 'open wrong'],
			['open full', 'open half', 'open poor', 'open wrong'],
			['open full', 'open half', 'open poor']
		]);
		expect(sceneDepth(content.scenes[0]!)).toBe(2);
	});

	it('refuses walks of unequal length, points outside a turn’s dimensions, a turn without a full reply', () => {
		const uneven = sampleContent();
		const calm = uneven.scenes[0]!.turns[1] as unknown as { replies: object[] };
		calm.replies = calm.replies.map((r) => ({ ...r, next: 'tense' }));
		expect(schema.safeParse(uneven).success).toBe(false);

		const outside = sampleContent();
		(outside.scenes[1]!.turns[1]!.replies[1] as unknown as { earns: string[] }).earns = ['b'];
		expect(schema.safeParse(outside).success).toBe(false);

		const noFull = sampleContent();
		(noFull.scenes[2]!.turns[2]!.replies[0] as unknown as { earns: string[] }).earns = ['b'];
		expect(schema.safeParse(noFull).success).toBe(false);

		const loop = sampleContent();
		(loop.scenes[0]!.turns[0]!.replies[0] as { next?: string }).next = 'open';
		expect(schema.safeParse(loop).success).toBe(false);
	});
});

describe('scenario forms', () => {
	const content = sampleContent();

	it('hold every scene and reply, in an order the seed draws, with ids that say nothing', () => {
		const form = buildScenarioForm(content, { difficulty: 2, seed: 7 });
		expect(buildScenarioForm(content, { difficulty: 2, seed: 7 })).toEqual(form);
		const { scenarios } = form.payload;
		expect(scenarios.map((s) => s.content).sort()).toEqual(['one', 'three', 'two']);
		expect(scenarios.map((s) => s.key)).toEqual(['s0', 's1', 's2']);
		for (const s of scenarios) {
			expect(s.turns.map((t) => t.id)).toEqual(['t0', 't1', 't2']);
			for (const t of s.turns) expect(t.replies.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
		}
		const orders = new Set(
			Array.from({ length: 20 }, (_, seed) =>
				JSON.stringify(buildScenarioForm(content, { difficulty: 2, seed }).payload.scenarios)
			)
		);
		expect(orders.size).toBeGreaterThan(15);
		expect(JSON.stringify(form.payload)).not.toMatch(/earns|"open"|"calm"|"tense"/);
	});

	it('lead each reply to the turn its content says, under the ids on screen', () => {
		const form = buildScenarioForm(content, { difficulty: 1, seed: 3 });
		const scene = form.scenes[0]!;
		const start = scene.scenario.turns.find((t) => t.id === scene.scenario.start)!;
		expect(scene.turns.get(start.id)!.id).toBe('open');
		for (const reply of start.replies) {
			const meant = scene.replies.get(start.id)!.get(reply.id)!;
			expect(scene.turns.get(reply.next!)!.id).toBe(meant.earns.length ? 'calm' : 'tense');
		}
	});

	it('say how the turns read: spoken to the person unless the content says they are seen', () => {
		expect(buildScenarioForm(content, { difficulty: 1, seed: 1 }).payload.voice).toBe('said');
		const shift = schema.parse({ ...content, voice: 'seen', place: 'corridor' });
		const { payload } = buildScenarioForm(shift, { difficulty: 1, seed: 1 });
		expect(payload).toMatchObject({ voice: 'seen', place: 'corridor' });
		expect(schema.safeParse({ ...content, voice: 'sung' }).success).toBe(false);
	});

	it('give the practice turns with their best reply', () => {
		const [p] = buildScenarioForm(content, { difficulty: 2, seed: 5 }).payload.practice;
		expect(p!.replies.find((r) => r.id === p!.best)!.text.fr).toBe('p good');
	});
});

describe('scenario scoring', () => {
	const form = buildScenarioForm(sampleContent(), { difficulty: 2, seed: 11 });

	it('scores a hand-computed log: 2 points a turn, dimensions of the turns met', () => {
		// Scene 0: open full (a, b) → calm half (a of a, c): 3 of 4.
		// Scene 1: open poor → tense full (b, c): 2 of 4. Scene 2: open half (a), then time up.
		const events: RunEvent[] = [
			answer(form, 0, 'open', 'full', 1),
			answer(form, 0, 'calm', 'half', 2),
			answer(form, 1, 'open', 'poor', 3),
			answer(form, 1, 'tense', 'full', 4),
			// A second answer to the same turn (after a resume) counts once, the first.
			answer(form, 1, 'tense', 'poor', 5),
			answer(form, 2, 'open', 'half', 6)
		];
		const result = scoreScenario(form, events, SAMPLE_DIMENSIONS);
		expect(result.raw).toBe(3 + 2 + 1);
		expect(result.max).toBe(12);
		expect(result.items).toEqual([
			{ key: 's0', content: form.scenes[0]!.scene.id, score: 3, max: 4, reached: true },
			{ key: 's1', content: form.scenes[1]!.scene.id, score: 2, max: 4, reached: true },
			{ key: 's2', content: form.scenes[2]!.scene.id, score: 1, max: 4, reached: false }
		]);
		// a: open ×3 (got 2), calm ×1 (got 1); b: open ×3 (got 1), tense ×1 (got 1); c: calm, tense (got 1).
		expect(result.subscores).toEqual({
			a: 3,
			aMax: 4,
			b: 2,
			bMax: 4,
			c: 1,
			cMax: 2,
			scenes: 2
		});
		expect(result.flags).toEqual([]);
	});

	it('flags a run with no reply, its dimensions undefined (not 0)', () => {
		const result = scoreScenario(form, [], SAMPLE_DIMENSIONS);
		expect(result.raw).toBe(0);
		expect(result.flags).toEqual(['no-response']);
		expect(result.subscores.a).toBeNull();
		expect(result.items.every((i) => i.reached === false)).toBe(true);
	});

	it('ignores an answer naming a turn or reply the form does not have', () => {
		const item = form.scenes[0]!.scenario.key;
		const bogus = [{ seq: 0, t: 0, type: 'turn.answered', data: { item, turn: 't9', reply: 'a' } }];
		expect(scoreScenario(form, bogus, SAMPLE_DIMENSIONS).raw).toBe(0);
	});
});

describe('answered turns', () => {
	const form = buildScenarioForm(sampleContent(), { difficulty: 2, seed: 4 });

	it('give the content behind each answer, scene by scene, with its depth in the scene', () => {
		const events: RunEvent[] = [
			answer(form, 1, 'open', 'poor', 1),
			answer(form, 0, 'open', 'full', 2),
			answer(form, 0, 'calm', 'half', 3),
			// After a resume, the same turn again: the first answer stands.
			answer(form, 0, 'calm', 'full', 4),
			answer(form, 1, 'tense', 'wrong', 5)
		];
		const turns = answeredTurns(form, events).map((a) => ({
			scene: a.scene.id,
			item: a.item,
			turn: a.turn.id,
			depth: a.depth,
			reply: a.reply.text.fr
		}));
		const [one, two] = [form.scenes[0]!.scene.id, form.scenes[1]!.scene.id];
		expect(turns).toEqual([
			{ scene: one, item: 's0', turn: 'open', depth: 0, reply: 'open full' },
			{ scene: one, item: 's0', turn: 'calm', depth: 1, reply: 'calm half' },
			{ scene: two, item: 's1', turn: 'open', depth: 0, reply: 'open poor' },
			{ scene: two, item: 's1', turn: 'tense', depth: 1, reply: 'tense wrong' }
		]);
	});
});
