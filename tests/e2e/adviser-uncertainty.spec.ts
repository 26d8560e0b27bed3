import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, logIn } from './helpers';
import { newDemoCampaign } from './data';

test('the adviser sees each threshold’s interval, the error at the cut and the decision consistency, with the candidates beside the employees', async ({
	page
}) => {
	await logIn(page, DEMO.adviser);
	await page.getByRole('link', { name: 'Préparateur / préparatrice de commandes' }).click();
	await page.getByRole('link', { name: 'Statistiques d’étalonnage' }).click();

	const sorting = page.locator('section.card', { hasText: 'Le poste de tri' });
	const uncertainty = sorting.locator('section', { hasText: 'Incertitude des seuils' });
	await expect(uncertainty.getByRole('heading', { name: 'Incertitude des seuils' })).toBeVisible();
	// 12 employees: the plain warning, with the interval of the 20th percentile.
	await expect(uncertainty.getByTestId('unstable')).toHaveText(
		/^Avec 12 salariés, le seuil peut varier de \d+(,\d)? à \d+(,\d)? points selon qui a passé les exercices\.$/
	);
	await expect(uncertainty.getByText(/1\s000 tirages bootstrap/)).toBeVisible();
	const p20 = uncertainty.getByRole('row', { name: /Percentile 20/ });
	await expect(p20.getByRole('cell').nth(1)).toHaveText(/^\d+(,\d)? à \d+(,\d)?$/);
	await expect(p20.getByRole('cell').nth(2)).toHaveText(/^\d+,\d+$/); // CSEM
	await expect(p20.getByRole('cell').nth(3)).toHaveText(/^\d+(,\d)? %/); // consistency
	await expect(uncertainty.getByText(/Erreur type de mesure globale : \d/)).toBeVisible();
	// The demo has candidates: their histogram is over the employees', with the figures in a table.
	await expect(
		uncertainty.getByRole('img', {
			name: /Répartition des scores sur 20 : 12 salariés et \d+ candidats\. Seuil/
		})
	).toBeVisible();
	await uncertainty.getByText('Les chiffres du graphique').click();
	await expect(uncertainty.getByRole('columnheader', { name: 'Candidats' })).toBeVisible();
	await expectAccessible(page);
	// The same interval on reload (seeded bootstrap).
	const interval = await p20.getByRole('cell').nth(1).textContent();
	await page.reload();
	await expect(p20.getByRole('cell').nth(1)).toHaveText(interval!);
	await expectAccessible(page);

	// Results: each candidate's percentile rank among the employees, beside the score.
	await page.getByRole('link', { name: /← Préparateur/ }).click();
	await page.getByRole('link', { name: 'Résultats', exact: true }).click();
	await expect(page.getByText(/rang centile parmi les salariés : \d+/).first()).toBeVisible();
	await expectAccessible(page);
});

test('beside each suggested threshold, its interval, the error at the cut and the consistency', async ({
	page
}) => {
	const campaignId = await newDemoCampaign({
		jobTitle: 'Cariste (incertitude)',
		habiletes: ['consignes', 'attention', 'tension', 'equipe'],
		battery: true,
		calibrated: 6
	});
	await logIn(page, DEMO.adviser);
	await expect(page).toHaveURL(/\/conseiller$/);
	await page.goto(`/conseiller/campagnes/${campaignId}/seuils`);
	const sorting = page.getByRole('group', { name: /Le poste de tri/ });
	await expect(sorting.getByTestId('unstable')).toContainText('Avec 6 salariés');
	await expect(
		sorting.getByRole('radio', { name: /Percentile 20.*intervalle à 95 % : \d+(,\d)? à \d+(,\d)?/ })
	).toBeVisible();
	await expect(
		sorting.getByRole('img', { name: /Répartition des scores sur 40 : 6 salariés\./ })
	).toBeVisible();
	await expectAccessible(page);
});
