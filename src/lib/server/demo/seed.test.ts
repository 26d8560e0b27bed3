import { afterEach, describe, expect, it } from 'vitest';
import { registeredExercises } from '$exercises/registry.server';
import type { Db } from '../db';
import { logIn } from '../auth/login';
import { thresholdsView } from '../calibration/thresholds';
import { followUpAlerts } from '../hiring/alerts';
import { campaignResults } from '../results/results';
import { openAttempt } from '../kiosk/binding';
import { listSessions } from '../sessions/sessions';
import { testDatabases } from '../testing/db';
import {
	DEMO_ACCOUNTS,
	DEMO_PASSWORD,
	demoKioskCodes,
	demoThreshold,
	isEmpty,
	seedDemo
} from './seed';

describe.each(testDatabases())('demo data [$name]', ({ open }) => {
	let db: Db;
	afterEach(async () => db.destroy());

	it('creates working demo logins and the order picker campaign, once', async () => {
		db = await open();
		expect(await isEmpty(db)).toBe(true);
		expect((await seedDemo(db)).seeded).toBe(true);
		expect(await isEmpty(db)).toBe(false);
		for (const account of DEMO_ACCOUNTS) {
			const result = await logIn(db, {
				email: account.email,
				password: DEMO_PASSWORD,
				ip: 't',
				lifetime: { idleMinutes: 5, maxHours: 1 }
			});
			expect(result.ok && result.user.role).toBe(account.role);
		}
		const picker = await db
			.selectFrom('campaigns')
			.select('id')
			.where('job_title', 'like', 'Préparateur%')
			.executeTakeFirstOrThrow();
		const analysis = await db
			.selectFrom('campaign_habiletes')
			.selectAll()
			.where('campaign_id', '=', picker.id)
			.execute();
		expect(analysis).toHaveLength(5);
		expect(analysis.every((a) => a.note.length > 20)).toBe(true);

		// Calibrated by 12 employees played by the bots, each scored on every exercise.
		const employees = await db
			.selectFrom('persons')
			.select('id')
			.where('kind', '=', 'calibration')
			.where('campaign_id', '=', picker.id)
			.execute();
		expect(employees).toHaveLength(12);
		const scores = await db
			.selectFrom('scores as s')
			.innerJoin('runs as r', 'r.id', 's.run_id')
			.innerJoin('attempts as a', 'a.id', 'r.attempt_id')
			.innerJoin('persons as p', 'p.id', 'a.person_id')
			.select(['s.exercise_id', 's.raw', 's.max'])
			.where('a.kind', '=', 'calibration')
			.where('p.campaign_id', '=', picker.id)
			.execute();
		expect(scores).toHaveLength(24);
		const consignes = scores.filter((s) => s.exercise_id === 'consignes').map((s) => s.raw);
		expect(Math.max(...consignes)).toBeGreaterThan(Math.min(...consignes));
		expect(await demoKioskCodes(db)).toHaveLength(3);

		// Thresholds set at the employees' 20th percentile (or just above the lowest score where
		// that fails nobody) and the calibration validated: none is a threshold nobody fails.
		const thresholds = (await thresholdsView(db, picker.id))!;
		expect(thresholds.frozenAt).not.toBeNull();
		for (const line of thresholds.lines) {
			expect(line).toMatchObject({ n: 12, passesAll: null, passAllReason: null });
			expect(line.threshold).toBeGreaterThan(line.minTotal!);
			// Frozen figures only: the employees' mean and SD as validated, no live suggestions.
			expect(line.mean).not.toBeNull();
			expect(line.sd).toBeGreaterThan(0);
			expect(line.suggestions).toEqual([]);
		}
		// The demo battery: each exercise that declares demo settings, eliminatory as it says.
		expect(thresholds.lines.map((l) => [l.exerciseId, l.eliminatory])).toEqual(
			registeredExercises().flatMap((e) =>
				e.server.demo ? [[e.definition.id, e.server.demo.eliminatory]] : []
			)
		);
		expect(thresholds.lines.map((l) => l.exerciseId)).toEqual(['consignes', 'attention']);
		const status = await db
			.selectFrom('campaigns')
			.select('status')
			.where('id', '=', picker.id)
			.executeTakeFirstOrThrow();
		expect(status.status).toBe('open');

		// A past session played by six candidates, decided on; Awa hired, with a day-30 difficulty
		// for the adviser to see; a session today whose three codes are printed, and open.
		const sessions = await listSessions(db, picker.id);
		expect(sessions.map((x) => [x.status, x.registered])).toEqual([
			['closed', 6],
			['planned', 3]
		]);
		const results = await campaignResults(db, picker.id, { sessionId: sessions[0]!.id });
		expect(results.every((r) => r.progress === 'finished' && r.decision !== null)).toBe(true);
		expect(results.some((r) => r.decision?.decision === 'present')).toBe(true);
		const adviser = await db
			.selectFrom('users')
			.select(['id', 'email', 'name', 'role', 'agency_id', 'company_id', 'locale'])
			.where('email', '=', DEMO_ACCOUNTS[1].email)
			.executeTakeFirstOrThrow();
		const alerts = await followUpAlerts(db, adviser);
		expect(alerts).toContainEqual(
			expect.objectContaining({ name: 'Awa Diallo', kind: 'difficulty', day: 30 })
		);
		const codes = await demoKioskCodes(db);
		const pending = await db
			.selectFrom('attempts')
			.select('kiosk_code')
			.where('session_id', '=', sessions[1]!.id)
			.execute();
		expect(codes.sort()).toEqual(pending.map((p) => p.kiosk_code).sort());
		expect((await openAttempt(db, codes[0]!)).ok).toBe(true);

		expect((await seedDemo(db)).seeded).toBe(false);
		// The two campaigns, and the closed spring campaign for the same job (evidence.test.ts).
		expect(await db.selectFrom('campaigns').select('id').execute()).toHaveLength(3);
	});
});

describe('demoThreshold', () => {
	const line = (p20: number, totals: number[]) => ({
		suggestions: [{ method: 'percentile' as const, name: 'P20', value: p20, explanation: '' }],
		totals
	});

	it('keeps the 20th percentile rounded down when it fails somebody', () => {
		expect(demoThreshold(line(6.6, [4, 6, 7, 9, 12]))).toMatchObject({
			threshold: 6,
			method: 'percentile',
			passAllReason: null
		});
	});

	it('never freezes a threshold nobody fails without saying so (attention at 0)', () => {
		// Three employees tied at 0: P20 = 0 fails nobody; the first score above 0 is 3.
		expect(demoThreshold(line(0, [0, 0, 0, 3, 5, 8]))).toMatchObject({
			threshold: 3,
			method: 'judgement'
		});
		expect(demoThreshold(line(4, [4, 4, 4]))).toMatchObject({
			threshold: 4,
			passAllReason: expect.stringContaining('ne distingue pas')
		});
	});
});
