import { expect, test, type Page } from '@playwright/test';
import { sessionUserOf } from '../../src/lib/server/testing/factories';
import { utcToZoned } from '../../src/lib/domain/time';
import {
	candidateSchema,
	createSession,
	getSession,
	registerCandidate
} from '../../src/lib/server/sessions/sessions';
import { registeredExercises } from '../../exercises/registry.server';
import { startsPhase } from '../../src/lib/engine/phased-machine';
import { DEMO, expectAccessible, hydrated, logIn, openKiosk } from './helpers';
import { newDemoCampaign, withDb } from './data';
import { atTestItem, expectWholeRun, playAttempt, playExercise } from './player';

/** A planned session of a frozen campaign of one exercise with one registered candidate. */
async function sessionWithCandidate(exercise: {
	exerciseId: string;
	config: Record<string, unknown>;
}) {
	const campaignId = await newDemoCampaign({
		jobTitle: `Préparateur de commandes (pause, ${exercise.exerciseId})`,
		habiletes: ['consignes', 'attention', 'tension', 'equipe'],
		battery: true,
		calibrated: 3,
		frozen: true,
		exercises: [exercise]
	});
	return withDb(async (db) => {
		const row = await db
			.selectFrom('users')
			.select('id')
			.where('email', '=', DEMO.adviser)
			.executeTakeFirstOrThrow();
		const adviser = await sessionUserOf(db, row.id);
		// Today's session, planned yesterday: codes open on their session's day only.
		const created = await createSession(
			db,
			adviser,
			campaignId,
			{
				date: utcToZoned(new Date().toISOString()).date,
				time: '09:00',
				place: 'Agence',
				capacity: 2
			},
			new Date(Date.now() - 86_400_000)
		);
		if (!created.ok) throw new Error(created.reason);
		const session = (await getSession(db, campaignId, created.sessionId))!;
		const input = candidateSchema.parse({
			// Another person for each exercise: the same one would be a retest, refused so soon.
			firstName: 'Inès',
			lastName: `Pausée ${exercise.exerciseId}`,
			phone: `06 51 22 33 ${String(registeredExercises().findIndex((e) => e.definition.id === exercise.exerciseId) + 10)}`
		});
		const registered = await registerCandidate(db, adviser, session, input);
		if (!registered.ok) throw new Error(registered.reason);
		const attempt = await db
			.selectFrom('attempts')
			.select('id')
			.where('person_id', '=', registered.personId)
			.executeTakeFirstOrThrow();
		return {
			monitor: `/conseiller/campagnes/${campaignId}/sessions/${created.sessionId}/suivi`,
			kioskCode: registered.kioskCode,
			attemptId: attempt.id
		};
	});
}

/** Seconds left as the kiosk shows them ("Temps restant : 1:23"). */
async function secondsLeft(kiosk: Page): Promise<number> {
	const text = (await kiosk.getByTestId('time-left').textContent()) ?? '';
	const [, m, s] = /(\d+):(\d\d)/.exec(text) ?? [];
	return Number(m) * 60 + Number(s);
}

for (const { definition, server } of registeredExercises()) {
	test(`${definition.id}: the adviser pauses a candidate; the kiosk stops where it is, their time does not run, and it goes on from there on resume`, async ({
		page,
		browser
	}) => {
		test.setTimeout(150_000);
		const config = server.bot.quickConfig;
		const { monitor, kioskCode, attemptId } = await sessionWithCandidate({
			exerciseId: definition.id,
			config
		});
		// The adviser watches the room before the timed part starts (a paced one does not wait).
		await logIn(page, DEMO.adviser);
		await expect(page).toHaveURL(/\/conseiller$/);
		await page.goto(monitor);
		const row = page.getByRole('row', { name: /Inès Pausée/ });

		const context = await browser.newContext({
			viewport: { width: 1280, height: 800 },
			hasTouch: true,
			locale: 'fr-FR'
		});
		const kiosk = await context.newPage();
		const options = { attemptId, skill: 0.9, rngSeed: 7 };
		await openKiosk(kiosk, kioskCode);
		await playExercise(kiosk, { ...options, until: atTestItem(2) });
		await expect(row).toContainText('épreuve chronométrée');
		const before = await secondsLeft(kiosk);
		// The server's pause lies between the click and the resume's answer: it starts before the
		// page shows "En pause".
		const pauseClicked = Date.now();
		await row.getByRole('button', { name: /Mettre en pause/ }).click();
		await expect(row).toContainText('En pause');
		const pausedAt = Date.now();

		// The kiosk learns it within a pulse: the exercise is gone, a plain message says why.
		const held = kiosk.getByRole('heading', { name: 'Pause demandée par le conseiller' });
		await expect(held).toBeVisible({ timeout: 10_000 });
		await expect(kiosk.getByText('Votre temps est arrêté : vous ne perdez rien.')).toBeVisible();
		await expect(kiosk.getByTestId('time-left')).toBeHidden();
		await expectAccessible(kiosk);

		// A reload in the pause stays in the pause.
		await kiosk.reload();
		await hydrated(kiosk);
		await expect(held).toBeVisible();

		await kiosk.waitForTimeout(Math.max(0, pausedAt + 12_000 - Date.now()));
		await row.getByRole('button', { name: /Reprendre/ }).click();
		await expect(row).not.toContainText('En pause');
		const pausedMs = Date.now() - pauseClicked;

		// Back in the timed part, with the time left before the pause (the pulse and the message
		// each take up to a few seconds: never the 12 s and more of the pause).
		await expect(kiosk.getByTestId('time-left')).toBeVisible({ timeout: 10_000 });
		const after = await secondsLeft(kiosk);
		expect(after).toBeGreaterThan(before - 8);
		expect(after).toBeLessThanOrEqual(before + 1);
		await playAttempt(kiosk, options);

		// The log says when the run stopped and why; the deadline moved on by the pause; all counted.
		const { run, events } = await expectWholeRun(attemptId);
		const start = events.find((e) => startsPhase(e, 'epreuve'))!;
		const { deadline_at: deadlineAt } = await withDb((db) =>
			db
				.selectFrom('runs')
				.select('deadline_at')
				.where('id', '=', run.runId)
				.executeTakeFirstOrThrow()
		);
		const startedAt = await withDb(async (db) =>
			db
				.selectFrom('run_events')
				.select('received_at')
				.where('run_id', '=', run.runId)
				.where('seq', '=', start.seq)
				.executeTakeFirstOrThrow()
		);
		const durationMs = Number(run.setup.config.durationSeconds) * 1000;
		const moved = Date.parse(deadlineAt!) - Date.parse(startedAt.received_at);
		expect(moved).toBeGreaterThan(durationMs + 10_000);
		expect(moved).toBeLessThanOrEqual(durationMs + pausedMs);
		const entries = events.map((e) => `${e.type} ${JSON.stringify(e.data)}`);
		expect(entries).toContain('run.paused {"by":"adviser"}');
		expect(entries).toContain('run.resumed {"after":"adviser"}');
		expect(events.filter((e) => e.late)).toEqual([]);
		await context.close();
	});
}
