import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { LogEmitted } from '$lib/engine/contract';
import { currentTurn, createScenarioMachine } from './machine';
import { buildScenarioForm } from './scenes.server';
import { sampleContent } from './testing';

const config = { theme: 'commerce' as const, difficulty: 2, durationSeconds: 120, itemCount: 3 };
const form = buildScenarioForm(sampleContent(), { difficulty: 2, seed: 4 });

function start() {
	const actor = createActor(createScenarioMachine('scenario-test'), {
		input: { config, payload: form.payload }
	});
	const logged: LogEmitted[] = [];
	actor.on('log', (e) => logged.push(e));
	actor.start();
	return { actor, logged };
}

/** The letter of the reply of `kind` (full, half, poor, wrong) on the turn on screen. */
function letterOf(actor: ReturnType<typeof start>['actor'], kind: string) {
	const turn = currentTurn(actor.getSnapshot().context);
	return turn.replies.find((r) => r.text.fr.endsWith(` ${kind}`))!.id;
}

/** The same, from the form: the letter of the reply of `kind` on turn `turnId` of scene `i`. */
function letterIn(i: number, turnId: string, kind: string) {
	const [letter] = [...form.scenes[i]!.replies.get(turnId)!].find(([, r]) =>
		r.text.fr.endsWith(` ${kind}`)
	)!;
	return letter;
}

describe('scenario machine', () => {
	it('opens the timed part with no reply chosen: the last practice reply is not carried over', () => {
		const { actor, logged } = start();
		actor.send({ type: 'phase.next' });
		for (const turn of form.payload.practice) {
			actor.send({ type: 'reply.choose', reply: turn.replies[0]!.id });
			actor.send({ type: 'reply.confirm', at: 1 });
			actor.send({ type: 'feedback.continue' });
		}
		expect(actor.getSnapshot().value).toEqual({ entrainement: 'done' });
		actor.send({ type: 'phase.next' });
		expect(actor.getSnapshot().value).toEqual({ epreuve: 'item' });
		expect(actor.getSnapshot().context.chosen).toBeNull();
		// A confirm before any reply is chosen answers nothing.
		actor.send({ type: 'reply.confirm', at: 2 });
		expect(logged.filter((e) => e.entry === 'turn.answered')).toEqual([]);
		expect(actor.getSnapshot().context.turnId).toBe(form.payload.scenarios[0]!.start);
	});

	it('answers practice only once a reply is chosen, with feedback on the best one', () => {
		const { actor, logged } = start();
		actor.send({ type: 'phase.next' });
		actor.send({ type: 'reply.confirm', at: 10 });
		expect(actor.getSnapshot().value).toEqual({ entrainement: 'item' });
		const best = form.payload.practice[0]!.best;
		const other = form.payload.practice[0]!.replies.find((r) => r.id !== best)!.id;
		actor.send({ type: 'reply.choose', reply: other });
		actor.send({ type: 'reply.choose', reply: 'z' });
		expect(actor.getSnapshot().context.chosen).toBe(other);
		actor.send({ type: 'reply.confirm', at: 1234 });
		expect(actor.getSnapshot().value).toEqual({ entrainement: 'feedback' });
		expect(actor.getSnapshot().context.feedback).toEqual({ correct: false });
		expect(logged.at(-1)).toEqual({
			type: 'log',
			entry: 'practice.answered',
			data: { item: 'p0', reply: other, correct: false },
			at: 1234
		});
		actor.send({ type: 'feedback.continue' });
		expect(actor.getSnapshot().value).toEqual({ entrainement: 'done' });
		// Practised again: from the first turn, nothing chosen.
		actor.send({ type: 'practice.repeat' });
		expect(actor.getSnapshot().context).toMatchObject({ practiceIndex: 0, chosen: null });
	});

	it('follows the branch of the reply confirmed, scene by scene, logging each step', () => {
		const { actor, logged } = start();
		actor.send({ type: 'phase.next' });
		const best = form.payload.practice[0]!.best;
		actor.send({ type: 'reply.choose', reply: best });
		actor.send({ type: 'reply.confirm', at: 1 });
		actor.send({ type: 'feedback.continue' });
		actor.send({ type: 'phase.next' });
		const scene = form.scenes[0]!;
		expect(logged.slice(-3).map((e) => e.entry)).toEqual([
			'phase.started',
			'item.presented',
			'turn.presented'
		]);

		// The poor reply leads to the tense turn; changing one's mind is logged, not answered.
		actor.send({ type: 'reply.choose', reply: letterOf(actor, 'full') });
		actor.send({ type: 'reply.choose', reply: letterOf(actor, 'poor') });
		const first = actor.getSnapshot().context.turnId;
		actor.send({ type: 'reply.confirm', at: 5000 });
		expect(logged.filter((e) => e.entry === 'reply.chosen')).toHaveLength(2);
		expect(logged.find((e) => e.entry === 'turn.answered')).toEqual({
			type: 'log',
			entry: 'turn.answered',
			data: { item: 's0', turn: first, reply: letterIn(0, first, 'poor') },
			at: 5000
		});
		const now = actor.getSnapshot().context;
		expect(scene.turns.get(now.turnId)!.id).toBe('tense');
		expect(now.chosen).toBeNull();

		// The last turn of a scene leads to the next scene, presented as a new item.
		actor.send({ type: 'reply.choose', reply: letterOf(actor, 'full') });
		actor.send({ type: 'reply.confirm', at: 6000 });
		expect(actor.getSnapshot().context.itemIndex).toBe(1);
		expect(logged.filter((e) => e.entry === 'item.presented').at(-1)!.data).toEqual({
			item: 's1',
			index: 1
		});
	});

	it('re-presents the turn on resume, the reply chosen kept; ends after the last scene', () => {
		const { actor, logged } = start();
		actor.send({ type: 'phase.next' });
		actor.send({ type: 'reply.choose', reply: form.payload.practice[0]!.best });
		actor.send({ type: 'reply.confirm', at: 1 });
		actor.send({ type: 'feedback.continue' });
		actor.send({ type: 'phase.next' });
		const half = letterOf(actor, 'half');
		actor.send({ type: 'reply.choose', reply: half });
		actor.send({ type: 'run.resumed' });
		expect(logged.at(-1)!.entry).toBe('turn.presented');
		expect(actor.getSnapshot().context.chosen).toBe(half);
		for (let scene = 0; scene < 3; scene++)
			for (let turn = 0; turn < 2; turn++) {
				actor.send({ type: 'reply.choose', reply: letterOf(actor, 'full') });
				actor.send({ type: 'reply.confirm', at: 100 });
			}
		expect(actor.getSnapshot().value).toBe('fin');
		expect(logged.filter((e) => e.entry === 'turn.answered')).toHaveLength(6);
		expect(actor.getSnapshot().output).toEqual({ scenes: 3 });
	});
});
