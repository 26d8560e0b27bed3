import { describe, expect, it } from 'vitest';
import type { RunEvent } from '$lib/engine/contract';
import { runSetup } from './fixtures';
import { generateSequence } from './items.server';
import { score } from './score.server';

// Expected values below are computed by hand. Normal quantiles come from a standard normal
// table (cross-checked with Python's statistics.NormalDist().inv_cdf): Φ⁻¹(.75) = 0.6744898,
// Φ⁻¹(.25) = −0.6744898, Φ⁻¹(.95) = 1.6448536, Φ⁻¹(.05) = −1.6448536, Φ⁻¹(.15) = −1.0364334,
// Φ⁻¹(.10) = −1.2815516, Φ⁻¹(2.5/3) = 0.9674216, Φ⁻¹(.5/12) = −1.7316644,
// Φ⁻¹(2.5/13) = −0.8694238, Φ⁻¹(.5/13) = −1.7688250. d′ = z(H) − z(F), c = −(z(H) + z(F)) / 2
// (Macmillan & Creelman 2005); raw = 20 · d′ within [0, 100], to one decimal.

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
		// d′ = −0.6744898 + 1.6448536 = 0.9703638, raw = 19.4; c = (0.6744898 + 1.6448536) / 2
		// = 1.1596717 (very cautious). No hit: no response time. The first third (t1–t3) holds no
		// defect: no decline.
		const result = score(setup, logOf(...before, ...belt));
		expect(result.raw).toBe(19.4);
		expect(result.max).toBe(100);
		expect(result.subscores).toEqual({
			hits: 0,
			misses: 1,
			falseAlarms: 0,
			correctRejections: 9,
			dprime: 0.97,
			criterion: 1.16,
			decline: null,
			rtMedian: null,
			rtCv: null
		});
		expect(result.items.map((i) => i.score)).toEqual([1, 1, 1, 1, 0, 1, 1, 1, 1, 1]);
		expect(result.flags).toEqual(['no-response', 'few-signals']);
	});

	it('scores a run where every decision is wrong', () => {
		// Every good item rejected 600 ms after its onset, the defect t5 let through.
		// 9 false alarms, 1 miss. H = .25, F = 9.5/10 = .95: d′ = −0.6744898 − 1.6448536 =
		// −2.3193434, below chance: raw 0. c = −(−0.6744898 + 1.6448536) / 2 = −0.4851819.
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
			criterion: -0.485,
			rtMedian: null
		});
		expect(result.items.every((i) => i.score === 0 && i.rt === undefined)).toBe(true);
		expect(result.flags).toEqual(['few-signals']);
	});

	it('scores a perfect run', () => {
		// t5 rejected 480 ms after its painted onset (37 220). H = 1.5/2 = .75,
		// F = 0.5/10 = .05: d′ = 0.6744898 + 1.6448536 = 2.3193434, raw = 46.4 (the correction
		// keeps 10 trials far from certainty); c = −(0.6744898 − 1.6448536) / 2 = 0.4851819.
		const result = score(setup, logOf(...before, ...belt, reject(37700, 't5')));
		expect(result.raw).toBe(46.4);
		expect(result.max).toBe(100);
		expect(result.subscores).toMatchObject({
			hits: 1,
			falseAlarms: 0,
			dprime: 2.319,
			criterion: 0.485
		});
		expect(result.subscores.rtMedian).toBe(480);
		expect(result.items[4]).toEqual({
			key: 't5',
			content: 'cap-missing',
			score: 1,
			max: 1,
			rt: 480
		});
		expect(result.items[0]?.content).toBe('good');
		expect(result.items.every((i) => i.score === 1)).toBe(true);
	});

	it('counts only the first tap on an item, and gives a tap to the item still on screen', () => {
		// t2 tapped twice (one false alarm), t5 tapped twice (one hit, rt 37 670 − 37 220 = 450).
		// The tap at 39 010 comes after t6 was presented (39 000) but before it was painted
		// (39 020): t5 was still on screen, so it is a third tap on t5, not a false alarm on t6.
		// H = .75, F = 1.5/10 = .15: d′ = 0.6744898 + 1.0364334 = 1.7109232, raw 34.2 (hits −
		// false alarms gave 0).
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
		expect(result.raw).toBe(34.2);
		expect(result.items[4]?.rt).toBe(450);
	});

	describe('when the time is up in the middle of an item', () => {
		const cut: Entry[] = [...belt.slice(0, 13), [39900, 'time.up', {}]];

		it('does not score the cut item when it was left unanswered, nor the items not reached', () => {
			// t6 was on screen for 900 ms of its 1800: not scored; t7–t10 never shown.
			// Scored t1–t5: 1 hit (rt 500), 4 correct rejections. H = .75, F = 0.5/5 = .1:
			// d′ = 0.6744898 + 1.2815516 = 1.9560414, raw 39.1.
			const result = score(setup, logOf(...before, ...cut, reject(37720, 't5')));
			expect(result.items.map((i) => i.key)).toEqual(['t1', 't2', 't3', 't4', 't5']);
			expect(result.raw).toBe(39.1);
			expect(result.max).toBe(100);
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
			// d′ = 0.6744898 + 0.6744898 = 1.3489796, raw 27.0; c = 0 (neutral).
			const result = score(
				setup,
				logOf(...before, ...cut, reject(37720, 't5'), reject(39500, 't6'))
			);
			expect(result.items.map((i) => i.key)).toEqual(['t1', 't2', 't3', 't4', 't5', 't6']);
			expect(result.raw).toBe(27);
			expect(result.subscores).toMatchObject({ falseAlarms: 1, dprime: 1.349, criterion: 0 });
		});
	});

	it('leaves undefined what was never measured when the épreuve was never reached', () => {
		// No trial: neither rate exists, so neither d′ nor c does (the correction alone would
		// make up d′ = 0 from nothing); the score is 0 out of 100.
		const result = score(setup, logOf(...before));
		expect(result).toEqual({
			raw: 0,
			max: 100,
			subscores: {
				hits: 0,
				misses: 0,
				falseAlarms: 0,
				correctRejections: 0,
				dprime: null,
				criterion: null,
				decline: null,
				rtMedian: null,
				rtCv: null
			},
			items: [],
			flags: ['no-response', 'few-signals']
		});
	});

	describe('over 40 items', () => {
		// Seed 1: defects t4, t10 (first third: t1–t13), t20, t27 (middle), t34 (last third:
		// t28–t40).
		const long = runSetup({ difficulty: 1, itemCount: 40, durationSeconds: 120 }, 1);
		const onset = (n: number) => 30020 + 1800 * (n - 1);
		const entries: Entry[] = Array.from({ length: 40 }, (_, i): Entry[] => [
			[30000 + 1800 * i, 'item.presented', { item: `t${i + 1}`, index: i }],
			[onset(i + 1), 'stimulus.shown', shown(`t${i + 1}`)]
		]).flat();
		entries.splice(1, 0, [30000, 'phase.started', { phase: 'epreuve' }]);
		const run = (...taps: Entry[]) =>
			score(
				long,
				logOf(
					...before,
					...entries,
					[30000 + 1800 * 40, 'phase.started', { phase: 'fin' }],
					...taps
				)
			);

		it('has its defects where the comments say', () => {
			const defects = generateSequence(long).items.filter((i) => i.defect !== null);
			expect(defects.map((i) => i.key)).toEqual(['t4', 't10', 't20', 't27', 't34']);
		});

		it('measures the decline of d′ and the stability of hit times', () => {
			// Hits on t4, t10, t20, t27, miss on t34, no false alarm. First third: 2 hits of 2,
			// 0 false alarms of 11: H = 2.5/3, F = 0.5/12, d′ = 0.9674216 + 1.7316644 = 2.6990860.
			// Last third: 0 hits of 1, 0 of 12: H = .25, F = 0.5/13, d′ = −0.6744898 + 1.7688250
			// = 1.0943352. Decline = 1.6047508. Hit RTs 400, 600, 500, 500: median 500, mean 500,
			// sample SD = √((100² + 100² + 0 + 0) / 3) = 81.65, CV = 0.163.
			const result = run(
				reject(onset(4) + 400, 't4'),
				reject(onset(10) + 600, 't10'),
				reject(onset(20) + 500, 't20'),
				reject(onset(27) + 500, 't27')
			);
			expect(result.subscores).toMatchObject({
				hits: 4,
				misses: 1,
				decline: 1.605,
				rtMedian: 500,
				rtCv: 0.163
			});
			expect(result.flags).toEqual([]);
		});

		it('sees a decline when false alarms rise at the end, though the hit rate does not fall', () => {
			// Every defect caught; false alarms on t30 and t31. The hit rate is 1 in both thirds
			// (the old measure said 0). Last third: H = 1.5/2 = .75, F = 2.5/13, d′ = 0.6744898 +
			// 0.8694238 = 1.5439136; first third as above, 2.6990860: decline = 1.1551724.
			const result = run(
				...['t4', 't10', 't20', 't27', 't34', 't30', 't31'].map((key) =>
					reject(onset(Number(key.slice(1))) + 500, key)
				)
			);
			expect(result.subscores).toMatchObject({ hits: 5, falseAlarms: 2, decline: 1.155 });
		});
	});
});
