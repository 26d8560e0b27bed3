import { describe, expect, it } from 'vitest';
import type { RunEvent } from '$lib/engine/contract';
import { offered, type ReplyContent } from '../mechanics/scenario/scenes.server';
import { CONTENT } from './content.server';
import { fullReplyLongestShare } from '../mechanics/scenario/testing';
import { affirmerServer, standingFirm } from './exercise.server';

/** The kind of a reply, from what it earns and where it is offered. */
function kind(r: ReplyContent) {
	if (r.earns.length === 2) return 'assertive';
	if (r.from === 3) return 'subtle';
	if (r.earns.includes('fermete')) return 'aggressive';
	if (r.earns.includes('respect')) return 'passive';
	return 'evasive';
}

describe('« Tenir bon » content', () => {
	const scenes = Object.values(CONTENT).flatMap((c) => c.scenes);

	it('has 5 situations per theme, each turn engaging firmness and respect', () => {
		expect(Object.keys(CONTENT)).toEqual(['commerce', 'industrie']);
		for (const c of Object.values(CONTENT)) expect(c.scenes).toHaveLength(5);
		for (const scene of scenes) {
			expect(scene.turns.map((t) => t.id)).toEqual(['open', 'insiste', 'profite']);
			for (const turn of scene.turns) expect(turn.engages).toEqual(['fermete', 'respect']);
		}
	});

	it('offers, by difficulty, the plain kinds first, then passive, then a subtle one', () => {
		for (const turn of scenes.flatMap((s) => s.turns))
			expect([1, 2, 3].map((d) => offered(turn, d).map(kind).sort())).toEqual([
				['aggressive', 'assertive', 'evasive'],
				['aggressive', 'assertive', 'evasive', 'passive'],
				['aggressive', 'assertive', 'passive', 'subtle']
			]);
	});

	it('answers a firm reply with insistence, and giving in with a further demand', () => {
		for (const scene of scenes)
			for (const reply of scene.turns[0]!.replies)
				expect(reply.next).toBe(reply.earns.includes('fermete') ? 'insiste' : 'profite');
	});

	it('does not give the key away by length: the assertive reply is not always the longest', () => {
		for (const difficulty of [1, 2, 3])
			expect(fullReplyLongestShare(Object.values(CONTENT), difficulty)).toBeLessThan(0.5);
	});
});

describe('« Tenir bon » subscores', () => {
	const setup = { config: affirmerServer.configSchema.parse({}), seed: 3, timeMultiplier: 1 };

	it('count assertive replies, and holding firm when the other insists, out of the turns met', () => {
		const firm = affirmerServer.score(
			setup,
			affirmerServer.simulate(setup, { skill: 1, rngSeed: 1 })
		);
		expect(firm.subscores.answered).toBe(10);
		// A careful person holds the line: (nearly) every situation goes on to its insisting turn,
		// where they hold it again.
		expect(firm.subscores.insisted).toBeGreaterThanOrEqual(4);
		expect(firm.subscores.holds).toBeGreaterThanOrEqual(firm.subscores.insisted! - 1);
		expect(firm.subscores.assertive).toBeGreaterThanOrEqual(8);
	});

	it('are computed by hand on six answered turns', () => {
		const scene = CONTENT.commerce.scenes[0]!;
		const [open, insiste, profite] = scene.turns;
		const answered = (turn: typeof open, depth: number, earns: string[]) => ({
			scene,
			item: 's0',
			turn: turn!,
			depth,
			reply: { text: { fr: '', en: '' }, earns }
		});
		// Assertive then aggressive; passive then assertive; aggressive then passive.
		const turns = [
			answered(open, 0, ['fermete', 'respect']),
			answered(insiste, 1, ['fermete']),
			answered(open, 0, ['respect']),
			answered(profite, 1, ['fermete', 'respect']),
			answered(open, 0, ['fermete']),
			answered(insiste, 1, ['respect'])
		];
		expect(standingFirm(turns)).toEqual({ assertive: 2, answered: 6, holds: 1, insisted: 2 });
	});

	it('leave holding firm undefined for a person who never held the line first', () => {
		expect(standingFirm([])).toEqual({ assertive: 0, answered: 0, holds: null, insisted: 0 });
		const none = affirmerServer.score(setup, [] as RunEvent[]);
		expect(none.subscores.holds).toBeNull();
		expect(none.flags).toEqual(['no-response']);
	});
});
