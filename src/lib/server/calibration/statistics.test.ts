import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { saveBattery } from '../campaigns/battery-edit';
import { simulateAttempt } from '../demo/simulate';
import { makeAdviserCampaign } from '../testing/factories';
import { calibrationEmployees, registerEmployees } from './employees';
import { seedDemo } from '../demo/seed';
import { testDatabases } from '../testing/db';
import { campaignCalibrationStatistics } from './statistics';

/** Registers `n` employees on the campaign and plays each one's attempt (skill by rank, seeds from `seed`). */
async function playEmployees(
	db: Db,
	adviser: Parameters<typeof registerEmployees>[1],
	campaignId: string,
	n: number,
	skill: (i: number) => number,
	seed: number
) {
	await registerEmployees(db, adviser, campaignId, n);
	for (const [i, e] of (await calibrationEmployees(db, campaignId)).entries()) {
		const attempt = await db
			.selectFrom('attempts')
			.select('id')
			.where('person_id', '=', e.personId)
			.executeTakeFirstOrThrow();
		await simulateAttempt(db, attempt.id, skill(i), seed + i);
	}
}

describe.each(testDatabases())('calibration statistics [$name]', ({ open }) => {
	let db: Db;
	afterEach(async () => db.destroy());

	it('gives each exercise of the demo battery its statistics from the 12 employees', async () => {
		db = await open();
		await seedDemo(db);
		const picker = await db
			.selectFrom('campaigns')
			.select('id')
			.where('job_title', 'like', 'Préparateur%')
			.executeTakeFirstOrThrow();
		const [consignes, attention] = await campaignCalibrationStatistics(db, picker.id);

		expect(consignes).toMatchObject({ exerciseId: 'consignes', n: 12, max: 20, unavailable: null });
		expect(consignes!.reliability?.method).toBe('alpha');
		// Each employee had a form of their own: items are analysed by kind (the rule deciding
		// each item), the same on every form, not by position. 20 items at difficulty 2 hold
		// 11 kinds (see consignes.server.test.ts for how a form is drawn).
		expect(consignes!.itemAnalysis).toMatchObject({ by: 'content' });
		expect(consignes!.items.map((i) => i.item)).toContain('cold>fragile');
		expect(consignes!.items.map((i) => i.item)).not.toContain('i0');
		expect(consignes!.summary!.mean).toBeGreaterThan(0);
		expect(consignes!.sem).not.toBeNull();
		// Ratings exist in the demo: all four methods are suggested.
		expect(consignes!.suggestions.map((s) => s.method)).toEqual([
			'percentile',
			'mean-minus-sd',
			'contrasting-groups',
			'lowest-confirmed'
		]);
		const p20 = consignes!.suggestions[0]!.value!;
		expect(p20).toBeGreaterThanOrEqual(consignes!.summary!.min!);
		expect(p20).toBeLessThanOrEqual(consignes!.summary!.median!);

		// Attention: people reach different numbers of trials: split-half of the trials.
		expect(attention).toMatchObject({ exerciseId: 'attention', n: 12, unavailable: null });
		expect(attention!.reliability?.method).toBe('split-half');
		expect(attention!.items).toEqual([]);
		// Scored on d′ (0–100), the demo's weaker employees no longer tie at 0 as they did under
		// hits − false alarms (three of them, with d′ from 0.53 to 1.38).
		expect(attention!.max).toBe(100);
		// Ties remain only at equal counts (a flawless 2-minute run, 8 of 8 defects and none of
		// the ~71 good products scored, is 20 · (z(8.5/9) − z(0.5/72)) ≈ 81 by hand; the forms are
		// drawn at registration, so the exact count of good products varies between demos).
		// None at 0 (d′ ≤ 0): the weakest demo employee's d′ varies with the form (0.46 seen).
		expect(Math.min(...attention!.totals)).toBeGreaterThan(0);
		expect(Math.max(...attention!.totals)).toBeLessThan(90);
	});

	it('analyses items by content id, and leaves unreached items missing', async () => {
		db = await open();
		const { adviser, campaignId } = await makeAdviserCampaign(db);
		await saveBattery(db, adviser, campaignId, [
			{ exerciseId: 'consignes', config: { theme: 'soin', itemCount: 10 } },
			{ exerciseId: 'attention', config: { theme: 'soin', durationSeconds: 30 } }
		]);
		await playEmployees(db, adviser, campaignId, 4, () => 0.6, 200);
		// Each person's scored items, set by hand, in the order the statistics read persons.
		const runs = await db
			.selectFrom('runs as r')
			.innerJoin('attempts as a', 'a.id', 'r.attempt_id')
			.innerJoin('persons as p', 'p.id', 'a.person_id')
			.select(['r.id', 'r.position'])
			.orderBy('p.code')
			.execute();
		const set = async (position: number, scores: { raw: number; items: object[] }[]) => {
			const ids = runs.filter((r) => r.position === position).map((r) => r.id);
			for (const [i, id] of ids.entries()) {
				await db
					.updateTable('scores')
					.set({ raw: scores[i]!.raw, items: JSON.stringify(scores[i]!.items) })
					.where('run_id', '=', id)
					.execute();
			}
		};
		// Sorting: content a, b, c at different positions on each form; the 2nd person ran out of
		// time on c. As in missing.test.ts by hand: α = 18/23 with c missing (0.75 had it
		// counted 0); analysed by position instead, i0–i2 would mix kinds.
		const item = (key: string, content: string, score: number, reached = true) => ({
			key,
			content,
			score,
			max: 1,
			...(reached ? {} : { reached: false })
		});
		await set(0, [
			{ raw: 3, items: [item('i0', 'a', 1), item('i1', 'b', 1), item('i2', 'c', 1)] },
			{ raw: 1, items: [item('i0', 'b', 0), item('i1', 'a', 1), item('i2', 'c', 0, false)] },
			{ raw: 0, items: [item('i0', 'c', 0), item('i1', 'a', 0), item('i2', 'b', 0)] },
			{ raw: 2, items: [item('i0', 'a', 1), item('i1', 'c', 0), item('i2', 'b', 1)] }
		]);
		// Conveyor trials, the 2nd person's last one not reached. Odd–even means over the trials
		// seen: odd [.5, 1, 0, 1], even [.5, .5, .5, 1]: r = .1875/√(.6875 · .1875) = √(3/11)
		// by hand (with the unreached 0 counted, the 2nd person's odd mean would be 2/3).
		const trials = (scores: number[], unreached = 0) =>
			[...scores, ...Array<number>(unreached).fill(0)].map((score, i) => ({
				key: `t${i + 1}`,
				score,
				max: 1,
				...(i >= scores.length ? { reached: false } : {})
			}));
		await set(1, [
			{ raw: 10, items: trials([1, 1, 0, 0]) },
			{ raw: 20, items: trials([1, 1, 1, 0], 1) },
			{ raw: 30, items: trials([0, 0, 0, 1]) },
			{ raw: 40, items: trials([1, 1, 1, 1]) }
		]);

		const [sorting, conveyor] = await campaignCalibrationStatistics(db, campaignId);
		expect(sorting!.itemAnalysis).toEqual({ by: 'content', missing: 1 });
		expect(sorting!.items.map((i) => i.item)).toEqual(['a', 'b', 'c']);
		expect(sorting!.reliability!.value).toBeCloseTo(18 / 23, 12);
		expect(sorting!.summary!.mean).toBe(1.5);
		expect(conveyor!.itemAnalysis).toBeNull();
		expect(conveyor!.splitHalf!.oddEven).toBeCloseTo(Math.sqrt(3 / 11), 12);
	});

	it('still gives the CSEM when the analysis by content fails (a content only one person had)', async () => {
		db = await open();
		const { adviser, campaignId } = await makeAdviserCampaign(db);
		await saveBattery(db, adviser, campaignId, [
			{ exerciseId: 'consignes', config: { theme: 'soin', itemCount: 10 } }
		]);
		await playEmployees(db, adviser, campaignId, 4, (i) => 0.3 + 0.2 * i, 500);
		const ids = (await db.selectFrom('runs').select('id').execute()).map((r) => r.id);
		// Four items each; the first person's last one a kind nobody else had: pairwise
		// covariances with it cannot be computed, α by content neither.
		// Odd–even halves [1, 0, 1, 0] and [1, 0, .5, .5]: r = .71, Spearman–Brown .83.
		const rows = [
			[1, 1, 1, 1],
			[0, 0, 0, 0],
			[1, 0, 1, 1],
			[0, 1, 0, 0]
		];
		for (const [p, id] of ids.entries()) {
			const items = rows[p]!.map((score, k) => ({
				key: `i${k}`,
				content: p === 0 && k === 3 ? 'rare' : ['a', 'b', 'c', 'd'][k]!,
				score,
				max: 1
			}));
			const raw = rows[p]!.reduce((a, b) => a + b, 0);
			await db
				.updateTable('scores')
				.set({ raw, max: 4, items: JSON.stringify(items) })
				.where('run_id', '=', id)
				.execute();
		}
		const [sorting] = await campaignCalibrationStatistics(db, campaignId);
		expect(sorting!.itemAnalysis).toBeNull();
		expect(sorting!.reliability?.method).toBe('split-half');
		// Every employee was given 4 items: Lord's model applies at each suggested cut.
		expect(sorting!.itemCount).toBe(4);
		for (const cut of Object.values(sorting!.uncertainty!.cuts))
			expect(cut!.csem).toBeGreaterThan(0);
	});

	it('analyses a scenario exercise by scene: each scene one item worth 2 points a turn', async () => {
		db = await open();
		const { adviser, campaignId } = await makeAdviserCampaign(db);
		await saveBattery(db, adviser, campaignId, [
			{ exerciseId: 'relation-service', config: { theme: 'soin' } }
		]);
		await playEmployees(db, adviser, campaignId, 8, (i) => i / 7, 300);
		const [counter] = await campaignCalibrationStatistics(db, campaignId);
		// The scenes in a drawn order on every form: analysed by scene (content id), never by
		// turn (a turn depends on the reply before it), each scene out of 2 turns × 2 points.
		expect(counter).toMatchObject({ exerciseId: 'relation-service', n: 8, max: 20 });
		expect(counter!.itemAnalysis).toEqual({ by: 'content', missing: 0 });
		expect(counter!.items.map((i) => i.item).sort()).toEqual([
			'soin-demande',
			'soin-hors-role',
			'soin-impatient',
			'soin-langue',
			'soin-reclamation'
		]);
		// Each scene's difficulty is the share of its 4 points the employees got, from the stored
		// scenes themselves.
		const stored = (await db.selectFrom('scores').select('items').execute()).flatMap(
			(r) => JSON.parse(r.items) as { content: string; score: number; max: number }[]
		);
		expect(new Set(stored.map((i) => i.max))).toEqual(new Set([4]));
		for (const item of counter!.items) {
			const scenes = stored.filter((i) => i.content === item.item);
			expect(scenes).toHaveLength(8);
			const mean = scenes.reduce((sum, i) => sum + i.score, 0) / 8;
			expect(item.difficulty).toBeCloseTo(mean / 4, 12);
		}
		expect(counter!.reliability?.method).toBe('alpha');
	});

	it('gives no CSEM nor decision consistency when the reliability is not interpretable', async () => {
		db = await open();
		const { adviser, campaignId } = await makeAdviserCampaign(db);
		await saveBattery(db, adviser, campaignId, [
			{ exerciseId: 'consignes', config: { theme: 'soin', itemCount: 10 } },
			{ exerciseId: 'attention', config: { theme: 'soin', durationSeconds: 30 } }
		]);
		await playEmployees(db, adviser, campaignId, 4, () => 0.6, 300);
		const ids = (
			await db
				.selectFrom('runs as r')
				.innerJoin('attempts as a', 'a.id', 'r.attempt_id')
				.innerJoin('persons as p', 'p.id', 'a.person_id')
				.select('r.id')
				.where('r.position', '=', 0)
				.orderBy('p.code')
				.execute()
		).map((r) => r.id);
		// The negative-α matrix of calibration.test.ts: a = 1 0 1 0, b = 0 1 0 0, α = −8/3 by hand.
		const rows = [
			[1, 0],
			[0, 1],
			[1, 0],
			[0, 0]
		];
		for (const [i, id] of ids.entries()) {
			const items = rows[i]!.map((score, j) => ({ key: `i${j}`, content: 'ab'[j], score, max: 1 }));
			await db
				.updateTable('scores')
				.set({ raw: rows[i]![0]! + rows[i]![1]!, max: 2, items: JSON.stringify(items) })
				.where('run_id', '=', id)
				.execute();
		}
		const [sorting] = await campaignCalibrationStatistics(db, campaignId);
		expect(sorting!.reliability).toMatchObject({ interpretable: false, warning: 'negative' });
		expect(sorting!.reliability!.value).toBeCloseTo(-8 / 3, 12);
		expect(sorting!.sem).toBeNull();
		expect(sorting!.itemCount).toBe(2);
		// The interval of a suggestion needs only the totals; the zone and the consistency need
		// the reliability.
		const u = sorting!.uncertainty!;
		expect(Object.keys(u.intervals)).toContain('percentile');
		expect(u.cuts.percentile).toMatchObject({ csem: null, consistency: null });
	});

	it('says why reliability failed and still gives the distribution and the suggestions', async () => {
		db = await open();
		await seedDemo(db);
		const picker = await db
			.selectFrom('campaigns')
			.select('id')
			.where('job_title', 'like', 'Préparateur%')
			.executeTakeFirstOrThrow();
		// Every employee gets the first employee's consignes score: all totals equal.
		const scores = await db
			.selectFrom('scores as s')
			.innerJoin('runs as r', 'r.id', 's.run_id')
			.innerJoin('attempts as a', 'a.id', 'r.attempt_id')
			.innerJoin('persons as p', 'p.id', 'a.person_id')
			.select(['s.run_id', 's.raw', 's.items'])
			.where('p.campaign_id', '=', picker.id)
			.where('a.kind', '=', 'calibration')
			.where('r.position', '=', 0)
			.execute();
		const first = scores[0]!;
		await db
			.updateTable('scores')
			.set({ raw: first.raw, items: first.items })
			.where(
				'run_id',
				'in',
				scores.map((s) => s.run_id)
			)
			.execute();
		const [consignes] = await campaignCalibrationStatistics(db, picker.id);
		expect(consignes).toMatchObject({
			unavailable: null,
			reliabilityError: 'zero-variance-total',
			reliability: null,
			sem: null
		});
		expect(consignes!.summary).toMatchObject({ n: 12, sd: 0, min: first.raw, max: first.raw });
		expect(consignes!.suggestions[0]).toMatchObject({ method: 'percentile', value: first.raw });
	});

	it('gives the uncertainty of each suggestion and the candidates beside the employees', async () => {
		db = await open();
		await seedDemo(db);
		const picker = await db
			.selectFrom('campaigns')
			.select('id')
			.where('job_title', 'like', 'Préparateur%')
			.executeTakeFirstOrThrow();
		const [consignes, attention] = await campaignCalibrationStatistics(db, picker.id);
		const u = consignes!.uncertainty!;
		expect(u.unstable).toBe(true); // 12 employees
		expect(u.resamples).toBe(1000);
		const p20 = consignes!.suggestions[0]!.value!;
		expect(u.intervals.percentile!.low).toBeLessThanOrEqual(p20);
		expect(u.intervals.percentile!.high).toBeGreaterThanOrEqual(p20);
		expect(u.cuts.percentile!.csem).toBeGreaterThan(0);
		expect(u.cuts.percentile!.consistency!.agreement).toBeGreaterThan(0.5);
		// The same interval on every load (seeded).
		const [again] = await campaignCalibrationStatistics(db, picker.id);
		expect(again!.uncertainty).toEqual(u);
		// Attention is scored from trials: no number of items, so no CSEM nor consistency.
		expect(attention!.uncertainty!.cuts.percentile).toMatchObject({
			csem: null,
			consistency: null
		});
		// The demo's candidates took the frozen battery: their scores are there, not counted in n.
		expect(consignes!.candidates.length).toBeGreaterThan(0);
		expect(consignes!.n).toBe(12);
	});

	it('says when there are too few employees', async () => {
		db = await open();
		expect(await campaignCalibrationStatistics(db, 'none')).toEqual([]);
	});
});
