import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { checkParallelForms } from './parallel-forms';

// A toy exercise of 4 items, each easy (worth 1 to a bot that gets every easy item right) or
// hard (worth 0 to it). Its forms are either drawn stratified (2 easy, 2 hard, shuffled) or item
// by item (each item easy with chance 1/2).
type Item = { id: number; easy: boolean };
const stratified = (seed: number): Item[] =>
	createRng(seed)
		.shuffle([true, true, false, false])
		.map((easy, id) => ({ id, easy }));
const itemByItem = (seed: number): Item[] => {
	const rng = createRng(seed);
	return [0, 1, 2, 3].map((id) => ({ id, easy: rng.chance(0.5) }));
};
const kind = (item: Item) => (item.easy ? 'easy' : 'hard');
const botScore = (items: readonly Item[]) => items.filter((i) => i.easy).length;

describe('parallel forms check', () => {
	const seeds = [1, 2, 3, 4, 5, 6, 7, 8];

	it('finds stratified forms parallel: same kinds, same expected score', () => {
		const report = checkParallelForms({
			seeds,
			form: stratified,
			kind,
			score: (seed) => botScore(stratified(seed)),
			plays: 3
		});
		expect(report.kinds).toEqual({ easy: 2, hard: 2 });
		expect(report.unequalKinds).toEqual([]);
		// Every form is worth exactly 2 to the bot: no spread at all.
		expect(report.expectedScores).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
		expect(report.spread).toBe(0);
		expect(report.sd).toBe(0);
	});

	it('reports forms drawn item by item: which seeds differ, and how far apart they score', () => {
		const report = checkParallelForms({
			seeds,
			form: itemByItem,
			kind,
			score: (seed) => botScore(itemByItem(seed)),
			plays: 1
		});
		const easyCounts = seeds.map((s) => botScore(itemByItem(s)));
		// By hand from the draws: the seeds whose number of easy items differs from seed 1's.
		expect(report.unequalKinds).toEqual(seeds.filter((_, i) => easyCounts[i] !== easyCounts[0]));
		expect(report.unequalKinds.length).toBeGreaterThan(0);
		expect(report.expectedScores).toEqual(easyCounts);
		expect(report.spread).toBe(Math.max(...easyCounts) - Math.min(...easyCounts));
		expect(report.spread).toBeGreaterThan(0);
	});

	it('averages the plays of the bot, the same rng seeds on every form', () => {
		const played: [number, number][] = [];
		const report = checkParallelForms({
			seeds: [10, 20],
			form: stratified,
			kind,
			score: (seed, rngSeed) => {
				played.push([seed, rngSeed]);
				return rngSeed;
			},
			plays: 4
		});
		expect(played).toEqual([
			[10, 1],
			[10, 2],
			[10, 3],
			[10, 4],
			[20, 1],
			[20, 2],
			[20, 3],
			[20, 4]
		]);
		// (1 + 2 + 3 + 4) / 4 = 2.5 on both forms.
		expect(report.expectedScores).toEqual([2.5, 2.5]);
	});

	it('reports a seed that gives the same form as an earlier one', () => {
		const report = checkParallelForms({
			seeds: [1, 2, 1],
			form: stratified,
			kind,
			score: () => 0,
			plays: 1
		});
		expect(report.repeatedForms).toEqual([1]);
		expect(() =>
			checkParallelForms({ seeds: [1], form: stratified, kind, score: () => 0, plays: 1 })
		).toThrow(RangeError);
	});
});
