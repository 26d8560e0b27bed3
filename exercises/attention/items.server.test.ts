import { describe, expect, it } from 'vitest';
import { checkParallelForms } from '$lib/engine/testing/parallel-forms';
import { configSchema, payloadSchema } from './config.schema';
import { ATTENTION_THEMES, levels, themeContent } from './content';
import { runSetup } from './fixtures';
import { attentionServer } from './exercise.server';
import { generateSequence, prepare } from './items.server';

describe('attention config', () => {
	it('fills the defaults and derives the item count from the pace', () => {
		expect(configSchema.parse({ theme: 'industrie' })).toEqual({
			theme: 'industrie',
			difficulty: 2,
			durationSeconds: 600,
			itemCount: 400
		});
		expect(configSchema.parse({ theme: 'soin', difficulty: 3 }).itemCount).toBe(500);
		expect(configSchema.parse({ theme: 'soin', itemCount: 50 }).itemCount).toBe(50);
		expect(configSchema.safeParse({ theme: 'restauration' }).success).toBe(false);
	});
});

describe('attention items', () => {
	it('gives the same sequence for the same seed, another for another seed', () => {
		expect(generateSequence(runSetup({}, 3))).toEqual(generateSequence(runSetup({}, 3)));
		expect(generateSequence(runSetup({}, 4))).not.toEqual(generateSequence(runSetup({}, 3)));
	});

	it.each(ATTENTION_THEMES.flatMap((theme) => [1, 2, 3].map((d) => [theme, d] as const)))(
		'%s at difficulty %i: rare, spread, never adjacent defects of the right subtlety',
		(theme, difficulty) => {
			const { config } = runSetup({ theme, difficulty }, 11);
			const { items, practice } = generateSequence({ config, seed: 11 });
			const level = levels[difficulty as 1 | 2 | 3];
			const defective = items.flatMap((item, i) => (item.defect ? [i] : []));
			const rate = defective.length / items.length;
			expect(rate).toBeGreaterThanOrEqual(0.08 - 0.005);
			expect(rate).toBeLessThanOrEqual(0.12 + 0.005);
			expect(defective[0]).toBeGreaterThan(0);
			defective.slice(1).forEach((p, i) => expect(p - defective[i]!).toBeGreaterThan(1));
			const thirds = [0, 1, 2].map(
				(k) => defective.filter((p) => Math.floor((3 * p) / items.length) === k).length
			);
			for (const n of thirds) expect(Math.abs(n - defective.length / 3)).toBeLessThanOrEqual(2);
			const subtlety = new Map(themeContent[theme].defects.map((d) => [d.id, d.subtlety]));
			for (const item of [...items, ...practice].filter((i) => i.defect))
				expect(level.subtleties).toContain(subtlety.get(item.defect!));
			expect(practice).toHaveLength(4);
			const practiceDefects = practice.flatMap((item, i) => (item.defect ? [i] : []));
			expect(practiceDefects.length).toBeGreaterThanOrEqual(1);
			expect(practiceDefects[0]).toBeGreaterThan(0);
			practiceDefects
				.slice(1)
				.forEach((p, i) => expect(p - practiceDefects[i]!).toBeGreaterThan(1));
		}
	);

	it('draws each defect on its own part and leaves good products untouched', () => {
		const { items } = generateSequence(runSetup({ theme: 'logistique' }, 2));
		for (const item of items) {
			const changed = Object.entries(item.look).filter(([, state]) => state !== 'ok');
			expect(changed).toHaveLength(item.defect ? 1 : 0);
		}
	});

	it('sends the kiosk the test items without their answers', () => {
		const setup = runSetup({}, 8);
		const payload = prepare(setup);
		expect(payloadSchema.safeParse(payload).success).toBe(true);
		expect(payload.items.some((item) => 'defect' in item)).toBe(false);
		expect(payload.practice.every((item) => 'defect' in item)).toBe(true);
		expect(payload.items).toHaveLength(setup.config.itemCount);
	});

	it('slows the belt for a person with extra time, with the same products', () => {
		const standard = prepare(runSetup({ difficulty: 1 }, 5));
		const slower = prepare({ ...runSetup({ difficulty: 1 }, 5), timeMultiplier: 1.5 });
		expect(standard.itemMs).toBe(levels[1].itemMs);
		expect(slower.itemMs).toBe(levels[1].itemMs * 1.5);
		expect(slower.items).toEqual(standard.items);
		expect(payloadSchema.safeParse(slower).success).toBe(true);
	});
});

describe('attention forms', () => {
	const seeds = Array.from({ length: 30 }, (_, i) => 500 + i);
	const check = (difficulty: number, formVersion: number | undefined, plays: number) => {
		const base = runSetup({ theme: 'industrie', difficulty });
		return checkParallelForms({
			seeds,
			form: (seed) => generateSequence({ ...base, seed, formVersion }).items,
			kind: (item) => item.defect ?? 'good',
			score: (seed, rngSeed) => {
				const setup = { ...base, seed, formVersion };
				return attentionServer.score(
					setup,
					attentionServer.simulate(setup, { skill: 0.5, rngSeed })
				).raw;
			},
			plays
		});
	};

	it('are parallel: as many defects of each kind, and as hard for the same person', () => {
		// 400 products at difficulty 2, 40 defects: 10 of each of the 4 kinds on every form.
		// Bound: over 30 seeds, the expected score of a person of skill 0.5 (20 plays of the bot
		// per form) spreads by at most 6 points of 100 (d′ 0.3), SD at most 1.5. The bot does not
		// tell defect kinds apart: what spread it finds is its own luck (one play's score has an SD
		// of about 5 points, a mean of 20 plays about 1.1) and where the defects fall.
		const report = check(2, undefined, 20);
		expect(report.kinds).toEqual({
			good: 360,
			'cap-missing': 10,
			'cap-wrong': 10,
			'label-missing': 10,
			'label-torn': 10
		});
		expect(report.unequalKinds).toEqual([]);
		expect(report.repeatedForms).toEqual([]);
		expect(report.spread).toBeLessThanOrEqual(6);
		expect(report.sd).toBeLessThanOrEqual(1.5);
	});

	it.each([1, 3])('hold as many defects of each kind at difficulty %i', (difficulty) => {
		// The bot is played once per form only: here the kinds are what is checked.
		expect(check(difficulty, undefined, 1).unequalKinds).toEqual([]);
	});

	it('did not with form 1, whose kinds came on from the practice rounds', () => {
		// Difficulty 3: 40 defects among 5 kinds, after 3 dealt for the practice.
		expect(check(3, 1, 1).unequalKinds.length).toBeGreaterThan(0);
	});
});
