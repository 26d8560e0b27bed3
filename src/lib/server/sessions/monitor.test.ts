import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { saveBattery } from '../campaigns/battery-edit';
import { saveThresholds, thresholdsView } from '../calibration/thresholds';
import { recordConsent } from '../kiosk/state';
import { ingestBatch } from '../runs/ingest';
import { simulateAttempt } from '../demo/simulate';
import { registerPerson } from '../kiosk/attempts';
import { testDatabases } from '../testing/db';
import { makeBusySession } from '../testing/busy-session';
import { makeAdviserCampaign } from '../testing/factories';
import { recordingQueries } from '../testing/queries';
import { monitorSession } from './monitor';
import {
	candidateSchema,
	createSession,
	getSession,
	pauseCandidate,
	registerCandidate,
	resumeCandidate
} from './sessions';

describe.each(testDatabases())('live monitor [$name]', ({ open }) => {
	let db: Db;
	let adviser: SessionUser;
	let campaignId: string;
	beforeEach(async () => {
		db = await open();
		({ adviser, campaignId } = await makeAdviserCampaign(db));
	});
	afterEach(async () => db.destroy());

	it('shows each candidate’s progress, phase, time left, last contact and alerts', async () => {
		await saveBattery(db, adviser, campaignId, [
			{ exerciseId: 'consignes', config: { theme: 'soin', itemCount: 10 } },
			{ exerciseId: 'attention', config: { theme: 'soin', durationSeconds: 60 } }
		]);
		const view = (await thresholdsView(db, campaignId))!;
		const employee = await registerPerson(db, {
			campaignId,
			batteryVersionId: view.versionId,
			kind: 'calibration'
		});
		await simulateAttempt(db, employee.attemptId, 0.8, 1);
		await saveThresholds(
			db,
			adviser,
			campaignId,
			view.versionId,
			{
				lockVersion: 0,
				rule: { kind: 'all' },
				lines: [0, 1].map((position) => ({
					position,
					threshold: 1,
					method: 'judgement' as const,
					reason: 'Test',
					eliminatory: false,
					// One employee reaches it: this test is about the monitor.
					passAllReason: 'Test du suivi'
				}))
			},
			{ freeze: true }
		);
		const t0 = new Date('2026-12-03T08:00:00Z');
		const created = await createSession(
			db,
			adviser,
			campaignId,
			{ date: '2026-12-03', time: '09:00', place: 'Lyon', capacity: 3 },
			new Date('2026-11-28T10:00:00Z')
		);
		const session = (await getSession(db, campaignId, created.ok ? created.sessionId : ''))!;
		const people = [];
		for (const firstName of ['Awa', 'Bruno', 'Chloé']) {
			const r = await registerCandidate(
				db,
				adviser,
				session,
				candidateSchema.parse({ firstName, lastName: 'Test', email: 'x@example.fr' })
			);
			people.push(r.ok ? r.personId : '');
		}
		const attemptOf = async (personId: string) =>
			(
				await db
					.selectFrom('attempts')
					.select('id')
					.where('person_id', '=', personId)
					.executeTakeFirstOrThrow()
			).id;
		// Awa finished everything; Bruno is in the timed part of the first exercise and was asked
		// whether he is still there; Chloé has not started.
		await simulateAttempt(db, await attemptOf(people[0]!), 0.9, 2, t0);
		const bruno = await attemptOf(people[1]!);
		await recordConsent(db, bruno, true, t0);
		const run = await db
			.selectFrom('runs')
			.select('id')
			.where('attempt_id', '=', bruno)
			.where('position', '=', 0)
			.executeTakeFirstOrThrow();
		const events = [
			{ seq: 0, t: 0, type: 'phase.started', data: { phase: 'consigne' } },
			{ seq: 1, t: 1000, type: 'phase.started', data: { phase: 'entrainement' } },
			{ seq: 2, t: 2000, type: 'phase.started', data: { phase: 'epreuve' } },
			{ seq: 3, t: 9000, type: 'inactivity.prompt', data: {} }
		];
		const result = await ingestBatch(
			db,
			{ runId: run.id, attemptId: bruno, batch: { firstSeq: 0, sentT: 9000, events } },
			t0
		);
		expect(result.ok).toBe(true);

		const rows = await monitorSession(db, session.id, new Date(t0.getTime() + 30_000));
		const [awa, b, chloe] = rows;
		expect(awa).toMatchObject({
			name: 'Awa Test',
			status: 'finished',
			done: 2,
			total: 2,
			current: null,
			alerts: []
		});
		expect(b).toMatchObject({
			status: 'in-progress',
			done: 0,
			current: { title: 'Le poste de tri', phase: 'epreuve', position: 0 },
			lastContactAt: t0.toISOString(),
			alerts: ['inactive']
		});
		expect(b!.remainingMs).toBeGreaterThan(0);
		expect(chloe).toMatchObject({
			status: 'pending',
			current: { position: 0, phase: null },
			alerts: []
		});

		// Two minutes without news from Bruno's kiosk: offline.
		const later = await monitorSession(db, session.id, new Date(t0.getTime() + 120_000));
		expect(later[1]!.alerts).toEqual(['offline', 'inactive']);

		// The adviser pauses Bruno for a minute: his time stops, then his deadline moves on.
		const at = (s: number) => new Date(t0.getTime() + s * 1000);
		const deadline = async () =>
			(
				await db
					.selectFrom('runs')
					.select('deadline_at')
					.where('id', '=', run.id)
					.executeTakeFirstOrThrow()
			).deadline_at!;
		const before = await deadline();
		expect(await pauseCandidate(db, adviser, session.id, bruno, at(30))).toBe(true);
		expect(await pauseCandidate(db, adviser, session.id, bruno, at(31))).toBe(false);
		const paused = (await monitorSession(db, session.id, at(80)))[1]!;
		expect(paused.pausedAt).toBe(at(30).toISOString());
		expect(paused.remainingMs).toBe(Date.parse(before) - at(30).getTime());
		expect(await resumeCandidate(db, adviser, session.id, bruno, at(90))).toBe(true);
		expect(Date.parse(await deadline()) - Date.parse(before)).toBe(60_000);
		expect(await resumeCandidate(db, adviser, session.id, bruno, at(91))).toBe(false);
		// Another session's id, or a candidate not at work: nothing happens.
		expect(await pauseCandidate(db, adviser, 'other-session', bruno, at(100))).toBe(false);
		const chloeAttempt = await attemptOf(people[2]!);
		expect(await pauseCandidate(db, adviser, session.id, chloeAttempt, at(100))).toBe(false);
		const actions = await db
			.selectFrom('audit_log')
			.select('action')
			.where('subject_id', '=', bruno)
			.where('action', 'like', 'attempt.%')
			.execute();
		expect(actions.map((a) => a.action).sort()).toEqual(['attempt.paused', 'attempt.resumed']);
	});

	// 6 runs of ~8,000 events once took 97 s a refresh, every other request waiting: the monitor
	// read each run's events, with a subquery over all of them for each one (quadratic).
	it('refreshes in one query on runs, reading none of their events', async () => {
		const now = new Date('2026-12-03T08:00:00Z');
		const { sessionId } = await makeBusySession(db, { candidates: 6, eventsPerRun: 1200, now });
		const recorded = recordingQueries(db);
		const rows = await monitorSession(recorded.db, sessionId, new Date(now.getTime() + 10_000));
		expect(recorded.queries.map((q) => q.sql).filter((sql) => sql.includes('run_events'))).toEqual(
			[]
		);
		expect(recorded.queries).toHaveLength(1);
		// What it shows is still right: in the timed part; the first one was asked if still there.
		expect(rows).toHaveLength(6);
		for (const row of rows)
			expect(row).toMatchObject({
				status: 'in-progress',
				current: { position: 0, phase: 'epreuve' },
				lastContactAt: now.toISOString()
			});
		expect(rows.map((r) => r.alerts)).toEqual([['inactive'], [], [], [], [], []]);
	});
});
