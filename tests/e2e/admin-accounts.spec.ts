import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, logIn } from './helpers';

test('the admin creates an employer account; mistakes are shown next to the fields and nothing typed is lost', async ({
	page
}) => {
	await logIn(page, DEMO.admin);
	await expect(page).toHaveURL(/\/admin$/);
	await expectAccessible(page);

	await page.getByLabel('Nom').fill('Sophie Martin');
	await page.getByLabel('Adresse e-mail').fill('sophie.martin@entrepots-rhone.example');
	await page.getByLabel('Rôle').selectOption({ label: 'Employeur' });
	await page.getByLabel('Mot de passe provisoire').fill('court');
	await page.getByRole('button', { name: 'Créer un compte' }).click();

	await expect(
		page.getByText('Un compte employeur doit être rattaché à une entreprise.')
	).toBeVisible();
	await expect(page.getByText('Le mot de passe doit faire au moins 12 caractères.')).toBeVisible();
	await expect(page.getByLabel('Nom')).toHaveValue('Sophie Martin');
	await expect(page.getByLabel('Adresse e-mail')).toHaveValue(
		'sophie.martin@entrepots-rhone.example'
	);
	await expect(page.getByLabel('Rôle')).toHaveValue('employer');
	await expectAccessible(page);

	await page
		.getByLabel('Entreprise (comptes employeur)')
		.selectOption({ label: 'Entrepôts du Rhône' });
	await page.getByLabel('Mot de passe provisoire').fill('un mot de passe assez long');
	await page.getByRole('button', { name: 'Créer un compte' }).click();
	await expect(
		page.getByText('Compte créé pour sophie.martin@entrepots-rhone.example.')
	).toBeVisible();
	await expect(
		page.getByRole('cell', { name: 'sophie.martin@entrepots-rhone.example' })
	).toBeVisible();

	// The new account works and lands in the employer area.
	await page.getByRole('button', { name: 'Se déconnecter' }).click();
	await logIn(page, 'sophie.martin@entrepots-rhone.example', 'un mot de passe assez long');
	await expect(page).toHaveURL(/\/employeur$/);
});

test('an email already used is refused with a clear message', async ({ page }) => {
	await logIn(page, DEMO.admin);
	await expect(page).toHaveURL(/\/admin$/);
	await page.getByLabel('Nom').fill('Doublon');
	await page.getByLabel('Adresse e-mail').fill(DEMO.adviser);
	await page.getByLabel('Agence').selectOption({ index: 1 });
	await page.getByLabel('Mot de passe provisoire').fill('un mot de passe assez long');
	await page.getByRole('button', { name: 'Créer un compte' }).click();
	await expect(page.getByText('Un compte existe déjà avec cette adresse.')).toBeVisible();
	await expect(page.getByLabel('Nom')).toHaveValue('Doublon');
});
