import { expect, test, type Browser } from '@playwright/test';
import { newAdviserAccount } from './data';
import { DEMO, expectAccessible, logIn } from './helpers';

/** A second browser where the account logs in, to see its session end. */
async function loggedInElsewhere(browser: Browser, account: { email: string; password: string }) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await logIn(page, account.email, account.password);
	await expect(page).toHaveURL(/\/conseiller$/);
	return { page, close: () => context.close() };
}

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
		page.getByRole('cell', { name: 'sophie.martin@entrepots-rhone.example', exact: true })
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

test('a trivial password is refused with the reason; what was typed stays, except the password', async ({
	page
}) => {
	await logIn(page, DEMO.admin);
	await expect(page).toHaveURL(/\/admin$/);
	await page.getByLabel('Nom').fill('Karim Haddad');
	await page.getByLabel('Adresse e-mail').fill('karim.haddad@agence.example');
	await page.getByLabel('Agence').selectOption({ index: 1 });
	await page.getByLabel('Mot de passe provisoire').fill('aaaaaaaaaaaa');
	await page.getByRole('button', { name: 'Créer un compte' }).click();
	await expect(page.getByText('Ce mot de passe est trop simple')).toBeVisible();
	await expect(page.getByLabel('Nom')).toHaveValue('Karim Haddad');
	await expect(page.getByLabel('Adresse e-mail')).toHaveValue('karim.haddad@agence.example');
	await expect(page.getByLabel('Mot de passe provisoire')).toHaveValue('');

	await page.getByLabel('Mot de passe provisoire').fill('KarimHaddad2026');
	await page.getByRole('button', { name: 'Créer un compte' }).click();
	await expect(
		page.getByText('Le mot de passe ne doit pas être construit sur le nom')
	).toBeVisible();
	await page.getByLabel('Mot de passe provisoire').fill('Motdepasse2026!');
	await page.getByRole('button', { name: 'Créer un compte' }).click();
	await expect(page.getByText('Ce mot de passe est trop courant')).toBeVisible();
	await expect(page.getByLabel('Nom')).toHaveValue('Karim Haddad');
	await expectAccessible(page);
});

test('disabling an account ends its session at once; re-enabled, it logs in again', async ({
	page,
	browser
}) => {
	const account = await newAdviserAccount('Lina Morel');
	const elsewhere = await loggedInElsewhere(browser, account);

	await logIn(page, DEMO.admin);
	const row = page.getByRole('row', { name: account.email });
	await expect(row.getByRole('cell', { name: 'Actif' })).toBeVisible();
	await row.getByRole('button', { name: `Désactiver le compte de ${account.email}` }).click();
	await expect(page.getByText(`Compte de ${account.email} désactivé`)).toBeVisible();
	await expect(row.getByRole('cell', { name: 'Désactivé' })).toBeVisible();
	await expectAccessible(page);

	// Their open page no longer works, and they cannot log in again.
	await elsewhere.page.reload();
	await expect(elsewhere.page).toHaveURL(/\/connexion/);
	await logIn(elsewhere.page, account.email, account.password);
	await expect(elsewhere.page.getByRole('alert')).toHaveText(
		'Adresse e-mail ou mot de passe incorrect.'
	);

	await row.getByRole('button', { name: `Réactiver le compte de ${account.email}` }).click();
	await expect(page.getByText(`Compte de ${account.email} réactivé.`)).toBeVisible();
	await logIn(elsewhere.page, account.email, account.password);
	await expect(elsewhere.page).toHaveURL(/\/conseiller$/);
	await elsewhere.close();

	// The admin's own row offers nothing to disable.
	await expect(
		page.getByRole('row', { name: DEMO.admin }).getByRole('button', { name: /Désactiver/ })
	).toHaveCount(0);
});

test('the admin closes the sessions of an account: its open pages go back to the login', async ({
	page,
	browser
}) => {
	const account = await newAdviserAccount('Hugo Lefebvre');
	const elsewhere = await loggedInElsewhere(browser, account);
	await logIn(page, DEMO.admin);
	const row = page.getByRole('row', { name: account.email });
	await row.getByRole('button', { name: `Fermer ses sessions (${account.email})` }).click();
	await expect(page.getByText(`Sessions de ${account.email} fermées : 1.`)).toBeVisible();
	await elsewhere.page.reload();
	await expect(elsewhere.page).toHaveURL(/\/connexion/);
	// The account itself still works.
	await logIn(elsewhere.page, account.email, account.password);
	await expect(elsewhere.page).toHaveURL(/\/conseiller$/);
	await elsewhere.close();
});
