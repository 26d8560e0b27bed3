import { expect, test } from '@playwright/test';
import { newDemoCampaign } from './data';
import { DEMO, expectAccessible, logIn } from './helpers';

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

	await consignes.getByLabel('Durée de l’exercice (minutes)').fill('5,5');
	await page.getByRole('button', { name: 'Enregistrer la batterie' }).click();
	await expect(
		page.getByText(
			'Batterie enregistrée comme nouvelle version 2 : elle doit être étalonnée à nouveau.'
		)
	).toBeVisible();
	await expect(consignes.getByLabel('Durée de l’exercice (minutes)')).toHaveValue('5.5');
	await expect(consignes.getByLabel('Thème')).toHaveValue('soin');
	// Nobody took version 2 yet: saving again keeps it.
	await page.getByRole('button', { name: 'Enregistrer la batterie' }).click();
	await expect(page.getByText('Batterie enregistrée (version 2).')).toBeVisible();
});
