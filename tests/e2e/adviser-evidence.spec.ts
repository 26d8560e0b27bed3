import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, logIn } from './helpers';

const SPRING = 'Préparation de commandes (recrutement du printemps)';

test('the adviser reads the validity evidence of the spring campaign, with its chart and the small-numbers warning', async ({
	page
}) => {
	await logIn(page, DEMO.adviser);
	await page.getByRole('link', { name: SPRING }).click();
	await page.getByRole('link', { name: 'Preuves de validité' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Preuves de validité/ })).toBeVisible();
	await expect(page.getByText(/ces chiffres ne prouvent rien/)).toBeVisible();

	const rating = page.locator('section', { hasText: 'avis de leur responsable' });
	await expect(rating.getByRole('rowheader', { name: 'Le poste de tri' })).toBeVisible();
	await expect(rating.getByRole('columnheader', { name: 'Intervalle à 95 %' })).toBeVisible();

	const hiring = page.locator('section', { hasText: 'suivi après l’embauche' });
	await expect(hiring.getByText(/personne\(s\) embauchée\(s\)/)).toBeVisible();
	await expect(
		hiring.getByRole('img', { name: /Score moyen en pourcentage du maximum, par exercice/ })
	).toBeVisible();
	await expect(hiring.locator('canvas')).toBeVisible();
	await expect(hiring.getByRole('table', { name: 'Maintien en poste au jour 90' })).toBeVisible();
	await expect(
		hiring.getByRole('table', { name: 'Difficultés signalées aux points d’étape' })
	).toBeVisible();
	await expectAccessible(page);
});

test('the adviser checks the fairness of a campaign and of the agency’s closed campaigns', async ({
	page
}) => {
	await logIn(page, DEMO.adviser);
	await page.getByRole('link', { name: SPRING }).click();
	await page.getByRole('link', { name: 'Équité', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Équité des exercices/ })).toBeVisible();
	// The candidates purged since are still counted, anonymously.
	await expect(page.getByText(/restent comptés de façon anonyme/)).toBeVisible();
	for (const dimension of [
		'Temps majoré',
		'Consignes lues à voix haute',
		'Langue de la tablette',
		'Séance'
	])
		await expect(page.getByRole('heading', { level: 2, name: dimension })).toBeVisible();
	await expect(page.getByRole('rowheader', { name: 'Anglais' }).first()).toBeVisible();
	await expect(
		page.getByRole('columnheader', { name: 'Rapport au meilleur taux' }).first()
	).toBeVisible();
	await expectAccessible(page);

	await page.goto('/conseiller');
	await page.getByRole('link', { name: 'Équité des campagnes clôturées' }).click();
	await expect(
		page.getByRole('heading', { name: 'Équité sur les campagnes clôturées de l’agence' })
	).toBeVisible();
	await expect(
		page.getByRole('row', { name: new RegExp(SPRING.replace(/[()]/g, '\\$&')) })
	).toContainText('Entrepôts du Rhône');
	await expect(page.getByText(/moins de 5 personnes n’est ni affiché ni comparé/)).toBeVisible();
	// The anonymised view has no session table.
	await expect(page.getByRole('heading', { level: 2, name: 'Séance' })).toHaveCount(0);
	await expectAccessible(page);
});

test('the thresholds page of the open campaign links to the evidence of the earlier one for the same job', async ({
	page
}) => {
	await logIn(page, DEMO.adviser);
	await page.getByRole('link', { name: 'Préparateur / préparatrice de commandes' }).click();
	await page.getByRole('link', { name: 'Seuils et validation' }).click();
	const evidence = page.getByRole('complementary', {
		name: 'Preuves des campagnes pour le même poste'
	});
	await expect(evidence).toBeVisible();
	await expect(
		evidence.getByRole('columnheader', { name: 'Corrélation avec le maintien au jour 90' })
	).toBeVisible();
	await expect(evidence.getByRole('rowheader', { name: 'Le poste de tri' })).toBeVisible();
	await expectAccessible(page);
	await evidence
		.getByRole('link', { name: new RegExp(`^${SPRING.replace(/[()]/g, '\\$&')}`) })
		.click();
	await expect(
		page.getByRole('heading', { level: 1, name: `Preuves de validité — ${SPRING}` })
	).toBeVisible();
});
