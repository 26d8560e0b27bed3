import { expect, test, type Page } from '@playwright/test';
import { sessionUserOf } from '../../src/lib/server/testing/factories';
import { utcToZoned } from '../../src/lib/domain/time';
import {
	candidateSchema,
	createSession,
	getSession,
	registerCandidate
} from '../../src/lib/server/sessions/sessions';
import {
	DEMO,
	expectAccessible,
	hydrated,
	logIn,
	openKiosk,
	placeParcel,
	practiseSorting
} from './helpers';
import { newDemoCampaign, storedEvents, storedScores, withDb } from './data';

const ITEMS = 10;

/** A planned session of a frozen campaign with one registered candidate. */
async function sessionWithCandidate() {
	const campaignId = await newDemoCampaign({
		jobTitle: 'Préparateur de commandes (pause)',
		habiletes: ['consignes', 'attention', 'tension', 'equipe'],
		battery: true,
		calibrated: 3,
		frozen: true,
		config: { itemCount: ITEMS, difficulty: 1, durationSeconds: 90 }
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
			firstName: 'Inès',
			lastName: 'Pausée',
			phone: '06 51 22 33 44'
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

test('the adviser pauses a candidate: the kiosk stops where it is, their time does not run, and it goes on from there on resume', async ({
	page,
	browser
}) => {
	test.setTimeout(150_000);
	const { monitor, kioskCode, attemptId } = await sessionWithCandidate();
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		hasTouch: true,
		locale: 'fr-FR'
	});
	const kiosk = await context.newPage();
	await openKiosk(kiosk, kioskCode);
	await practiseSorting(kiosk);
	await placeParcel(kiosk, 1);
	await placeParcel(kiosk, 2);
	await expect(kiosk.getByText('Colis 3', { exact: true })).toBeVisible();

	await logIn(page, DEMO.adviser);
	await expect(page).toHaveURL(/\/conseiller$/);
	await page.goto(monitor);
	const row = page.getByRole('row', { name: /Inès Pausée/ });
	await expect(row).toContainText('épreuve chronométrée');
	const before = await secondsLeft(kiosk);
	// The server's pause lies between the click and the resume's answer: it starts before the
	// page shows "En pause".
	const pauseClicked = Date.now();
	await row.getByRole('button', { name: /Mettre en pause/ }).click();
	await expect(row).toContainText('En pause');
	const pausedAt = Date.now();

	// The kiosk learns it within a pulse: the parcel is gone, a plain message says why.
	const held = kiosk.getByRole('heading', { name: 'Pause demandée par le conseiller' });
	await expect(held).toBeVisible({ timeout: 10_000 });
	await expect(kiosk.getByText('Votre temps est arrêté : vous ne perdez rien.')).toBeVisible();
	await expect(kiosk.getByText('Colis 3', { exact: true })).toBeHidden();
	await expectAccessible(kiosk);

	// A reload in the pause stays in the pause.
	await kiosk.reload();
	await hydrated(kiosk);
	await expect(held).toBeVisible();

	await kiosk.waitForTimeout(Math.max(0, pausedAt + 12_000 - Date.now()));
	await row.getByRole('button', { name: /Reprendre/ }).click();
	await expect(row).not.toContainText('En pause');
	const pausedMs = Date.now() - pauseClicked;

	// Back on the same parcel, with the time left before the pause (the pulse and the message
	// each take up to a few seconds: never the 12 s and more of the pause).
	await expect(kiosk.getByText('Colis 3', { exact: true })).toBeVisible({ timeout: 10_000 });
	const after = await secondsLeft(kiosk);
	expect(after).toBeGreaterThan(before - 8);
	expect(after).toBeLessThanOrEqual(before + 1);
	for (let n = 3; n <= ITEMS; n++) await placeParcel(kiosk, n);
	await expect(kiosk.getByRole('heading', { name: 'C’est terminé. Merci !' })).toBeVisible();

	// The log says when the run stopped and why; the deadline moved on by the pause; all counted.
	const { runId, deadlineAt, startedAt } = await withDb(async (db) => {
		const run = await db
			.selectFrom('runs as r')
			.innerJoin('run_events as e', 'e.run_id', 'r.id')
			.select(['r.id', 'r.deadline_at', 'e.received_at', 'e.data'])
			.where('r.attempt_id', '=', attemptId)
			.where('e.type', '=', 'phase.started')
			.execute();
		const start = run.find((e) => JSON.parse(e.data).phase === 'epreuve')!;
		return { runId: start.id, deadlineAt: start.deadline_at!, startedAt: start.received_at };
	});
	expect(Date.parse(deadlineAt) - Date.parse(startedAt)).toBeGreaterThan(90_000 + 10_000);
	expect(Date.parse(deadlineAt) - Date.parse(startedAt)).toBeLessThanOrEqual(90_000 + pausedMs);
	const events = await storedEvents(runId);
	const types = events.map((e) => `${e.type} ${e.data}`);
	expect(types).toContain('run.paused {"by":"adviser"}');
	expect(types).toContain('run.resumed {"after":"adviser"}');
	expect(events.filter((e) => e.late)).toEqual([]);
	// The score is computed when the last batch arrives, which may follow the end screen.
	await expect
		.poll(async () => (await storedScores(attemptId)).length, { timeout: 10_000 })
		.toBe(1);
	const [score] = await storedScores(attemptId);
	expect(score).toMatchObject({ exercise_id: 'consignes', max: ITEMS });
	await context.close();
});
