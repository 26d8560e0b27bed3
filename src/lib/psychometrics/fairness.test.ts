import { describe, expect, it } from 'vitest';
import { compareGroups, fisherExact, suppressed } from './fairness';

describe('Fisher exact test (two-sided)', () => {
	it('agrees with SciPy 1.17 stats.fisher_exact', () => {
		expect(fisherExact(3, 7, 9, 3)).toBeCloseTo(0.0835573095635015, 12);
		expect(fisherExact(2, 4, 12, 2)).toBeCloseTo(0.03740970072239422, 12);
		expect(fisherExact(6, 2, 8, 6)).toBeCloseTo(0.6493980048159614, 12);
		expect(fisherExact(5, 5, 5, 5)).toBe(1);
	});

	it('sums the two extreme tables by hand', () => {
		// [[0, 6], [8, 2]]: margins 6 and 8 of 16. P(0) = C(8,0)·C(8,6)/C(16,6) = 28/8008, and the
		// table at the other end, P(6), is as likely: p = 56/8008 = 0.006993…
		expect(fisherExact(0, 6, 8, 2)).toBeCloseTo(56 / 8008, 12);
	});
});

describe('pass rates by group, four-fifths rule', () => {
	const groups = [
		{ group: 'standard', tested: 12, passed: 9 },
		{ group: 'extra-time', tested: 10, passed: 3 },
		{ group: 'tiny', tested: 3, passed: 0 }
	];

	it('compares each group large enough with the best rate, and tests it against the rest', () => {
		const [standard, extra, tiny] = compareGroups(groups);
		// By hand: 9/12 = 0.75 is the best; 3/10 = 0.3; 0.3/0.75 = 0.4 < 0.8.
		expect(standard).toMatchObject({ rate: 0.75, impactRatio: 1, adverse: false });
		expect(extra!.rate).toBe(0.3);
		expect(extra!.impactRatio).toBeCloseTo(0.4, 12);
		expect(extra!.adverse).toBe(true);
		// Against the 15 others (9 + 0 passed): [[3, 7], [9, 6]]; SciPy 1.17 fisher_exact gives 0.22619464261677213.
		expect(extra!.fisherP).toBeCloseTo(0.22619464261677213, 12);
		expect(extra!.significant).toBe(false);
		expect(tiny).toMatchObject({
			tooSmall: true,
			impactRatio: null,
			fisherP: null,
			adverse: false
		});
	});

	it('flags a significant gap when it is both under four fifths and unlikely by chance', () => {
		const [a, b] = compareGroups([
			{ group: 'fr', tested: 14, passed: 12 },
			{ group: 'en', tested: 6, passed: 2 }
		]);
		// 2/6 ÷ 12/14 = 0.3889; Fisher [[2, 4], [12, 2]]: p = 0.0374 (SciPy 1.17).
		expect(a!.adverse).toBe(false);
		expect(b!.impactRatio).toBeCloseTo(2 / 6 / (12 / 14), 12);
		expect(b!.fisherP).toBeCloseTo(0.03740970072239422, 12);
		expect(b!.significant).toBe(true);
	});

	it('does not compare a lone group, nor when nobody passed', () => {
		expect(compareGroups([{ group: 'fr', tested: 10, passed: 4 }])[0]!.impactRatio).toBeNull();
		const none = compareGroups([
			{ group: 'a', tested: 6, passed: 0 },
			{ group: 'b', tested: 6, passed: 0 }
		]);
		expect(none.every((g) => g.impactRatio === null && !g.adverse)).toBe(true);
	});
});

describe('suppression of small cells', () => {
	it('hides counts from 1 to 4, shows 0 and 5 or more', () => {
		expect([0, 1, 4, 5, 12].map(suppressed)).toEqual([false, true, true, false, false]);
	});
});
