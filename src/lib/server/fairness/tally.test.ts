import { describe, expect, it } from 'vitest';
import {
	fairnessTables,
	fairnessWarnings,
	groupsOf,
	mergeCells,
	tally,
	type CandidateFacts
} from './tally';

const fact = (groups: Partial<CandidateFacts['groups']>, passes: Record<string, boolean>) => ({
	sessionId: 's1',
	groups: { time: 'standard', spoken: 'no', language: 'fr', ...groups },
	passes
});

describe('groups of a candidate', () => {
	it('uses only the stored accommodations and kiosk language, time coarsened to extra or not', () => {
		expect(
			groupsOf('{"timeMultiplier":1.75,"spokenInstructions":true}', '{"locale":"en"}')
		).toEqual({
			time: 'extra',
			spoken: 'yes',
			language: 'en'
		});
		expect(groupsOf('{}', null)).toEqual({ time: 'standard', spoken: 'no', language: 'unknown' });
	});
});

describe('tally of pass counts', () => {
	const facts = [
		fact({}, { battery: true, consignes: true }),
		fact({ time: 'extra' }, { battery: false, consignes: false }),
		fact({ time: 'extra' }, { battery: true, consignes: true })
	];

	it('counts each candidate once per exercise and dimension', () => {
		const cells = tally(facts);
		const time = cells.filter((c) => c.exercise === 'battery' && c.dimension === 'time');
		expect(time).toEqual([
			{ exercise: 'battery', dimension: 'time', group: 'standard', tested: 1, passed: 1 },
			{ exercise: 'battery', dimension: 'time', group: 'extra', tested: 2, passed: 1 }
		]);
		expect(cells.some((c) => c.dimension === 'session')).toBe(false);
		expect(
			tally(facts, true).find((c) => c.dimension === 'session' && c.exercise === 'consignes')
		).toMatchObject({ group: 's1', tested: 3, passed: 2 });
	});

	it('adds archived counts to live ones', () => {
		const merged = mergeCells(tally(facts), [
			{ exercise: 'battery', dimension: 'time', group: 'extra', tested: 5, passed: 1 }
		]);
		expect(
			merged.find((c) => c.exercise === 'battery' && c.dimension === 'time' && c.group === 'extra')
		).toMatchObject({ tested: 7, passed: 2 });
	});

	it('makes one table per dimension and exercise, groups in a stable order', () => {
		const tables = fairnessTables(tally(facts, true), ['battery', 'consignes']);
		expect(tables.map((t) => `${t.dimension}/${t.exercise}`)).toEqual([
			'time/battery',
			'time/consignes',
			'spoken/battery',
			'spoken/consignes',
			'language/battery',
			'language/consignes',
			'session/battery',
			'session/consignes'
		]);
		expect(tables[0]!.groups.map((g) => g.group)).toEqual(['extra', 'standard']);
	});
});

describe('fairness warnings', () => {
	it('lists the adverse groups, those unlikely to be chance first', () => {
		const cells = [
			// Fisher [[2, 4], [12, 2]]: p = 0.0374 (SciPy 1.17): significant.
			{ exercise: 'battery', dimension: 'language' as const, group: 'en', tested: 6, passed: 2 },
			{ exercise: 'battery', dimension: 'language' as const, group: 'fr', tested: 14, passed: 12 },
			// 3/10 against 9/12, Fisher p = 0.0836: below four fifths, may be chance.
			{ exercise: 'battery', dimension: 'time' as const, group: 'extra', tested: 10, passed: 3 },
			{ exercise: 'battery', dimension: 'time' as const, group: 'standard', tested: 12, passed: 9 }
		];
		const warnings = fairnessWarnings(fairnessTables(cells, ['battery']));
		expect(warnings).toEqual(
			[
				{
					exercise: 'battery',
					dimension: 'time',
					group: 'extra',
					rate: 0.3,
					best: 0.75,
					significant: false
				},
				{
					exercise: 'battery',
					dimension: 'language',
					group: 'en',
					rate: 2 / 6,
					best: 12 / 14,
					significant: true
				}
			].reverse()
		);
		expect(fairnessWarnings(fairnessTables(cells.slice(1, 2), ['battery']))).toEqual([]);
	});
});
