import { describe, expect, it } from 'vitest';
import type { RunEvent } from '$lib/engine/contract';
import { engineEventSchemas, runEventSchema } from '$lib/engine/contract.schema';
import { eventSchemas } from './config.schema';
import { runSetup } from './fixtures';
import { score } from './score.server';
import { attentionServer } from './exercise.server';

const simulate = attentionServer.simulate;
const setup = runSetup({ theme: 'soin', difficulty: 2 }, 42);
const schemas: Record<string, { safeParse: (data: unknown) => { success: boolean } }> = {
	...engineEventSchemas,
	...eventSchemas
};

describe('attention bot, playing the machine headless', () => {
	it('produces a log the server accepts', () => {
		const events = simulate(setup, { skill: 0.6, rngSeed: 1 });
		events.forEach((event, i) => {
			expect(runEventSchema.safeParse(event).success).toBe(true);
			expect(event.seq).toBe(i);
			expect(schemas[event.type]?.safeParse(event.data).success, event.type).toBe(true);
			if (i > 0) expect(event.t).toBeGreaterThanOrEqual(events[i - 1]!.t);
		});
		const phases = events.filter((e) => e.type === 'phase.started').map((e) => e.data.phase);
		expect(phases).toEqual(['consigne', 'entrainement', 'epreuve', 'fin']);
		expect(events.filter((e) => e.type === 'time.up')).toHaveLength(1);
	});

	it('answers within a realistic time after the item is painted', () => {
		const events = simulate(setup, { skill: 0.5, rngSeed: 2 });
		const onsets = new Map<string, number>();
		const rts: number[] = [];
		const seen = new Set<string>();
		for (const e of events) {
			if (e.type === 'stimulus.shown') onsets.set(String(e.data.key), e.t);
			const key = String(e.data.item);
			if (e.type === 'item.rejected' && !seen.has(key)) {
				seen.add(key);
				rts.push(e.t - onsets.get(key)!);
			}
		}
		expect(rts.length).toBeGreaterThan(10);
		for (const rt of rts) {
			expect(rt).toBeGreaterThanOrEqual(349.9);
			expect(rt).toBeLessThanOrEqual(900.1);
		}
	});

	it('is repeatable with the same seed', () => {
		const again = (rngSeed: number): RunEvent[] => simulate(setup, { skill: 0.7, rngSeed });
		expect(again(5)).toEqual(again(5));
		expect(again(6)).not.toEqual(again(5));
	});

	it('scores near the maximum at skill 1 and clearly less at skill 0.2', () => {
		const best = score(setup, simulate(setup, { skill: 1, rngSeed: 3 }));
		const weak = score(setup, simulate(setup, { skill: 0.2, rngSeed: 3 }));
		expect(best.raw).toBeGreaterThanOrEqual(best.max * 0.9);
		expect(best.subscores.dprime).toBeGreaterThan(3);
		expect(weak.raw).toBeLessThan(best.raw / 2);
		expect(weak.subscores.dprime).toBeLessThan(best.subscores.dprime! - 1.5);
		expect(weak.subscores.falseAlarms).toBeGreaterThan(best.subscores.falseAlarms!);
	});

	it('ends with the items when they run out before the time', () => {
		const short = runSetup({ difficulty: 3, itemCount: 30, durationSeconds: 600 }, 9);
		const events = simulate(short, { skill: 0.9, rngSeed: 4 });
		expect(events.some((e) => e.type === 'time.up')).toBe(false);
		expect(events.filter((e) => e.type === 'item.presented')).toHaveLength(30);
		expect(score(short, events).items).toHaveLength(30);
	});
});
