import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectAccessible, logIn } from './helpers';
import { newDemoCampaign, withDb } from './data';

async function openThresholds(page: Page, campaignId: string) {
	await logIn(page, DEMO.adviser);
	await expect(page).toHaveURL(/\/conseiller$/);
	await page.goto(`/conseiller/campagnes/${campaignId}/seuils`);
	await expect(page.getByRole('heading', { name: /Seuils et validation/ })).toBeVisible();
}

test('the adviser sets a threshold by a named method with a reason, then validates the calibration', async ({
	page
}) => {
	const campaignId = await newDemoCampaign({
		jobTitle: 'Cariste (seuils)',
		habiletes: ['consignes', 'attention', 'tension', 'equipe'],
		battery: true,
		calibrated: 4
	});
	await openThresholds(page, campaignId);
	const sorting = page.getByRole('group', { name: /Le poste de tri/ });
	await expect(sorting.getByText(/4 salariés ont terminé/)).toBeVisible();
	await expectAccessible(page);

	// Validating without a threshold is refused, with the reason.
	await page.getByRole('button', { name: 'Valider l’étalonnage' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Impossible de valider : il manque le seuil de « Le poste de tri ».'
	);

	// Choosing a method fills in its value; a value above the maximum is refused, the rest kept.
	await sorting.getByRole('radio', { name: /Percentile 20/ }).check();
	const value = sorting.getByLabel('Seuil (score sur 40)');
	await expect(value).not.toHaveValue('');
	await value.fill('41');
	await sorting.getByLabel('Pourquoi ce seuil').fill('Quatre salariés sur cinq le dépassent.');
	await page.getByRole('button', { name: 'Enregistrer les seuils' }).click();
	await expect(
		sorting.getByText('Le seuil doit être entre 0 et le score maximum de l’exercice.')
	).toBeVisible();
	await expect(sorting.getByLabel('Pourquoi ce seuil')).toHaveValue(
		'Quatre salariés sur cinq le dépassent.'
	);
	await expect(sorting.getByRole('radio', { name: /Percentile 20/ })).toBeChecked();
	await expectAccessible(page);

	await value.fill('12,5');
	await sorting.getByLabel(/Éliminatoire/).check();
	await page.getByRole('button', { name: 'Enregistrer les seuils' }).click();
	await expect(page.getByText('Seuils enregistrés.')).toBeVisible();
	await expect(sorting.getByLabel('Seuil (score sur 40)')).toHaveValue('12,5');

	await page.getByRole('button', { name: 'Valider l’étalonnage' }).click();
	await expect(
		page.getByText(/Étalonnage validé le .* : version 1 de la batterie\./)
	).toBeVisible();
	await expect(page.getByRole('row', { name: /Le poste de tri/ })).toContainText('Percentile 20');
	await expectAccessible(page);

	const stored = await withDb(async (db) => ({
		version: await db
			.selectFrom('battery_versions')
			.select(['frozen_at', 'rule'])
			.where('campaign_id', '=', campaignId)
			.executeTakeFirstOrThrow(),
		exercise: await db
			.selectFrom('battery_exercises as be')
			.innerJoin('battery_versions as bv', 'bv.id', 'be.battery_version_id')
			.select(['be.threshold', 'be.threshold_method', 'be.eliminatory', 'be.calibration_n'])
			.where('bv.campaign_id', '=', campaignId)
			.executeTakeFirstOrThrow(),
		audit: await db
			.selectFrom('audit_log')
			.select('action')
			.where('subject_id', '=', campaignId)
			.where('action', 'in', ['threshold.set', 'battery.frozen'])
			.execute()
	}));
	expect(stored.version.frozen_at).not.toBeNull();
	expect(stored.exercise).toEqual({
		threshold: 12.5,
		threshold_method: 'percentile',
		eliminatory: 1,
		calibration_n: 4
	});
	expect(stored.audit.map((a) => a.action).sort()).toEqual(['battery.frozen', 'threshold.set']);

	// Any later change is a new version, to calibrate again.
	await page.getByRole('button', { name: 'Créer une nouvelle version' }).click();
	await expect(
		page.getByText('Version 2 créée : inscrivez des salariés pour l’étalonner.')
	).toBeVisible();
	await expect(page.getByText(/Aucun salarié n’a encore terminé cet exercice/)).toBeVisible();
});

test('when two advisers change the thresholds at once, the second is told and sees the new values', async ({
	browser
}) => {
	const campaignId = await newDemoCampaign({
		jobTitle: 'Magasinier (seuils concurrents)',
		habiletes: ['consignes', 'attention', 'tension', 'equipe'],
		battery: true,
		calibrated: 3
	});
	const first = await (await browser.newContext()).newPage();
	const second = await (await browser.newContext()).newPage();
	await openThresholds(first, campaignId);
	await openThresholds(second, campaignId);

	const setThreshold = async (page: Page, threshold: string, reason: string) => {
		const sorting = page.getByRole('group', { name: /Le poste de tri/ });
		await sorting.getByRole('radio', { name: 'Jugement du conseiller' }).check();
		await sorting.getByLabel('Seuil (score sur 40)').fill(threshold);
		await sorting.getByLabel('Pourquoi ce seuil').fill(reason);
		await page.getByRole('button', { name: 'Enregistrer les seuils' }).click();
	};
	await setThreshold(first, '10', 'Avis du chef d’équipe.');
	await expect(first.getByText('Seuils enregistrés.')).toBeVisible();

	await setThreshold(second, '15', 'Poste exigeant.');
	await expect(second.getByRole('alert')).toContainText(
		'Quelqu’un d’autre a modifié ces seuils pendant que vous les modifiiez.'
	);
	const sorting = second.getByRole('group', { name: /Le poste de tri/ });
	await expect(sorting.getByLabel('Seuil (score sur 40)')).toHaveValue('10');
	await expect(sorting.getByLabel('Pourquoi ce seuil')).toHaveValue('Avis du chef d’équipe.');

	const stored = await withDb((db) =>
		db
			.selectFrom('battery_exercises as be')
			.innerJoin('battery_versions as bv', 'bv.id', 'be.battery_version_id')
			.select('be.threshold')
			.where('bv.campaign_id', '=', campaignId)
			.executeTakeFirstOrThrow()
	);
	expect(stored.threshold).toBe(10);
	await first.context().close();
	await second.context().close();
});
