import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { saveBattery } from '../campaigns/battery-edit';
import { simulateAttempt } from '../demo/simulate';
import { testDatabases } from '../testing/db';
import { makeAdviserCampaign } from '../testing/factories';
import { recordingQueries } from '../testing/queries';
import { cutUncertainty } from '$lib/psychometrics';
import { calibrationEmployees, registerEmployees } from './employees';
import {
	batteryFrozen,
	nobodyFails,
	parseThresholdsForm,
	reopenBattery,
	saveThresholds,
	thresholdsView,
	type ThresholdsInput
} from './thresholds';

/**
 * The forms the employees get, drawn at registration, are the same in every run: the thresholds
 * below must be failed by some of them (a threshold nobody fails is refused at freezing).
 */
const seeds = vi.hoisted(() => ({ next: 1 }));
vi.mock('$lib/engine/random', async (original) => ({
	...(await original<typeof import('$lib/engine/random')>()),
	newSeed: () => seeds.next++
}));

describe.each(testDatabases())('thresholds [$name]', ({ open }) => {
	let db: Db;
	let adviser: SessionUser;
	let campaignId: string;

	/** A battery of consignes (10 items) and attention, and `n` employees who played it. */
	async function calibrated(n: number) {
		await saveBattery(db, adviser, campaignId, [
			{ exerciseId: 'consignes', config: { theme: 'soin', itemCount: 10 } },
			{ exerciseId: 'attention', config: { theme: 'soin', durationSeconds: 30 } }
		]);
		await registerEmployees(db, adviser, campaignId, n);
		for (const [i, e] of (await calibrationEmployees(db, campaignId)).entries()) {
			const attempt = await db
				.selectFrom('attempts')
				.select('id')
				.where('person_id', '=', e.personId)
				.executeTakeFirstOrThrow();
			await simulateAttempt(db, attempt.id, 0.5 + (i % 5) / 10, 100 + i);
		}
		return (await thresholdsView(db, campaignId))!;
	}

	const filled = (lockVersion: number): ThresholdsInput => ({
		lockVersion,
		rule: { kind: 'eliminatory-and-mean', minMean: 60 },
		lines: [
			{
				position: 0,
				threshold: 6,
				method: 'percentile',
				reason: 'P20 des salariés',
				eliminatory: true
			},
			{
				position: 1,
				threshold: 40,
				// Forms and bots fixed by the seeds above: one of three employees scores 38.8 on
				// attention (the others 47.6 or 58.1), and 4 on consignes (the others 7 or 8).
				method: 'judgement',
				reason: 'Tri fin requis',
				eliminatory: false
			}
		]
	});

	beforeEach(async () => {
		seeds.next = 1;
		db = await open();
		({ adviser, campaignId } = await makeAdviserCampaign(db));
	});
	afterEach(async () => db.destroy());

	it('shows each exercise with its employees’ figures and the suggested thresholds', async () => {
		const view = await calibrated(3);
		expect(view).toMatchObject({
			version: 1,
			lockVersion: 0,
			frozenAt: null,
			rule: { kind: 'all' }
		});
		expect(view.lines.map((l) => [l.exerciseId, l.n, l.threshold])).toEqual([
			['consignes', 3, null],
			['attention', 3, null]
		]);
		expect(view.lines[0]!.max).toBe(10);
		expect(view.lines[0]!.suggestions[0]).toMatchObject({ method: 'percentile' });
		// The simulated employees differ from run to run (their codes are random): with 3 of them
		// α may come out negative, and then there is no SEM.
		const line = view.lines[0]!;
		expect(line.reliabilityInterpretable).not.toBeNull();
		expect(line.sem === null).toBe(line.reliabilityInterpretable === false);
	});

	it('gives each suggestion its interval, and the CSEM and consistency at the threshold set', async () => {
		// Without asking, no bootstrap (saving and other readers of the view need none).
		expect((await calibrated(6)).lines.map((l) => l.uncertainty)).toEqual([null, null]);
		const view = (await thresholdsView(db, campaignId, 'fr', { uncertainty: true }))!;
		const [consignes, attention] = view.lines;
		expect(consignes!.totals).toHaveLength(6);
		expect(consignes!.candidates).toEqual([]);
		expect(consignes!.itemCount).toBe(10);
		expect(consignes!.uncertainty!.unstable).toBe(true);
		expect(consignes!.uncertainty!.intervals.percentile).toMatchObject({ resamples: 1000 });
		expect(consignes!.atThreshold).toBeNull();
		await saveThresholds(db, adviser, campaignId, view.versionId, filled(0));
		const saved = (await thresholdsView(db, campaignId))!;
		expect(saved.lines[0]!.atThreshold).toMatchObject({ cut: 6 });
		if (saved.lines[0]!.reliability !== null) {
			expect(saved.lines[0]!.atThreshold!.csem).toBeGreaterThan(0);
		}
		// Attention is scored from trials: a threshold but no CSEM.
		expect(attention!.itemCount).toBeNull();
		expect(saved.lines[1]!.atThreshold).toMatchObject({ cut: 40, csem: null, consistency: null });
	});

	it('reads the form: French decimals, a threshold needs a value in [0, max], a method and a reason', async () => {
		const view = await calibrated(2);
		const form = (values: Record<string, string>) =>
			parseThresholdsForm(view, { lockVersion: '0', ...values });
		expect(
			form({ 'value-0': '6,5', 'method-0': 'percentile', 'reason-0': 'Quatre sur cinq' })
		).toMatchObject({
			ok: true,
			input: {
				lines: [
					{ position: 0, threshold: 6.5, method: 'percentile', reason: 'Quatre sur cinq' },
					{ position: 1, threshold: null }
				]
			}
		});
		expect(form({ 'value-0': '11', 'method-0': 'percentile', 'reason-0': 'Trop haut' })).toEqual({
			ok: false,
			errors: { 'value-0': 'thresholds.value.outOfRange' }
		});
		expect(form({ 'value-0': '-1', 'method-0': 'x', 'reason-0': '' })).toEqual({
			ok: false,
			errors: {
				'value-0': 'thresholds.value.invalid',
				'method-0': 'form.choose',
				'reason-0': 'thresholds.reason.required'
			}
		});
		expect(form({ rule: 'eliminatory-and-mean', minMean: '120' })).toEqual({
			ok: false,
			errors: { minMean: 'thresholds.minMean.invalid' }
		});
	});

	it('saves thresholds and the rule, auditing each decision, and refuses a stale version', async () => {
		const view = await calibrated(2);
		expect(await saveThresholds(db, adviser, campaignId, view.versionId, filled(0))).toEqual({
			ok: true,
			version: 1
		});
		const saved = (await thresholdsView(db, campaignId))!;
		expect(saved.lockVersion).toBe(1);
		expect(saved.rule).toEqual({ kind: 'eliminatory-and-mean', minMean: 60 });
		expect(saved.lines[0]).toMatchObject({
			threshold: 6,
			method: 'percentile',
			reason: 'P20 des salariés',
			eliminatory: true
		});
		const audit = await db
			.selectFrom('audit_log')
			.select(['action', 'details'])
			.where('action', 'in', ['threshold.set', 'battery.rule.set'])
			.orderBy('at')
			.execute();
		expect(audit.map((a) => a.action).sort()).toEqual([
			'battery.rule.set',
			'threshold.set',
			'threshold.set'
		]);
		expect(JSON.parse(audit.find((a) => a.action === 'threshold.set')!.details)).toMatchObject({
			threshold: 6,
			method: 'percentile',
			previous: { threshold: null }
		});

		// A second adviser still holding lock version 0: refused, nothing changed.
		const other = { ...filled(0), rule: { kind: 'all' as const } };
		expect(await saveThresholds(db, adviser, campaignId, view.versionId, other)).toEqual({
			ok: false,
			reason: 'conflict'
		});
		expect((await thresholdsView(db, campaignId))!.rule.kind).toBe('eliminatory-and-mean');

		// Saving the same values again writes no new audit entry.
		await saveThresholds(db, adviser, campaignId, view.versionId, filled(1));
		expect(
			await db.selectFrom('audit_log').select('id').where('action', '=', 'threshold.set').execute()
		).toHaveLength(2);
	});

	it('of two saves racing from the same version, exactly one wins', async () => {
		const view = await calibrated(2);
		const results = await Promise.all([
			saveThresholds(db, adviser, campaignId, view.versionId, filled(0)),
			saveThresholds(db, adviser, campaignId, view.versionId, {
				...filled(0),
				rule: { kind: 'all' }
			})
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'conflict' }]);
	});

	it('refuses to freeze without employee results or without every threshold', async () => {
		await saveBattery(db, adviser, campaignId, [
			{ exerciseId: 'consignes', config: { theme: 'soin', itemCount: 10 } }
		]);
		const empty = (await thresholdsView(db, campaignId))!;
		const input: ThresholdsInput = { lockVersion: 0, rule: { kind: 'all' }, lines: [] };
		expect(
			await saveThresholds(db, adviser, campaignId, empty.versionId, input, { freeze: true })
		).toEqual({ ok: false, reason: 'no-results', exercises: ['Le poste de tri'] });

		const view = await calibrated(2);
		const half = { ...filled(0), lines: filled(0).lines.slice(0, 1) };
		expect(
			await saveThresholds(db, adviser, campaignId, view.versionId, half, { freeze: true })
		).toMatchObject({ ok: false, reason: 'missing', exercises: [view.lines[1]!.title] });
		// Refused: nothing written, not even the threshold that was there.
		expect((await thresholdsView(db, campaignId))!.lines[0]!.threshold).toBeNull();
		expect(
			await db.selectFrom('audit_log').select('id').where('action', '=', 'threshold.set').execute()
		).toEqual([]);
	});

	it('freezes the conditional SEM at each threshold, where there is one, for the zone', async () => {
		const view = await calibrated(8);
		// The simulated employees differ from run to run: a reason for each threshold, so that
		// one they all happen to reach does not stop the freeze.
		const input = filled(0);
		const withReasons = {
			...input,
			lines: input.lines.map((l) => ({ ...l, passAllReason: 'Gardé pour le profil' }))
		};
		expect(
			await saveThresholds(db, adviser, campaignId, view.versionId, withReasons, { freeze: true })
		).toMatchObject({ ok: true });
		const rows = await db
			.selectFrom('battery_exercises')
			.select(['position', 'cut_sem'])
			.where('battery_version_id', '=', view.versionId)
			.orderBy('position')
			.execute();
		const consignes = view.lines[0]!;
		const expected = cutUncertainty(6, {
			totals: consignes.totals,
			max: consignes.max!,
			items: 10,
			reliability: consignes.reliability
		}).csem;
		expect(rows[0]!.cut_sem).toBe(expected);
		// Attention is scored from trials: no CSEM, the overall SEM stays the zone.
		expect(rows[1]!.cut_sem).toBeNull();
		// The audit entry says which zone the results will use.
		const frozen = await db
			.selectFrom('audit_log')
			.select('details')
			.where('action', '=', 'battery.frozen')
			.executeTakeFirstOrThrow();
		const details = JSON.parse(frozen.details!) as { thresholds: { zone: number | null }[] };
		expect(details.thresholds.map((t) => t.zone)).toEqual([expected, view.lines[1]!.sem]);
		// The frozen view shows the stored value, not one recomputed from today's employees.
		await db
			.updateTable('battery_exercises')
			.set({ cut_sem: 1.25 })
			.where('battery_version_id', '=', view.versionId)
			.where('position', '=', 0)
			.execute();
		// Frozen, the view computes no live statistics: it reads no score.
		const recorded = recordingQueries(db);
		const after = (await thresholdsView(recorded.db, campaignId, 'fr', { uncertainty: true }))!;
		expect(recorded.queries.filter((q) => /\bscores\b/.test(q.sql))).toEqual([]);
		expect(await batteryFrozen(db, campaignId)).toBe(true);
		expect(after.lines.map((l) => l.cutSem)).toEqual([1.25, null]);
		expect(after.lines[0]).toMatchObject({
			uncertainty: null,
			atThreshold: null,
			reliability: null,
			itemCount: null,
			candidates: []
		});
	});

	it('freezes the version with what the thresholds were set on, then any change is a new version', async () => {
		const view = await calibrated(3);
		const now = new Date('2026-11-28T10:00:00Z');
		expect(
			await saveThresholds(db, adviser, campaignId, view.versionId, filled(0), {
				freeze: true,
				now
			})
		).toEqual({ ok: true, version: 1 });
		const frozen = (await thresholdsView(db, campaignId))!;
		expect(frozen.frozenAt).toBe(now.toISOString());
		const row = await db
			.selectFrom('battery_exercises')
			.select(['max_score', 'sem', 'calibration_n'])
			.where('battery_version_id', '=', view.versionId)
			.where('position', '=', 0)
			.executeTakeFirstOrThrow();
		expect(row).toEqual({ max_score: 10, sem: view.lines[0]!.sem, calibration_n: 3 });
		// The frozen view shows what was frozen: the employees' figures as validated, no live
		// suggestions (a later change to the employees' scores does not move them).
		expect(frozen.lines[0]).toMatchObject({
			n: 3,
			mean: view.lines[0]!.mean,
			sd: view.lines[0]!.sd,
			minTotal: view.lines[0]!.minTotal,
			sem: view.lines[0]!.sem,
			suggestions: []
		});
		await db.updateTable('scores').set({ raw: 0 }).execute();
		expect((await thresholdsView(db, campaignId))!.lines[0]!.mean).toBe(view.lines[0]!.mean);
		expect(
			(await db.selectFrom('campaigns').select('status').executeTakeFirstOrThrow()).status
		).toBe('open');
		expect(
			await db
				.selectFrom('audit_log')
				.select('actor_id')
				.where('action', '=', 'battery.frozen')
				.execute()
		).toEqual([{ actor_id: adviser.id }]);

		// Frozen: no more changes to this version.
		expect(await saveThresholds(db, adviser, campaignId, view.versionId, filled(1))).toEqual({
			ok: false,
			reason: 'frozen'
		});

		// A new version keeps the exercises and thresholds as a start, and needs calibrating.
		expect(await reopenBattery(db, adviser, campaignId, view.versionId)).toEqual({
			ok: true,
			version: 2
		});
		const next = (await thresholdsView(db, campaignId))!;
		expect(next).toMatchObject({ version: 2, frozenAt: null, rule: filled(0).rule });
		expect(next.lines.map((l) => [l.exerciseId, l.threshold, l.n])).toEqual([
			['consignes', 6, 0],
			['attention', 40, 0]
		]);
		expect(
			(await db.selectFrom('campaigns').select('status').executeTakeFirstOrThrow()).status
		).toBe('calibration');
		// Reopening twice from the same (now old) version does nothing.
		expect(await reopenBattery(db, adviser, campaignId, view.versionId)).toEqual({
			ok: false,
			reason: 'changed'
		});
	});

	it('refuses to freeze a threshold nobody fails without a reason, then stores and audits it', async () => {
		const view = await calibrated(3);
		// 0 is the lowest possible score: nobody can fail it.
		const atZero = (passAllReason: string | null): ThresholdsInput => ({
			...filled(0),
			rule: { kind: 'all' },
			lines: [{ ...filled(0).lines[0]!, threshold: 0, passAllReason }, filled(0).lines[1]!]
		});
		expect(
			await saveThresholds(db, adviser, campaignId, view.versionId, atZero(null), { freeze: true })
		).toEqual({ ok: false, reason: 'passes-all', exercises: [view.lines[0]!.title] });
		// Saved without freezing, the view warns.
		await saveThresholds(db, adviser, campaignId, view.versionId, atZero(null));
		const saved = (await thresholdsView(db, campaignId))!;
		expect(saved.lines[0]).toMatchObject({ threshold: 0, passesAll: 'minimum' });
		// At or below every employee's score: everyone passes.
		expect(saved.lines[1]!.passesAll).toBe(
			saved.lines[1]!.totals.every((t) => t >= 40) ? 'everyone' : null
		);
		const reason = 'Exercice gardé pour le profil, non sélectif.';
		const withReason = atZero(reason);
		withReason.lockVersion = saved.lockVersion;
		withReason.lines[1]!.passAllReason = reason;
		expect(
			await saveThresholds(db, adviser, campaignId, view.versionId, withReason, { freeze: true })
		).toEqual({ ok: true, version: 1 });
		const frozen = (await thresholdsView(db, campaignId))!;
		expect(frozen.lines[0]).toMatchObject({ passesAll: 'minimum', passAllReason: reason });
		const audits = await db
			.selectFrom('audit_log')
			.select(['action', 'details'])
			.where('action', 'in', ['threshold.set', 'battery.frozen'])
			.orderBy('id')
			.execute();
		const details = audits.map((a) => ({ action: a.action, ...JSON.parse(a.details!) }));
		expect(
			details.find(
				(d) => d.action === 'threshold.set' && d.position === 0 && d.passAllReason === reason
			)
		).toMatchObject({
			position: 0,
			threshold: 0,
			passesAll: 'minimum'
		});
		expect(details.find((d) => d.action === 'battery.frozen')!.thresholds[0]).toMatchObject({
			threshold: 0,
			passAllReason: reason
		});
	});

	it('nobodyFails: at the lowest possible score, or at or below every score', () => {
		expect(nobodyFails(0, [3, 4])).toBe('minimum');
		expect(nobodyFails(3, [3, 4])).toBe('everyone');
		// 0.7 − 0.4 = 0.29999999999999993 still reaches 0.3.
		expect(nobodyFails(0.3, [0.7 - 0.4, 1])).toBe('everyone');
		expect(nobodyFails(3.5, [3, 4])).toBeNull();
		expect(nobodyFails(2, [])).toBeNull();
		expect(nobodyFails(null, [1])).toBeNull();
	});

	it('freezes the employees’ means and SDs for the z-score rule, and refuses it without spread', async () => {
		// Five employees of different skills: three could tie on the 10-item sorting form (which
		// employee gets which form follows the order of their random ids), leaving no spread.
		const view = await calibrated(5);
		const zRule: ThresholdsInput = {
			...filled(0),
			rule: { kind: 'eliminatory-and-z-mean', minZ: -0.5 },
			lines: filled(0).lines.map((l) => ({ ...l, passAllReason: 'Test.' }))
		};
		expect(
			await saveThresholds(db, adviser, campaignId, view.versionId, zRule, { freeze: true })
		).toEqual({ ok: true, version: 1 });
		const rows = await db
			.selectFrom('battery_exercises')
			.select(['calibration_mean', 'calibration_sd'])
			.where('battery_version_id', '=', view.versionId)
			.orderBy('position')
			.execute();
		expect(rows).toEqual(
			view.lines.map((l) => ({ calibration_mean: l.mean, calibration_sd: l.sd }))
		);
		expect((await thresholdsView(db, campaignId))!.rule).toEqual(zRule.rule);
	});

	it('reads the z-score rule from the form, with a signed French decimal', async () => {
		const view = await calibrated(2);
		const parse = (minZ: string) =>
			parseThresholdsForm(view, {
				lockVersion: '0',
				rule: 'eliminatory-and-z-mean',
				minZ
			});
		expect(parse('−0,5')).toMatchObject({
			ok: true,
			input: { rule: { kind: 'eliminatory-and-z-mean', minZ: -0.5 } }
		});
		expect(parse('4')).toEqual({ ok: false, errors: { minZ: 'thresholds.minZ.invalid' } });
		expect(parse('beaucoup')).toEqual({ ok: false, errors: { minZ: 'thresholds.minZ.invalid' } });
	});

	it('a battery changed after validation is a new version to calibrate again', async () => {
		const view = await calibrated(2);
		await saveThresholds(db, adviser, campaignId, view.versionId, filled(0), { freeze: true });
		await saveBattery(db, adviser, campaignId, [
			{ exerciseId: 'consignes', config: { theme: 'logistique', itemCount: 10 } }
		]);
		expect(await thresholdsView(db, campaignId)).toMatchObject({ version: 2, frozenAt: null });
		expect(
			(await db.selectFrom('campaigns').select('status').executeTakeFirstOrThrow()).status
		).toBe('calibration');
	});
});
