import { describe, expect, it } from 'vitest';
import type { RunEvent } from '$lib/engine/contract';
import { runSetup } from './fixtures';
import { generateSequence } from './items.server';
import { score } from './score.server';

// Expected values below are computed by hand. Normal quantiles come from a standard normal
// table (cross-checked with Python's statistics.NormalDist().inv_cdf): Φ⁻¹(.75) = 0.6744898, Φ⁻¹(.25) = −0.6744898, Φ⁻¹(.95) = 1.6448536,
// Φ⁻¹(.05) = −1.6448536, Φ⁻¹(.15) = −1.0364334, Φ⁻¹(.10) = −1.2815516.

/** 10 items at difficulty 1 (1.8 s each); with seed 1 the only defect is t5. */
const setup = runSetup({ difficulty: 1, itemCount: 10, durationSeconds: 60 }, 1);

type Entry = [t: number, type: string, data: Record<string, unknown>];

/** Numbers the entries in time order, as the kiosk would have logged them. */
const logOf = (...entries: Entry[]): RunEvent[] =>
	entries
		.map((entry, i) => ({ entry, i }))
		.sort((a, b) => a.entry[0] - b.entry[0] || a.i - b.i)
		.map(({ entry: [t, type, data] }, seq) => ({ seq, t, type, data }));

const shown = (key: string) => ({ key, method: 'element-timing' });

/** Consigne and a practice, whose answers must not count. */
const before: Entry[] = [
	[0, 'phase.started', { phase: 'consigne' }],
	[20000, 'phase.started', { phase: 'entrainement' }],
	[20020, 'stimulus.shown', shown('p1')],
	[20500, 'practice.answered', { item: 'p1', rejected: true, correct: false }]
];

/**
 * The épreuve: items every 1800 ms from 30 000, each painted 20 ms after it is presented. As
 * the runtime does, the épreuve's phase.started comes after the first item.presented.
 */
const belt: Entry[] = [
	[30000, 'item.presented', { item: 't1', index: 0 }],
	[30000, 'phase.started', { phase: 'epreuve' }],
	[30020, 'stimulus.shown', shown('t1')],
	[31800, 'item.presented', { item: 't2', index: 1 }],
	[31820, 'stimulus.shown', shown('t2')],
	[33600, 'item.presented', { item: 't3', index: 2 }],
	[33620, 'stimulus.shown', shown('t3')],
	[35400, 'item.presented', { item: 't4', index: 3 }],
	[35420, 'stimulus.shown', shown('t4')],
	[37200, 'item.presented', { item: 't5', index: 4 }],
	[37220, 'stimulus.shown', shown('t5')],
	[39000, 'item.presented', { item: 't6', index: 5 }],
	[39020, 'stimulus.shown', shown('t6')],
	[40800, 'item.presented', { item: 't7', index: 6 }],
	[40820, 'stimulus.shown', shown('t7')],
	[42600, 'item.presented', { item: 't8', index: 7 }],
	[42620, 'stimulus.shown', shown('t8')],
	[44400, 'item.presented', { item: 't9', index: 8 }],
	[44420, 'stimulus.shown', shown('t9')],
	[46200, 'item.presented', { item: 't10', index: 9 }],
	[46220, 'stimulus.shown', shown('t10')],
	[48000, 'phase.started', { phase: 'fin' }]
];

const reject = (t: number, item: string): Entry => [t, 'item.rejected', { item }];
const keys = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', 't10'];

