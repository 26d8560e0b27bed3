/**
 * A bot that takes the attention exercise like a person of a given skill and returns the log
 * the kiosk would send: runtime entries (phases, painted stimuli, time up) and the machine's.
 */
import type { RunEvent, RunSetup } from '$lib/engine/contract';
import { createRng, type Rng } from '$lib/engine/random';
import type { AttentionConfig } from './config.schema';
import { levelFor, testItemMs } from './content';
import { generateSequence } from './items.server';

const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));

/** A person's behaviour at a skill from 0 (taps at random) to 1 (never wrong). */
function person(rng: Rng, skill: number) {
	const s = clamp(skill, 0, 1);
	// At skill 0, defects and good products are rejected alike (d′ ≈ 0).
	const guess = 0.25;
	return {
		/** Vigilance wanes over the épreuve (progress 0 → 1), less so for skilled people. */
		rejects: (isDefect: boolean, progress: number) =>
			rng.chance(
				isDefect ? guess + (1 - guess) * s * (1 - 0.5 * (1 - s) * progress) : guess * (1 - s) ** 2
			),
		/** 350–900 ms, faster and steadier with skill. */
		rt: () => {
			const spread = (rng.next() + rng.next() + rng.next() - 1.5) * (120 + 140 * (1 - s));
			return clamp(430 + 200 * (1 - s) + spread, 350, 900);
		},
		doubleTaps: () => rng.chance(0.04),
		/** Time to read or listen to something, in ms. */
		reads: (min: number, max: number) => rng.int(min, max),
		/** Paint delay after a presentation: one or two frames. */
		paint: () => 8 + rng.next() * 26,
		/** A machine timer fires a little late. */
		timerLag: () => rng.next() * 4
	};
}

export function simulate(
	setup: RunSetup<AttentionConfig>,
	{ skill, rngSeed }: { skill: number; rngSeed: number }
): RunEvent[] {
	const rng = createRng(rngSeed);
	const bot = person(rng, skill);
	const { practice, items } = generateSequence(setup);
	const level = levelFor(setup.config.difficulty);
	const events: RunEvent[] = [];
	let now = 0;
	const log = (t: number, type: string, data: Record<string, unknown>) => {
		now = Math.max(now, t);
		events.push({ seq: events.length, t: Math.round(now * 10) / 10, type, data });
	};

	log(0, 'phase.started', { phase: 'consigne' });
	log(now + bot.reads(15_000, 40_000), 'phase.started', { phase: 'entrainement' });

	const playPractice = () => {
		let errors = 0;
		for (const item of practice) {
			const onset = now + bot.paint();
			log(onset, 'stimulus.shown', { key: item.key, method: 'element-timing' });
			const rejected = bot.rejects(item.defect !== null, 0);
			const correct = rejected === (item.defect !== null);
			if (!correct) errors++;
			const answeredAt = rejected ? onset + bot.rt() : now + level.practiceItemMs;
			log(answeredAt, 'practice.answered', { item: item.key, rejected, correct });
			// Feedback follows a reject or a missed defect, and waits for "Continuer".
			if (rejected || item.defect !== null) now += bot.reads(2_000, 5_000);
		}
		return errors;
	};
	if (playPractice() >= 2) {
		log(now + bot.reads(2_000, 4_000), 'practice.repeated', { round: 2 });
		playPractice();
	}

	const start = now + bot.reads(2_000, 5_000);
	const multiplier = setup.timeMultiplier ?? 1;
	const deadline = start + setup.config.durationSeconds * 1000 * multiplier;
	const itemMs = testItemMs(setup.config.difficulty, multiplier);
	let presentedAt = start;
	let finishedAt: number | null = null;
	for (const [index, item] of items.entries()) {
		if (presentedAt >= deadline) break;
		log(presentedAt, 'item.presented', { item: item.key, index });
		// The runtime logs a phase change after what the machine emits on entering it.
		if (index === 0) log(start, 'phase.started', { phase: 'epreuve' });
		const onset = presentedAt + bot.paint();
		log(onset, 'stimulus.shown', { key: item.key, method: 'element-timing' });
		const next = presentedAt + itemMs + bot.timerLag();
		const end = Math.min(next, deadline);
		if (bot.rejects(item.defect !== null, index / items.length)) {
			const tap = onset + bot.rt();
			if (tap < end) log(tap, 'item.rejected', { item: item.key });
			const again = tap + bot.reads(120, 250);
			if (bot.doubleTaps() && again < end) log(again, 'item.rejected', { item: item.key });
		}
		if (index === items.length - 1 && next < deadline) finishedAt = next;
		presentedAt = next;
	}
	if (finishedAt === null) {
		log(deadline, 'time.up', {});
		finishedAt = deadline;
	}
	log(finishedAt, 'phase.started', { phase: 'fin' });
	return events;
}
