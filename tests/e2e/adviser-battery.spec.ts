import { expect, test } from '@playwright/test';
import { newDemoCampaign, withDb } from './data';
import { DEMO, expectAccessible, hydrated, logIn } from './helpers';

test('the adviser sets the battery: one exercise per habileté, plain notice where none exists yet, a new version once people took it', async ({
	page
}) => {
	const id = await newDemoCampaign({
		jobTitle: 'Magasinier / magasinière',
		habiletes: ['consignes', 'attention', 'tension', 'equipe'],
		battery: true,
		takers: 1
	});
	await logIn(page, DEMO.adviser);
	// Let the login's own redirect finish before going elsewhere.
	await expect(page).toHaveURL(/\/conseiller$/);
	await page.goto(`/conseiller/campagnes/${id}/batterie`);
	await expect(page.getByRole('heading', { name: /Batterie d’exercices/ })).toBeVisible();
	await expectAccessible(page);

	const consignes = page.locator('section', { hasText: 'Respecter des normes et des consignes' });
	await expect(page.locator('section', { hasText: 'Travailler sous tension' })).toContainText(
		'Pas encore d’exercice pour cette habileté.'
	);
	// This battery is already being taken: saving makes a new version.
	await expect(page.getByText('Des personnes passent déjà cette version')).toBeVisible();

	await consignes.getByLabel('Durée de l’exercice (minutes)').fill('120');
	await consignes.getByLabel('Thème').selectOption({ label: 'Soin' });
	await page.getByRole('button', { name: 'Enregistrer la batterie' }).click();
	await expect(page.getByText('Indiquez une durée entre 0,5 et 60 minutes.')).toBeVisible();
	await expect(consignes.getByLabel('Thème')).toHaveValue('soin');
	await expectAccessible(page);

	// The exercise's own setting, as it declares it: its bounds said, a wrong value kept and refused.
	const itemCount = consignes.getByLabel('Nombre d’éléments à trier');
	await expect(consignes.getByText('entre 10 et 80')).toBeVisible();
	await consignes.getByLabel('Durée de l’exercice (minutes)').fill('5,5');
	await itemCount.fill('8');
	await page.getByRole('button', { name: 'Enregistrer la batterie' }).click();
	await expect(
		consignes.getByText('Entrez un nombre entier entre les limites indiquées.')
	).toBeVisible();
	await expect(itemCount).toHaveValue('8');
	await expect(consignes.getByLabel('Thème')).toHaveValue('soin');
	await expectAccessible(page);

	await itemCount.fill('24');
	await page.getByRole('button', { name: 'Enregistrer la batterie' }).click();
	await expect(
		page.getByText(
			'Batterie enregistrée comme nouvelle version 2 : elle doit être étalonnée à nouveau.'
		)
	).toBeVisible();
	await expect(consignes.getByLabel('Durée de l’exercice (minutes)')).toHaveValue('5.5');
	await expect(consignes.getByLabel('Thème')).toHaveValue('soin');
	await expect(itemCount).toHaveValue('24');
	// Nobody took version 2 yet: saving again keeps it.
	await page.getByRole('button', { name: 'Enregistrer la batterie' }).click();
	await expect(page.getByText('Batterie enregistrée (version 2).')).toBeVisible();
});

test('“Essayer” shows an exercise exactly as a candidate sees it, with the settings typed, and records nothing', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	const id = await newDemoCampaign({
		jobTitle: 'Agent de tri (aperçu)',
		habiletes: ['consignes', 'attention', 'tension', 'equipe'],
		battery: true
	});
	await logIn(page, DEMO.adviser);
	await expect(page).toHaveURL(/\/conseiller$/);
	await page.goto(`/conseiller/campagnes/${id}/batterie`);
	await hydrated(page);
	const consignes = page.locator('section', { hasText: 'Respecter des normes et des consignes' });

	// Settings typed but not saved: the preview takes them; the form keeps them.
	await consignes.getByLabel('Durée de l’exercice (minutes)').fill('0,5');
	await consignes.getByLabel('Difficulté').selectOption('1');
	const [preview] = await Promise.all([
		context.waitForEvent('page'),
		consignes.getByRole('button', { name: 'Essayer' }).click()
	]);
	const sent: string[] = [];
	preview.on('request', (r) => sent.push(new URL(r.url()).pathname));
	await expect(preview.getByText('Aperçu — rien n’est enregistré ni envoyé.')).toBeVisible();
	await expect(preview).toHaveURL(/essayer=consignes/);
	await expect(preview.getByRole('button', { name: 'Je m’entraîne' })).toBeVisible();
	await expectAccessible(preview);
	// With a mouse, as at the adviser's desk.
	await preview.getByRole('button', { name: 'Je m’entraîne' }).click();
	for (let i = 0; i < 4; i++) {
		await preview.getByRole('button', { name: /^A / }).click();
		await preview.getByRole('button', { name: 'Continuer' }).click();
	}
	await preview.getByRole('button', { name: 'Commencer l’exercice' }).click();
	// 30 s at the sorting station: the time runs as on a kiosk, then the preview ends.
	await expect(preview.getByTestId('time-left')).toContainText(/Temps restant : 0:[23]\d/);
	await expect(preview.getByText('Colis 1', { exact: true })).toBeVisible();
	await preview.getByRole('button', { name: /^A / }).click();
	await expect(preview.getByText('Colis 2', { exact: true })).toBeVisible();
	await expect(preview.getByText(/^Fin de l’aperçu/)).toBeVisible({ timeout: 45_000 });
	await expectAccessible(preview);
	// Nothing reached the server: no run, no event, no kiosk call (the voice aside).
	expect(sent.filter((p) => p.startsWith('/api/') && p !== '/api/kiosque/voix')).toEqual([]);
	const runs = await withDb((db) =>
		db
			.selectFrom('runs as r')
			.innerJoin('attempts as a', 'a.id', 'r.attempt_id')
			.innerJoin('battery_versions as v', 'v.id', 'a.battery_version_id')
			.select('r.id')
			.where('v.campaign_id', '=', id)
			.execute()
	);
	expect(runs).toEqual([]);
	// "Recommencer" starts a new run from the instructions.
	await preview.getByRole('button', { name: 'Recommencer' }).click();
	await expect(preview.getByRole('button', { name: 'Je m’entraîne' })).toBeVisible();
	await preview.close();
	await expect(consignes.getByLabel('Durée de l’exercice (minutes)')).toHaveValue('0,5');

	// Settings that are not valid: the preview says so plainly.
	await consignes.getByLabel('Durée de l’exercice (minutes)').fill('deux');
	const [invalid] = await Promise.all([
		context.waitForEvent('page'),
		consignes.getByRole('button', { name: 'Essayer' }).click()
	]);
	await expect(invalid.getByRole('alert')).toHaveText(
		'Ces réglages ne sont pas valables : corrigez-les dans la batterie, puis essayez de nouveau.'
	);
	await expectAccessible(invalid);
});
