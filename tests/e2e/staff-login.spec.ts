import { expect, test } from '@playwright/test';
import { newAdviserAccount } from './data';
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

test('a staff member changes their password from « Mon compte »; their other sessions end', async ({
	page,
	browser
}) => {
	const account = await newAdviserAccount('Inès Garnier');
	const other = await browser.newContext();
	const otherPage = await other.newPage();
	await logIn(otherPage, account.email, account.password);
	await expect(otherPage).toHaveURL(/\/conseiller$/);

	await logIn(page, account.email, account.password);
	await page.getByRole('link', { name: 'Mon compte' }).click();
	await expect(page.getByRole('heading', { name: 'Mon compte' })).toBeVisible();
	await expectAccessible(page);

	const form = {
		current: page.getByLabel('Mot de passe actuel'),
		next: page.getByLabel('Nouveau mot de passe', { exact: true }),
		confirm: page.getByLabel('Nouveau mot de passe, une seconde fois')
	};
	const submit = () => page.getByRole('button', { name: 'Changer le mot de passe' }).click();
	const NEW = 'le chat dort sur le radiateur';

	await form.current.fill('pas le bon mot de passe');
	await form.next.fill(NEW);
	await form.confirm.fill(NEW);
	await submit();
	await expect(page.getByText('Ce n’est pas votre mot de passe actuel.')).toBeVisible();
	await expect(form.current).toHaveValue('');
	await expect(form.next).toHaveValue('');

	await form.current.fill(account.password);
	await form.next.fill('azertyuiop12');
	await form.confirm.fill('azertyuiop12');
	await submit();
	await expect(page.getByText('Ce mot de passe est trop simple')).toBeVisible();
	await expectAccessible(page);

	await form.current.fill(account.password);
	await form.next.fill(NEW);
	await form.confirm.fill(NEW);
	await submit();
	await expect(
		page.getByText('Mot de passe changé. Vos autres sessions sont fermées.')
	).toBeVisible();

	// This session goes on; the other one is over.
	await page.getByRole('link', { name: 'Campagnes' }).click();
	await expect(page).toHaveURL(/\/conseiller$/);
	await otherPage.reload();
	await expect(otherPage).toHaveURL(/\/connexion/);
	await other.close();

	await page.getByRole('button', { name: 'Se déconnecter' }).click();
	await logIn(page, account.email, account.password);
	await expect(page.getByRole('alert')).toHaveText('Adresse e-mail ou mot de passe incorrect.');
	await logIn(page, account.email, NEW);
	await expect(page).toHaveURL(/\/conseiller$/);
});

test('« Mon compte » is for logged-in staff only', async ({ page }) => {
	await page.goto('/compte');
	await expect(page).toHaveURL(/\/connexion/);
	await logIn(page, DEMO.employer);
	await page.getByRole('link', { name: 'Mon compte' }).click();
	await expect(page.getByText('employeur@habile.demo — Employeur')).toBeVisible();
});