describe('attention scoring', () => {
	it('uses a sequence whose only defect is t5', () => {
		const defects = generateSequence(setup).items.filter((i) => i.defect !== null);
		expect(defects.map((i) => i.key)).toEqual(['t5']);
	});

	it('scores a run without any response', () => {
		// 1 miss, 9 correct rejections. H = 0.5/2 = .25, F = 0.5/10 = .05:
		// d′ = −0.6744898 + 1.6448536 = 0.9703638.
		const result = score(setup, logOf(...before, ...belt));
		expect(result.raw).toBe(0);
		expect(result.max).toBe(1);
		expect(result.subscores).toEqual({
			hits: 0,
			misses: 1,
			falseAlarms: 0,
			correctRejections: 9,
			dprime: 0.97,
			decline: 0,
			rtMedian: 0,
			rtCv: 0
		});
		expect(result.items.map((i) => i.score)).toEqual([1, 1, 1, 1, 0, 1, 1, 1, 1, 1]);
		expect(result.flags).toEqual(['no-response', 'few-signals']);
	});

	it('scores a run where every decision is wrong', () => {
		// Every good item rejected 600 ms after its onset, the defect t5 let through.
		// 9 false alarms, 1 miss: raw = max(0, 0 − 9) = 0. H = .25, F = 9.5/10 = .95:
		// d′ = −0.6744898 − 1.6448536 = −2.3193434.
		const taps = [30620, 32420, 34220, 36020, 39620, 41420, 43220, 45020, 46820];
		const result = score(
			setup,
			logOf(
				...before,
				...belt,
				...taps.map((t, i) => reject(t, keys.filter((k) => k !== 't5')[i]!))
			)
		);
		expect(result.raw).toBe(0);
		expect(result.subscores).toMatchObject({
			hits: 0,
			misses: 1,
			falseAlarms: 9,
			correctRejections: 0,
			dprime: -2.319,
			rtMedian: 0
		});
		expect(result.items.every((i) => i.score === 0 && i.rt === undefined)).toBe(true);
		expect(result.flags).toEqual(['few-signals']);
	});

	it('scores a perfect run', () => {
		// t5 rejected 480 ms after its painted onset (37 220). H = 1.5/2 = .75,
		// F = 0.5/10 = .05: d′ = 0.6744898 + 1.6448536 = 2.3193434.
		const result = score(setup, logOf(...before, ...belt, reject(37700, 't5')));
		expect(result.raw).toBe(1);
		expect(result.max).toBe(1);
		expect(result.subscores).toMatchObject({ hits: 1, falseAlarms: 0, dprime: 2.319 });
		expect(result.subscores.rtMedian).toBe(480);
		expect(result.items[4]).toEqual({ key: 't5', score: 1, max: 1, rt: 480 });
		expect(result.items.every((i) => i.score === 1)).toBe(true);
	});

	it('counts only the first tap on an item, and gives a tap to the item still on screen', () => {
		// t2 tapped twice (one false alarm), t5 tapped twice (one hit, rt 37 670 − 37 220 = 450).
		// The tap at 39 010 comes after t6 was presented (39 000) but before it was painted
		// (39 020): t5 was still on screen, so it is a third tap on t5, not a false alarm on t6.
		// H = .75, F = 1.5/10 = .15: d′ = 0.6744898 + 1.0364334 = 1.7109232.
		const result = score(
			setup,
			logOf(
				...before,
				...belt,
				reject(32220, 't2'),
				reject(32400, 't2'),
				reject(37670, 't5'),
				reject(37900, 't5'),
				reject(39010, 't6')
			)
		);
		expect(result.subscores).toMatchObject({
			hits: 1,
			misses: 0,
			falseAlarms: 1,
			correctRejections: 8,
			dprime: 1.711,
			rtMedian: 450
		});
		expect(result.raw).toBe(0);
		expect(result.items[4]?.rt).toBe(450);
	});

	describe('when the time is up in the middle of an item', () => {
		const cut: Entry[] = [...belt.slice(0, 13), [39900, 'time.up', {}]];

		it('does not score the cut item when it was left unanswered, nor the items not reached', () => {
			// t6 was on screen for 900 ms of its 1800: not scored; t7–t10 never shown.
			// Scored t1–t5: 1 hit (rt 500), 4 correct rejections. H = .75, F = 0.5/5 = .1:
			// d′ = 0.6744898 + 1.2815516 = 1.9560414.
			const result = score(setup, logOf(...before, ...cut, reject(37720, 't5')));
			expect(result.items.map((i) => i.key)).toEqual(['t1', 't2', 't3', 't4', 't5']);
			expect(result.raw).toBe(1);
			expect(result.max).toBe(1);
			expect(result.subscores).toMatchObject({ hits: 1, correctRejections: 4, dprime: 1.956 });
		});

		it('times the cut item at the pace of the run: slower with extra time', () => {
			// t6 was on screen 2000 ms when the time was up: a whole item at 1800 ms per item,
			// not at 2700 (× 1.5), where it is left out like any cut item.
			const later: Entry[] = [...belt.slice(0, 13), [41000, 'time.up', {}]];
			const log = logOf(...before, ...later, reject(37720, 't5'));
			expect(score(setup, log).items.map((i) => i.key)).toContain('t6');
			expect(score({ ...setup, timeMultiplier: 1.5 }, log).items.map((i) => i.key)).toEqual([
				't1',
				't2',
				't3',
				't4',
				't5'
			]);
		});

		it('scores the cut item when it was answered', () => {
			// t6 rejected before the time was up: a false alarm. F = 1.5/6 = .25:
			// d′ = 0.6744898 + 0.6744898 = 1.3489796; raw = max(0, 1 − 1) = 0.
			const result = score(
				setup,
				logOf(...before, ...cut, reject(37720, 't5'), reject(39500, 't6'))
			);
			expect(result.items.map((i) => i.key)).toEqual(['t1', 't2', 't3', 't4', 't5', 't6']);
			expect(result.raw).toBe(0);
			expect(result.subscores).toMatchObject({ falseAlarms: 1, dprime: 1.349 });
		});
	});

	it('falls back on the defects of the whole sequence when the épreuve was never reached', () => {
		// No trial: H = F = .5, d′ = 0.
		const result = score(setup, logOf(...before));
		expect(result).toEqual({
			raw: 0,
			max: 1,
			subscores: {
				hits: 0,
				misses: 0,
				falseAlarms: 0,
				correctRejections: 0,
				dprime: 0,
				decline: 0,
				rtMedian: 0,
				rtCv: 0
			},
			items: [],
			flags: ['no-response', 'few-signals']
		});
	});

	it('measures the decline and the stability of hit times', () => {
		// 40 items, seed 1: defects t4, t10 (first third: t1–t13), t20, t27 (middle),
		// t34 (last third: t28–t40). Hits on t4, t10, t20, t27, miss on t34:
		// decline = 2/2 − 0/1 = 1. Hit RTs 400, 600, 500, 500: median 500, mean 500,
		// sample SD = √((100² + 100² + 0 + 0) / 3) = 81.65, CV = 0.163.
		const long = runSetup({ difficulty: 1, itemCount: 40, durationSeconds: 120 }, 1);
		const defects = generateSequence(long).items.filter((i) => i.defect !== null);
		expect(defects.map((i) => i.key)).toEqual(['t4', 't10', 't20', 't27', 't34']);
		const onset = (n: number) => 30020 + 1800 * (n - 1);
		const entries: Entry[] = Array.from({ length: 40 }, (_, i): Entry[] => [
			[30000 + 1800 * i, 'item.presented', { item: `t${i + 1}`, index: i }],
			[onset(i + 1), 'stimulus.shown', shown(`t${i + 1}`)]
		]).flat();
		entries.splice(1, 0, [30000, 'phase.started', { phase: 'epreuve' }]);
		const result = score(
			long,
			logOf(
				...before,
				...entries,
				[30000 + 1800 * 40, 'phase.started', { phase: 'fin' }],
				reject(onset(4) + 400, 't4'),
				reject(onset(10) + 600, 't10'),
				reject(onset(20) + 500, 't20'),
				reject(onset(27) + 500, 't27')
			)
		);
		expect(result.subscores).toMatchObject({
			hits: 4,
			misses: 1,
			decline: 1,
			rtMedian: 500,
			rtCv: 0.163
		});
		expect(result.flags).toEqual([]);
	});
});
