import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { testDatabases } from '../testing/db';
import { makeAdviserCampaign } from '../testing/factories';
import { makePlayedSession } from '../testing/results';
import {
	campaignAdviser,
	campaignResults,
	funnel,
	identitiesOf,
	resultColumns,
	scoreAgainstThresholds,
	type FrozenBattery
} from './results';

const exercise = (position: number, threshold: number, sem: number | null, eliminatory = true) => ({
	batteryExerciseId: `be-${position}`,
	position,
	exerciseId: position === 0 ? 'consignes' : 'attention',
	title: `Exercice ${position}`,
	measures: '',
	habilete: position === 0 ? ('consignes' as const) : ('attention' as const),
	max: 40,
	threshold,
	method: 'percentile',
	reason: 'Test',
	eliminatory,
	sem,
	cutSem: null,
	calibrationN: 12,
	norm: { mean: 25, sd: 5 }
});
const battery: FrozenBattery = {
	versionId: 'v1',
	version: 1,
	frozenAt: '2026-11-01T00:00:00Z',
	rule: { kind: 'all' },
	exercises: [exercise(0, 20, 2), exercise(1, 10, null)]
};

describe('scores against thresholds', () => {
	it('takes the conditional SEM at the threshold as the zone when it was frozen with one', () => {
		// Score 21 against 20: within the overall SEM (2), outside a CSEM of 0.5.
		const withCut: FrozenBattery = {
			...battery,
			exercises: [{ ...exercise(0, 20, 2), cutSem: 0.5 }, exercise(1, 10, null)]
		};
		const raws = new Map([
			['be-0', 21],
			['be-1', 30]
		]);
		expect(scoreAgainstThresholds(battery, raws, true).exercises[0]!.outcome).toBe('uncertain');
		expect(scoreAgainstThresholds(withCut, raws, true).exercises[0]!.outcome).toBe('met');
	});

	it('gives each exercise its outcome and the candidate the rule’s status once finished', () => {
		const scored = scoreAgainstThresholds(
			battery,
			new Map([
				['be-0', 21],
				['be-1', 30]
			]),
			true
		);
		expect(scored.exercises.map((e) => [e.raw, e.outcome])).toEqual([
			[21, 'uncertain'],
			[30, 'met']
		]);
		expect(scored.status).toBe('incertain');
		const clear = scoreAgainstThresholds(
			battery,
			new Map([
				['be-0', 25],
				['be-1', 10]
			]),
			true
		);
		expect(clear.status).toBe('admis');
	});

	it('has no status before the candidate finished, and a missing score fails', () => {
		const raws = new Map([['be-0', 30]]);
		expect(scoreAgainstThresholds(battery, raws, false).status).toBeNull();
		const finished = scoreAgainstThresholds(battery, raws, true);
		expect(finished.exercises[1]).toMatchObject({ raw: null, outcome: 'missing' });
		expect(finished.status).toBe('non-admis');
	});
});

describe.each(testDatabases())('campaign results [$name]', ({ open }) => {
	let db: Db;
	let adviser: SessionUser;
	let campaignId: string;

	beforeEach(async () => {
		db = await open();
		({ adviser, campaignId } = await makeAdviserCampaign(db));
	});
	afterEach(async () => db.destroy());

	it('puts each candidate’s stored scores against the frozen thresholds, by session', async () => {
		const { session, candidates } = await makePlayedSession(db, adviser, campaignId, {
			skills: [0.95, 0.1, null]
		});
		const second = await makePlayedSession(db, adviser, campaignId, {
			skills: [0.5],
			date: '2026-12-10'
		});
		const all = await campaignResults(db, campaignId);
		expect(all).toHaveLength(4);
		expect(all.at(-1)!.sessionId).toBe(second.session.id);

		const results = await campaignResults(db, campaignId, { sessionId: session.id });
		expect(results.map((r) => r.personId).sort()).toEqual(candidates.map((c) => c.personId).sort());
		const stored = await db
			.selectFrom('scores as s')
			.innerJoin('runs as r', 'r.id', 's.run_id')
			.select(['r.attempt_id', 's.raw'])
			.execute();
		for (const r of results.filter((r) => r.progress === 'finished')) {
			const raw = stored.find((s) => s.attempt_id === r.attemptId)!.raw;
			expect(r.exercises[0]).toMatchObject({ raw, threshold: 5, eliminatory: true });
			expect(r.status).toBe(
				r.exercises[0]!.outcome === 'met'
					? 'admis'
					: r.exercises[0]!.outcome === 'uncertain'
						? 'incertain'
						: 'non-admis'
			);
		}
		const absent = results.find((r) => r.personId === candidates[2]!.personId)!;
		expect(absent).toMatchObject({ progress: 'pending', status: null, decision: null });
		expect(absent.exercises[0]!.raw).toBeNull();
		const best = results.find((r) => r.personId === candidates[0]!.personId)!;
		expect(best.exercises[0]!.raw).toBeGreaterThan(
			results.find((r) => r.personId === candidates[1]!.personId)!.exercises[0]!.raw!
		);
		expect(funnel(results)).toMatchObject({ registered: 3, started: 2, finished: 2, presented: 0 });
		expect(resultColumns(results).map((c) => c.exerciseId)).toEqual(['consignes']);

		// Names are read apart, and only for those asked.
		expect(JSON.stringify(results)).not.toMatch(/Prénom|Nom0/);
		const names = await identitiesOf(db, [best.personId]);
		expect(names.get(best.personId)).toMatchObject({ firstName: 'Prénom0', lastName: 'Nom0' });
		expect(names.size).toBe(1);

		expect(await campaignAdviser(db, campaignId)).toEqual({
			name: adviser.name,
			email: adviser.email
		});

		// Another campaign's session shows nothing here.
		expect(await campaignResults(db, 'another-campaign', { sessionId: session.id })).toEqual([]);
	});
});
