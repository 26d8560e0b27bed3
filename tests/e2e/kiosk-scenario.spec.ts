import { expect, test, type Page } from '@playwright/test';
import { registeredExercise, registeredExercises } from '../../exercises/registry.server';
import { expectAccessible, hydrated } from './helpers';
import { newAttempt, withDb } from './data';
import { expectWholeRun, playExercise } from './player';
import { attemptRunSetups } from '../../src/lib/server/demo/simulate';
import {
	scenarioPayloadSchema,
	type ScenarioPayload
} from '../../exercises/mechanics/scenario/types';
import { VOICE_TEXTS } from '../../exercises/mechanics/scenario/voice';
import { kioskFr } from '../../src/lib/i18n/kiosk-fr';

test.use({ viewport: { width: 1280, height: 800 }, hasTouch: true });

/**
 * Every registered exercise on the scenario mechanic (its payload is the mechanic's), played on
 * its last theme (the first is the conformance suite's and the demo's), with the dimensions it
 * declares (a subscore each, out of its `…Max`).
 */
const SCENARIOS = registeredExercises()
	.filter(({ server }) => server.payloadSchema === scenarioPayloadSchema)
	.map(({ definition, server }) => ({
		exerciseId: definition.id,
		theme: server.themes.at(-1)!,
		title: definition.title,
		dimensions: server.subscores.filter((s) => s.outOf === `${s.key}Max`).map((s) => s.key)
	}));

test('the scenario journeys play every scenario exercise', () => {
	expect(SCENARIOS.map((s) => s.exerciseId)).toEqual(
		expect.arrayContaining(['relation-service', 'affirmer'])
	);
	for (const { dimensions } of SCENARIOS) expect(dimensions.length).toBeGreaterThanOrEqual(2);
});

/** The display modes the kiosk offers, each played on every scenario exercise. */
const MODES: { name: string; textSize?: string; contrast?: boolean }[] = [
	{ name: 'default' },
	{ name: 'high contrast', contrast: true },
	{ name: '« Très grande » text', textSize: 'Très grande' }
];

async function openWith(page: Page, code: string, mode: (typeof MODES)[number]) {
	await page.goto('/kiosque');
	await hydrated(page);
	await page.getByLabel('Votre code').fill(code);
	await page.getByRole('button', { name: 'Valider' }).tap();
	await page.getByRole('button', { name: 'J’accepte' }).tap();
	if (mode.textSize) await page.getByRole('button', { name: mode.textSize, exact: true }).tap();
	if (mode.contrast)
		await page
			.getByRole('group', { name: 'Contraste élevé' })
			.getByRole('button', { name: 'Oui' })
			.tap();
	await page.getByRole('button', { name: 'C’est bon, on commence' }).tap();
}

/** Every button on screen lies within the viewport: nothing to scroll to. */
async function expectAllInView(page: Page) {
	const viewport = page.viewportSize()!;
	for (const button of await page.getByRole('button').all()) {
		const box = (await button.boundingBox())!;
		expect(box.y + box.height, await button.innerText()).toBeLessThanOrEqual(viewport.height);
		expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
	}
}

