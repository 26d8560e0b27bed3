import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, hydrated } from './helpers';
import { newAttempt, storedEvents, storedScores } from './data';

test.use({ viewport: { width: 1280, height: 800 }, hasTouch: true, isMobile: false });

async function enterCode(page: Page, code: string) {
	await page.goto('/kiosque');
	await hydrated(page);
	await page.getByLabel('Votre code').fill(code.toLowerCase().replace(/(.{4})/, '$1 '));
	await page.getByRole('button', { name: 'Valider' }).tap();
}

test('a candidate plays the sorting station on a touch tablet; the server scores it', async ({
	page
}) => {
	const attempt = await newAttempt({
		exercises: [{ exerciseId: 'consignes', config: { itemCount: 10, difficulty: 1 } }]
	});
	await page.goto('/kiosque');
	await expectAccessible(page);
	await enterCode(page, attempt.kioskCode);

	await expect(page.getByRole('heading', { name: 'Bienvenue' })).toBeVisible();
	// One exercise, said in the singular.
	await expect(page.getByText('Vous allez faire 1 exercice sur cette tablette.')).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'J’accepte' }).tap();

	await expect(page.getByRole('heading', { name: 'Réglez l’affichage' })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Grande', exact: true }).tap();
	await page.getByRole('button', { name: 'C’est bon, on commence' }).tap();

	await expect(page.getByRole('heading', { name: 'Le poste de tri' })).toBeVisible();
	// This browser has no voice: the instructions are read from an audio file made by the server.
	const voice = page.waitForResponse((r) => r.url().includes('/api/kiosque/voix'));
	await page.getByRole('button', { name: 'Réécouter' }).tap();
	const audio = await voice;
	expect(audio.status()).toBe(200);
	expect(audio.headers()['content-type']).toBe('audio/wav');
	expect(new URL(audio.url()).searchParams.get('texte')).toContain(
		'Posez chaque colis dans le bon bac.'
	);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Je m’entraîne' }).tap();

	// Practice: each answer gets feedback.
	for (let i = 0; i < 4; i++) {
		await page.getByRole('button', { name: /^A / }).tap();
		await expect(page.getByRole('status').filter({ hasText: /réponse/ })).toBeVisible();
		await page.getByRole('button', { name: 'Continuer' }).tap();
	}
	await expect(page.getByText('L’entraînement est terminé.')).toBeVisible();
	await page.getByRole('button', { name: 'Commencer l’exercice' }).tap();

	await expect(page.getByTestId('time-left')).toContainText('Temps restant : 6:0');
	await expectAccessible(page);
	// What the frame answering each tap shows: the parcel just placed (and the pressed bin); the
	// next parcel comes in the frame after, so the tap's own frame stays light. The last tap
	// ends the exercise at once.
	await page.evaluate(() => {
		const frames: string[] = [];
		(window as unknown as { tapFrames: string[] }).tapFrames = frames;
		addEventListener(
			'pointerdown',
			() =>
				requestAnimationFrame(() =>
					frames.push(document.querySelector('.item-card .ref')?.textContent ?? '')
				),
			true
		);
	});
	for (let i = 0; i < 10; i++) {
		await expect(page.getByText(`Colis ${i + 1}`, { exact: true })).toBeVisible();
		await page.getByRole('button', { name: /^A / }).tap();
	}
	// The last tap's frame may come after the loop's last step: wait for it.
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { tapFrames: string[] }).tapFrames))
		.toEqual([...Array.from({ length: 9 }, (_, i) => `Colis ${i + 1}`), '']);
	await expect(page.getByRole('heading', { name: 'C’est terminé. Merci !' })).toBeVisible();
	await expectAccessible(page);

	await expect
		.poll(async () => (await storedScores(attempt.attemptId)).length, { timeout: 10_000 })
		.toBe(1);
	const [score] = await storedScores(attempt.attemptId);
	expect(score!.max).toBe(10);
	expect(JSON.parse(score!.subscores).processed).toBe(10);
	const events = await storedEvents(attempt.runIds[0]!);
	expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
	const onsets = events.filter((e) => e.type === 'stimulus.shown');
	expect(onsets.length).toBeGreaterThanOrEqual(10);
	expect(onsets.every((e) => JSON.parse(e.data).method === 'element-timing')).toBe(true);
});

test('a wrong code says so and keeps what was typed; spaces and lower case are accepted', async ({
	page
}) => {
	await page.goto('/kiosque');
	await hydrated(page);
	await page.getByLabel('Votre code').fill('3479 acde');
	await page.getByRole('button', { name: 'Valider' }).tap();
	await expect(page.getByRole('alert')).toHaveText(
		'Ce code n’est pas reconnu. Vérifiez-le ou demandez de l’aide au conseiller.'
	);
	await expect(page.getByLabel('Votre code')).toHaveValue('3479 acde');
	await expectAccessible(page);
});

test('refusing keeps nothing but the refusal', async ({ page }) => {
	const attempt = await newAttempt();
	await enterCode(page, attempt.kioskCode);
	await page.getByRole('button', { name: 'Je ne souhaite pas continuer' }).tap();
	await expect(page.getByRole('heading', { name: 'C’est noté' })).toBeVisible();
	expect(await storedEvents(attempt.runIds[0]!)).toEqual([]);
	// The code cannot be used again.
	await enterCode(page, attempt.kioskCode);
	await expect(page.getByRole('alert')).toHaveText(
		'Ce code n’est plus valable. Demandez au conseiller.'
	);
});
