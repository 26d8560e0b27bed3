import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, logIn } from './helpers';

test('the adviser creates a campaign and its job analysis; mistakes are explained and nothing typed is lost', async ({
	page
}) => {
	await logIn(page, DEMO.adviser);
	await page.getByRole('link', { name: '+ Nouvelle campagne' }).click();
	await expect(page.getByRole('heading', { name: 'Nouvelle campagne' })).toBeVisible();
	await expectAccessible(page);

	await page.getByLabel('Entreprise').fill('Boulangerie Martin');
	await page.getByLabel('Intitulé du poste').fill('Vendeur / vendeuse en boulangerie');
	await page.getByLabel('Code ROME (facultatif)').fill('D12');
	await page.getByLabel('Nombre de postes').fill('0');
	await page.getByLabel('Lieu de travail').fill('Villeurbanne');
	await page.getByRole('button', { name: 'Créer la campagne' }).click();
	await expect(
		page.getByText('Le code ROME a une lettre et quatre chiffres (par exemple N1103).')
	).toBeVisible();
	await expect(page.getByText('Indiquez un nombre entier entre 1 et 500.')).toBeVisible();
	await expect(page.getByLabel('Intitulé du poste')).toHaveValue(
		'Vendeur / vendeuse en boulangerie'
	);
	await expectAccessible(page);

	await page.getByLabel('Code ROME (facultatif)').fill('d1106');
	await page.getByLabel('Nombre de postes').fill('3');
	await page.getByRole('button', { name: 'Créer la campagne' }).click();
	await expect(
		page.getByText('Campagne créée. Faites maintenant l’analyse du poste.')
	).toBeVisible();
	await expectAccessible(page);

	// Too few habiletés, then one without its note.
	const pick = (label: string) => page.getByRole('checkbox', { name: label }).check();
	await pick('Agir dans une relation de service');
	await pick('Travailler sous tension');
	await page.getByRole('button', { name: 'Enregistrer l’analyse' }).click();
	await expect(page.getByText('Choisissez entre 4 et 6 habiletés.')).toBeVisible();
	await pick('Organiser');
	await pick('Communiquer');
	const note = (id: string) => page.locator(`#note-${id}`);
	await note('relation-service').fill('Accueillir et conseiller les clients au comptoir.');
	await note('tension').fill('File d’attente le samedi matin.');
	await note('organiser').fill('Mise en place de la vitrine avant l’ouverture.');
	await expect(note('tension')).toHaveValue('File d’attente le samedi matin.');
	await page.getByRole('button', { name: 'Enregistrer l’analyse' }).click();
	await expect(page.locator('#note-communiquer-error')).toHaveText(
		'Dites pourquoi le poste a besoin de cette habileté.'
	);
	await expect(page.locator('.error')).toHaveCount(1);
	await expect(note('relation-service')).toHaveValue(
		'Accueillir et conseiller les clients au comptoir.'
	);
	await note('communiquer').fill('Transmettre les commandes spéciales au fournil.');
	await page.getByRole('button', { name: 'Enregistrer l’analyse' }).click();

	await expect(page.getByText('Analyse du poste enregistrée.')).toBeVisible();
	await expect(
		page.getByRole('heading', { name: /Vendeur \/ vendeuse en boulangerie/ })
	).toBeVisible();
	await expect(page.getByText('D1106')).toBeVisible();
	await expect(page.getByText('File d’attente le samedi matin.')).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Modifier' }).first().click();
	await page.getByLabel('Nombre de postes').fill('4');
	await page.getByRole('button', { name: 'Enregistrer' }).click();
	await expect(page.getByRole('heading', { name: /Vendeur/ })).toBeVisible();
	await expect(page.locator('dd', { hasText: /^4$/ })).toBeVisible();
});

test("an employer cannot post to an adviser's campaign forms", async ({ page }) => {
	await logIn(page, DEMO.employer);
	await expect(page).toHaveURL(/employeur/);
	const origin = new URL(page.url()).origin;
	const response = await page.request.post('/conseiller/campagnes/nouvelle', {
		headers: { origin },
		form: { companyName: 'X', jobTitle: 'Y', posts: '1', contractType: 'cdi', place: 'Z' }
	});
	expect(response.status()).toBe(403);
});