for (const { exerciseId, theme, title, dimensions } of SCENARIOS)
	for (const mode of MODES) {
		test(`${title} (${exerciseId}), ${mode.name}: a reply is heard on tap, a slip off the confirm commits nothing, and the whole run is scored`, async ({
			page
		}) => {
			test.setTimeout(180_000);
			const attempt = await newAttempt({
				exercises: [{ exerciseId, config: { theme, difficulty: 2, durationSeconds: 90 } }]
			});
			const [run] = await withDb((db) => attemptRunSetups(db, attempt.attemptId));
			const payload = run!.exercise.server.prepare(run!.setup) as ScenarioPayload;
			const practice = payload.practice[0]!;
			// What the kiosk reads aloud (no browser voice here: the server's audio of each text).
			const heard: string[] = [];
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (url.pathname === '/api/kiosque/voix') heard.push(url.searchParams.get('texte') ?? '');
			});
			await openWith(page, attempt.kioskCode, mode);
			await expect(page.getByRole('heading', { name: title })).toBeVisible();
			await expectAccessible(page);
			await page.getByRole('button', { name: 'Je m’entraîne' }).tap();

			// Practice: who speaks and what they say, read aloud; a reply tapped is heard and selected.
			await expect(page.getByText(practice.who.fr, { exact: true })).toBeVisible();
			await expect.poll(() => heard).toContain(`${practice.who.fr}. ${practice.other.fr}`);
			const confirm = page.getByRole('button', {
				name: kioskFr[VOICE_TEXTS[payload.voice].confirm]
			});
			await expect(confirm).toBeDisabled();
			const reply = page.getByRole('button', { name: /^A / });
			await reply.tap();
			await expect(reply).toHaveAttribute('aria-pressed', 'true');
			await expect(confirm).toBeEnabled();
			const replyText = (await reply.locator('.text').innerText()).trim();
			await expect.poll(() => heard).toContain(replyText);
			await expectAccessible(page);
			await expectAllInView(page);

			// A finger that slides off the confirm button before lifting commits nothing (WCAG 2.5.2).
			const cdp = await page.context().newCDPSession(page);
			const box = (await confirm.boundingBox())!;
			const on = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [on] });
			await cdp.send('Input.dispatchTouchEvent', {
				type: 'touchMove',
				touchPoints: [{ x: on.x, y: box.y - 120 }]
			});
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
			await page.waitForTimeout(300);
			const verdict = page.getByText(/(Bonne réponse|Ce n’est pas la bonne réponse)$/);
			await expect(verdict).toHaveCount(0);
			await expect(reply).toHaveAttribute('aria-pressed', 'true');

			// Lifted on it, it counts: the feedback says whether it was the better reply, and why.
			await confirm.tap();
			await expect(verdict).toBeVisible();
			await expectAccessible(page);
			await page.getByRole('button', { name: 'Continuer' }).tap();

			// The rest, and the timed part, played by the exercise's bot at full skill.
			await playExercise(page, {
				attemptId: attempt.attemptId,
				skill: 1,
				rngSeed: 5,
				until: (snapshot) =>
					snapshot.matches('epreuve') &&
					(snapshot.context as { chosen: string | null }).chosen !== null
			});
			await expect(page.getByRole('button', { name: /^[A-D] / }).first()).toBeVisible();
			await expectAccessible(page);
			await expectAllInView(page);
			await playExercise(page, { attemptId: attempt.attemptId, skill: 1, rngSeed: 6 });

			const { events, score } = await expectWholeRun(attempt.attemptId);
			const answered = events.filter((e) => e.type === 'practice.answered');
			// The slip left no trace: one answer to the first practice turn, the one lifted on it.
			expect(answered.filter((e) => e.data.item === 'p0')).toHaveLength(1);
			// Every scene seen through: all its turns answered, each worth 2 points, confirmed once.
			const turns = events.filter((e) => e.type === 'turn.answered');
			expect(turns).toHaveLength(score.max / 2);
			expect(JSON.parse(score.items).every((i: { reached: boolean }) => i.reached)).toBe(true);
			// A careful person earns most of the points (the bot picks the full reply almost always),
			// and each dimension is stored out of the turns that engaged it (two a turn).
			expect(score.raw).toBeGreaterThanOrEqual(0.7 * score.max);
			const subscores = JSON.parse(score.subscores) as Record<string, number>;
			const declared = registeredExercise(exerciseId)!.server.subscores.map((s) => s.key);
			expect(declared).toEqual(expect.arrayContaining(dimensions));
			const met = dimensions.map((d) => subscores[`${d}Max`]!);
			expect(met.reduce((a, b) => a + b, 0)).toBe(2 * turns.length);
		});
	}
