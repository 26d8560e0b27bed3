import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, hydrated, logIn } from './helpers';

test('the demo adviser logs in and finds the demo campaign with its job analysis', async ({
	page
}) => {
	await logIn(page, DEMO.adviser);
	await expect(page).toHaveURL(/\/conseiller$/);
	await expect(page.getByRole('heading', { name: 'Mes campagnes' })).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Préparateur / préparatrice de commandes' }).click();
	await expect(page.getByRole('heading', { name: 'Analyse du poste' })).toBeVisible();
	await expect(page.getByText('Maintenir son attention dans la durée')).toBeVisible();
	await expect(page.getByText('Entrepôts du Rhône')).toBeVisible();
	await expectAccessible(page);
});

test('a wrong password shows the French error and keeps the email typed', async ({ page }) => {
	await page.goto('/connexion');
	await expectAccessible(page);
	await logIn(page, DEMO.adviser, 'pas le bon mot de passe');
	await expect(page.getByRole('alert')).toHaveText('Adresse e-mail ou mot de passe incorrect.');
	await expect(page.getByLabel('Adresse e-mail')).toHaveValue(DEMO.adviser);
	await expectAccessible(page);
});

test('an unknown email gets exactly the same message', async ({ page }) => {
	await logIn(page, 'personne@exemple.fr', 'pas le bon mot de passe');
	await expect(page.getByRole('alert')).toHaveText('Adresse e-mail ou mot de passe incorrect.');
});

test('an empty form says which field is missing', async ({ page }) => {
	await page.goto('/connexion');
	await hydrated(page);
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await expect(page.getByText('Ce champ est obligatoire.')).toHaveCount(2);
	await expect(page.getByLabel('Adresse e-mail')).toHaveAttribute('aria-invalid', 'true');
});

test('a staff page sends a visitor to the login, then back to the page asked for', async ({
	page
}) => {
	await page.goto('/conseiller');
	await expect(page).toHaveURL(/\/connexion\?redirectTo=%2Fconseiller/);
	await hydrated(page);
	await page.getByLabel('Adresse e-mail').fill(DEMO.adviser);
	await page.getByLabel('Mot de passe').fill('demo-habile-2026');
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await expect(page).toHaveURL(/\/conseiller$/);
});

test('logging out ends the session', async ({ page }) => {
	await logIn(page, DEMO.employer);
	await expect(page).toHaveURL(/\/employeur$/);
	await expect(
		page.getByRole('heading', { name: 'Préparateur / préparatrice de commandes' })
	).toBeVisible();
	// The employer never sees another company's campaign.
	await expect(page.getByText('Agent / agente de propreté')).toHaveCount(0);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Se déconnecter' }).click();
	await expect(page.getByText('Vous êtes déconnecté.')).toBeVisible();
	await page.goto('/employeur');
	await expect(page).toHaveURL(/\/connexion/);
});

test('the interface switches to English and back', async ({ page }) => {
	await page.goto('/connexion');
	await hydrated(page);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('button', { name: 'Français' }).click();
	await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
});
