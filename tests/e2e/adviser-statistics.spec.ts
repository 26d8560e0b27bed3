import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, logIn } from './helpers';

test('the adviser reads the calibration statistics of the demo battery, with its histogram and suggested thresholds', async ({
	page
}) => {
	await logIn(page, DEMO.adviser);
	await page.getByRole('link', { name: 'Préparateur / préparatrice de commandes' }).click();
	await page.getByRole('link', { name: 'Statistiques d’étalonnage' }).click();
	await expect(page.getByRole('heading', { name: /Statistiques d’étalonnage/ })).toBeVisible();

	const sorting = page.locator('section', { hasText: 'Le poste de tri' });
	await expect(sorting.locator('dd').first()).toHaveText('12');
	await expect(sorting.getByText('Fidélité (alpha de Cronbach)')).toBeVisible();
	await expect(
		sorting.getByRole('img', { name: /Répartition des scores des salariés, sur 20 points/ })
	).toBeVisible();
	await expect(sorting.locator('canvas').first()).toBeVisible();
	await expect(sorting.getByRole('rowheader', { name: 'Percentile 20' }).first()).toBeVisible();
	await expect(
		sorting.getByRole('rowheader', { name: 'Groupes contrastés' }).first()
	).toBeVisible();
	// Each employee had a form of their own: items are analysed by kind, not by position.
	await expect(sorting.getByTestId('item-analysis-consignes')).toContainText(
		'analysés par sorte d’item'
	);
	await sorting.getByText(/^Items \(\d+\)/).click();
	await expect(sorting.getByRole('cell', { name: 'cold>fragile', exact: true })).toBeVisible();
	await expect(sorting.getByRole('cell', { name: 'i0', exact: true })).toHaveCount(0);

	const conveyor = page.locator('section', { hasText: 'Maintenir son attention dans la durée' });
	await expect(
		conveyor.getByText('Fidélité (moitiés paires–impaires, Spearman–Brown)')
	).toBeVisible();
	await expect(conveyor.getByText(/essais effectivement vus/)).toBeVisible();
	await expectAccessible(page);
});
