import { expect, test } from '@playwright/test';
import { expectAccessible, hydrated } from './helpers';
import { newAttempt, storedEvents, storedScores } from './data';

// A portrait tablet this time: the same kiosk must work both ways. More items than 30 s can
// show: the timed part must end on time, not by running out of items.
test.use({ viewport: { width: 800, height: 1280 }, hasTouch: true });

test('a candidate plays the conveyor (attention) through the UI; the server scores it', async ({
	page
}) => {
	test.setTimeout(240_000);
	const attempt = await newAttempt({
		exercises: [
			{
				exerciseId: 'attention',
				config: { theme: 'soin', difficulty: 1, durationSeconds: 30, itemCount: 60 }
			}
		]
	});
	await page.goto('/kiosque');
	await hydrated(page);
	await page.getByLabel('Votre code').fill(attempt.kioskCode);
	await page.getByRole('button', { name: 'Valider' }).tap();
	await page.getByRole('button', { name: 'J’accepte' }).tap();
	await page.getByRole('button', { name: 'C’est bon, on commence' }).tap();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Je m’entraîne' }).tap();

	// A finger as a person's: down, then up when the test says (Playwright's tap() sends both).
	const cdp = await page.context().newCDPSession(page);
	const reject = page.getByRole('button', { name: 'Rejeter' });
	const press = async () => {
		const box = (await reject.boundingBox())!;
		const finger = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [finger] });
	};
	const lift = () => cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });

	// Practice: items pass by themselves; feedback stops the belt until "Continuer".
	const done = page.getByText('L’entraînement est terminé.');
	const next = page.getByRole('button', { name: 'Continuer' });
	// A tap on "Rejeter" as a person makes it (lifted 80 ms later, once the feedback has taken
	// its place): the feedback stays until "Continuer" is tapped.
	await press();
	await page.waitForTimeout(80);
	await lift();
	await expect(next).toBeVisible();
	await page.waitForTimeout(1000);
	await expect(next).toBeVisible();
	await expect(async () => {
		if (await next.isVisible()) await next.tap();
		await expect(done).toBeVisible({ timeout: 1000 });
	}).toPass({ timeout: 90_000 });
	await page.getByRole('button', { name: 'Commencer l’exercice' }).tap();

	await expect(page.getByTestId('time-left')).toBeVisible();
	await expectAccessible(page);
	// The belt steps when a product comes, quickly, then stands still while it is inspected (no
	// endless animation), and it is animated by the compositor (transform, opacity), never by
	// properties that repaint on the main thread every frame: every frame of movement delays the
	// taps of a cheap tablet (bench/README.md, responsiveness).
	await expect
		.poll(
			() =>
				page.evaluate(() => {
					const animations = document.getAnimations();
					if (animations.length === 0) return null; // between two steps
					const properties = animations.flatMap((a) =>
						(a.effect as KeyframeEffect)
							.getKeyframes()
							.flatMap((k) => Object.keys(k))
							.filter((p) => !['offset', 'computedOffset', 'easing', 'composite'].includes(p))
					);
					const longest = Math.max(
						...animations.map((a) => Number(a.effect?.getComputedTiming().duration))
					);
					return {
						properties: [...new Set(properties)].sort(),
						endless: animations.some((a) => a.effect?.getComputedTiming().iterations === Infinity),
						quick: longest <= 250
					};
				}),
			{ timeout: 10_000, intervals: [50] }
		)
		.toEqual({ properties: ['transform'], endless: false, quick: true });
	// A tap counts at its press. Its release is cancelled: the browser makes no mouse events nor
	// click of it (work a cheap tablet would do while the next product comes).
	await page.evaluate(() => {
		const seen: string[] = [];
		(window as unknown as { afterTouch: string[] }).afterTouch = seen;
		for (const type of ['mousedown', 'mouseup', 'click'])
			addEventListener(type, (e) => seen.push(e.type), true);
	});
	for (let i = 0; i < 3; i++) {
		await page.waitForTimeout(2000);
		await press();
		await page.waitForTimeout(80);
		await lift();
	}
	expect(
		await page.evaluate(() => (window as unknown as { afterTouch: string[] }).afterTouch)
	).toEqual([]);
	await expect(page.getByRole('heading', { name: 'C’est terminé. Merci !' })).toBeVisible({
		timeout: 45_000
	});

	await expect
		.poll(async () => (await storedScores(attempt.attemptId)).length, { timeout: 10_000 })
		.toBe(1);
	const [score] = await storedScores(attempt.attemptId);
	expect(score!.exercise_id).toBe('attention');
	expect(score!.max).toBeGreaterThan(0);
	const subscores = JSON.parse(score!.subscores);
	expect(subscores.hits + subscores.falseAlarms).toBeGreaterThanOrEqual(1);
	const events = await storedEvents(attempt.runIds[0]!);
	const types = events.map((e) => e.type);
	expect(types).toContain('time.up');
	expect(types.filter((type) => type === 'item.rejected')).toHaveLength(3);
	expect(types.indexOf('phase.started')).toBe(0);
	const onsets = events
		.filter((e) => e.type === 'stimulus.shown')
		.map((e) => JSON.parse(e.data).method);
	expect(onsets.length).toBeGreaterThan(10);
	// Onsets come from Element Timing; on a machine so busy that an entry is over a second late,
	// the recorder falls back on the frame time, by design, and says so.
	expect(onsets.every((m) => m === 'element-timing' || m === 'raf')).toBe(true);
	const timed = onsets.filter((m) => m === 'element-timing').length;
	expect(timed / onsets.length).toBeGreaterThanOrEqual(0.9);
});
