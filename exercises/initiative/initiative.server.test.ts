import { describe, expect, it } from 'vitest';
import type { RunEvent } from '$lib/engine/contract';
import { offered, type ReplyContent, type TurnContent } from '../mechanics/scenario/scenes.server';
import { CONTENT } from './content.server';
import { fullReplyLongestShare } from '../mechanics/scenario/testing';
import { incidents, initiativeServer } from './exercise.server';

const ROUTINE = ['tache', 'soin'];
const INCIDENT = ['initiative', 'role'];

/** The kind of a reply, from what it earns and where it is offered (see the content's header). */
function kind(turn: TurnContent, r: ReplyContent) {
	const [first, second] = turn.engages;
	if (r.earns.length === 2) return 'best';
	if (r.from === 3) return 'subtle';
	if (r.earns.includes(first)) return 'acts'; // hasty on the list, oversteps on an incident
	if (r.earns.includes(second)) return 'holds'; // stalls on the list, passive on an incident
	return 'leaves';
}

describe('« La liste du jour » content', () => {
	const scenes = Object.values(CONTENT).flatMap((c) => c.scenes);

	it('has 5 lines per theme: a routine step, an incident, then the list again or the incident worse', () => {
		expect(Object.keys(CONTENT)).toEqual(['proprete', 'logistique']);
		for (const c of Object.values(CONTENT)) {
			expect(c.scenes).toHaveLength(5);
			expect(c.voice).toBe('seen');
		}
		for (const scene of scenes) {
			expect(scene.turns.map((t) => t.id)).toEqual(['routine', 'incident', 'reprise', 'suite']);
			expect(scene.turns.map((t) => t.engages)).toEqual([ROUTINE, INCIDENT, ROUTINE, INCIDENT]);
			const [routine, incident] = scene.turns;
			for (const r of routine!.replies) expect(r.next).toBe('incident');
			for (const r of incident!.replies)
				expect(r.next).toBe(r.earns.includes('initiative') ? 'reprise' : 'suite');
		}
	});

	it('offers, by difficulty, the plain kinds first, then the half-right one, then a subtle one', () => {
		for (const turn of scenes.flatMap((s) => s.turns))
			expect(
				[1, 2, 3].map((d) =>
					offered(turn, d)
						.map((r) => kind(turn, r))
						.sort()
				)
			).toEqual([
				['acts', 'best', 'leaves'],
				['acts', 'best', 'holds', 'leaves'],
				['acts', 'best', 'holds', 'subtle']
			]);
	});

	it('explains the routine only: nothing in the consigne or the practice announces an incident', () => {
		for (const c of Object.values(CONTENT)) {
			const told = [
				...c.consigne,
				...c.practice.flatMap((p) => [p.who, p.other, p.why, ...p.replies.map((r) => r.text)])
			].map((text) => text.fr.toLowerCase());
			for (const text of told)
				expect(text).not.toMatch(/impr[ée]vu|incident|problème|danger|si quelque/);
		}
	});

	it('does not give the key away by length: the best action is not always the longest', () => {
		for (const difficulty of [1, 2, 3])
			expect(fullReplyLongestShare(Object.values(CONTENT), difficulty)).toBeLessThan(0.5);
	});
});

describe('« La liste du jour » subscores', () => {
	const setup = { config: initiativeServer.configSchema.parse({}), seed: 3, timeMultiplier: 1 };

	it('count incidents handled at once and left unattended, by hand on five lines', () => {
		const scene = CONTENT.proprete.scenes[0]!;
		const [routine, incident, reprise, suite] = scene.turns;
		const answered = (turn: TurnContent, depth: number, earns: string[]) => ({
			scene,
			item: 's0',
			turn,
			depth,
			reply: { text: { fr: '', en: '' }, earns }
		});
		const turns = [
			// Handled at once (secured, then told): back to the list.
			answered(routine!, 0, ROUTINE),
			answered(incident!, 1, INCIDENT),
			answered(reprise!, 2, ['tache']),
			// Overstepped (acted beyond the role): acted, not handled.
			answered(routine!, 0, ['soin']),
			answered(incident!, 1, ['initiative']),
			answered(reprise!, 2, ROUTINE),
			// Ignored, then acted when it got worse.
			answered(routine!, 0, ROUTINE),
			answered(incident!, 1, []),
			answered(suite!, 2, INCIDENT),
			// Only reported, then ignored again: never taken in hand.
			answered(routine!, 0, ROUTINE),
			answered(incident!, 1, ['role']),
			answered(suite!, 2, ['role']),
			// Ignored twice.
			answered(routine!, 0, []),
			answered(incident!, 1, []),
			answered(suite!, 2, [])
		];
		expect(incidents(turns)).toEqual({ handled: 1, incidents: 5, unattended: 2 });
	});

	it('are undefined with no incident met, and a careful person handles nearly all', () => {
		expect(incidents([])).toEqual({ handled: null, incidents: 0, unattended: null });
		const none = initiativeServer.score(setup, [] as RunEvent[]);
		expect(none.subscores.handled).toBeNull();
		expect(none.flags).toEqual(['no-response']);
		const careful = initiativeServer.score(
			setup,
			initiativeServer.simulate(setup, { skill: 1, rngSeed: 1 })
		);
		expect(careful.subscores.incidents).toBe(5);
		expect(careful.subscores.handled).toBeGreaterThanOrEqual(4);
		expect(careful.subscores.unattended).toBe(0);
		expect(careful.subscores.scenes).toBe(5);
	});
});
