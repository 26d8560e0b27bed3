import { expect, test } from '@playwright/test';
import { newDemoCampaign } from './data';
import { DEMO, expectAccessible, hydrated, logIn } from './helpers';

test('the adviser registers anonymous employees, records a rating, prints their codes; the kiosk tells them they are anonymous', async ({
	page,
	browser
}) => {
	const id = await newDemoCampaign({
		jobTitle: 'Agent / agente de tri',
		habiletes: ['consignes', 'attention', 'organiser', 'equipe']
	});
	await logIn(page, DEMO.adviser);
	// Let the login's own redirect finish before going elsewhere.
	await expect(page).toHaveURL(/\/conseiller$/);
	await page.goto(`/conseiller/campagnes/${id}`);
	await page.getByRole('link', { name: 'Étalonnage avec les salariés' }).click();
	// No battery yet for this campaign: the page says what to do first.
	await expect(page.getByText('Enregistrez d’abord la batterie.')).toBeVisible();
	await expectAccessible(page);

	await page.goto(page.url().replace('/etalonnage', '/batterie'));
	await page.getByRole('button', { name: 'Enregistrer la batterie' }).click();
	await expect(page.getByText('Batterie enregistrée (version 1).')).toBeVisible();
	await page.goto(page.url().split('/batterie')[0] + '/etalonnage');

	await page.getByLabel('Nombre de salariés à inscrire').fill('0');
	await page.getByRole('button', { name: 'Inscrire' }).click();
	await expect(page.getByText('Indiquez un nombre entier entre 1 et 50.')).toBeVisible();
	await page.getByLabel('Nombre de salariés à inscrire').fill('3');
	await page.getByRole('button', { name: 'Inscrire' }).click();
	await expect(page.getByText('3 salarié(s) inscrit(s).')).toBeVisible();
	const rows = page.locator('tbody tr');
	await expect(rows).toHaveCount(3);
	await expect(rows.first()).toContainText(/E-[A-Z0-9]{6}/);
	await expect(rows.first()).toContainText('Pas commencé');
	await expectAccessible(page);

	await rows.first().getByRole('combobox').selectOption({ label: 'Confirmé' });
	await rows.first().getByRole('button', { name: 'Enregistrer l’avis' }).click();
	await page.reload();
	await expect(page.locator('tbody tr').first().getByRole('combobox')).toHaveValue('confirme');

	const kioskCode = (await rows.first().locator('.kiosk-code').textContent())!.trim();
	await page.getByRole('link', { name: /Imprimer les codes/ }).click();
	await expect(page.locator('.slip')).toHaveCount(3);
	await expect(page.getByText(kioskCode)).toBeVisible();
	await expectAccessible(page);

	const kiosk = await browser.newPage({ hasTouch: true });
	await kiosk.goto('/kiosque');
	await hydrated(kiosk);
	await kiosk.getByLabel('Votre code').fill(kioskCode);
	await kiosk.getByRole('button', { name: 'Valider' }).tap();
	await expect(
		kiosk.getByText('Vous êtes salarié de l’entreprise : vos résultats sont anonymes.')
	).toBeVisible();
	await kiosk.close();
});
