import { EventLogBuilder } from '$lib/engine/event-log';
import type { RunEvent } from '$lib/engine/contract';
import { createRng } from '$lib/engine/random';
import { correctBin } from './rules.server';
import type { BinId, SortingPayload } from './types';

/**
 * A bot playing the sorting station like a person of the given skill (0 = guesses, 1 = never
 * wrong, quick). Exceptions are harder than base rules, and the typical mistake on an exception
 * is to apply the base rule. Produces what the kiosk would log, engine entries included.
 */
export function simulateSorting(
	payload: SortingPayload,
	options: { durationMs: number; skill: number; rngSeed: number }
): RunEvent[] {
	const { durationMs, skill, rngSeed } = options;
	const rng = createRng(rngSeed);
	const log = new EventLogBuilder();
	const bins = payload.bins.map((b) => b.id);
	const otherBin = (bin: BinId) => rng.pick(bins.filter((b) => b !== bin));

	log.push(0, 'phase.started', { phase: 'consigne' });
	let t = 15_000 + rng.int(0, 10_000);
	log.push(t, 'phase.started', { phase: 'entrainement' });
	for (const p of payload.practice) {
		t += rng.int(2_000, 6_000);
		const bin = rng.chance(0.5 + 0.5 * skill) ? p.bin : otherBin(p.bin);
		log.push(t, 'practice.placed', { item: p.item.key, bin, correct: bin === p.bin });
		t += rng.int(1_500, 3_000);
	}
	t += rng.int(2_000, 5_000);
	log.push(t, 'phase.started', { phase: 'epreuve' });
	const start = t;

	let finished = true;
	for (const [index, item] of payload.items.entries()) {
		log.push(t, 'item.presented', { item: item.key, index });
		log.push(t + 16.7, 'stimulus.shown', { key: item.key, method: 'element-timing' });
		const rt = Math.max(900, (9_000 - 5_500 * skill) * (0.6 + 0.8 * rng.next()));
		if (t + rt - start > durationMs) {
			finished = false;
			break;
		}
		const { bin, rule } = correctBin(payload.rules, item);
		const baseBin = payload.rules.find(
			(r) => r.kind === 'base' && r.when.attribute === 'color' && r.when.equals === item.color
		)?.bin;
		let answer: BinId;
		if (rule.kind === 'base') answer = rng.chance(0.3 + 0.7 * skill) ? bin : otherBin(bin);
		else if (rng.chance(0.15 + 0.85 * skill * skill)) answer = bin;
		else answer = baseBin && baseBin !== bin && rng.chance(0.7) ? baseBin : otherBin(bin);
		t += rt;
		log.push(t, 'item.placed', { item: item.key, bin: answer });
		t += 350;
	}
	if (!finished) log.push(start + durationMs, 'time.up');
	log.push(Math.max(log.lastT, start + (finished ? 0 : durationMs)), 'phase.started', {
		phase: 'fin'
	});
	return log.events;
}
