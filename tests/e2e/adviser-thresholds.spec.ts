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

	// Half a point above the lowest employee: a French decimal, and a threshold someone fails
	// (one that every employee reaches would need a reason, see below).
	const lowest = await withDb(async (db) => {
		const row = await db
			.selectFrom('scores as s')
			.innerJoin('runs as r', 'r.id', 's.run_id')
			.innerJoin('attempts as a', 'a.id', 'r.attempt_id')
			.innerJoin('persons as p', 'p.id', 'a.person_id')
			.select((eb) => eb.fn.min('s.raw').as('min'))
			.where('p.campaign_id', '=', campaignId)
			.executeTakeFirstOrThrow();
		return Number(row.min);
	});
	const threshold = lowest + 0.5;
	const typed = String(threshold).replace('.', ',');
	await value.fill(typed);
	await sorting.getByLabel(/Éliminatoire/).check();
	await page.getByRole('button', { name: 'Enregistrer les seuils' }).click();
	await expect(page.getByText('Seuils enregistrés.')).toBeVisible();
	await expect(sorting.getByLabel('Seuil (score sur 40)')).toHaveValue(typed);

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
		threshold,
		threshold_method: 'percentile',
		eliminatory: 1,
		calibration_n: 4
	});
	expect(stored.audit.map((a) => a.action).sort()).toEqual(['battery.frozen', 'threshold.set']);
	// The frozen view shows the standard error at the threshold as stored (none when the
	// reliability of these 4 simulated employees is not interpretable).
	const { cut_sem } = await withDb((db) =>
		db
			.selectFrom('battery_exercises as be')
			.innerJoin('battery_versions as bv', 'bv.id', 'be.battery_version_id')
			.select('be.cut_sem')
			.where('bv.campaign_id', '=', campaignId)
			.where('be.position', '=', 0)
			.executeTakeFirstOrThrow()
	);
	await expect(page.getByRole('columnheader', { name: 'Erreur type au seuil' })).toBeVisible();
	await expect(page.getByTestId('cut-sem-0')).toHaveText(
		cut_sem === null ? '—' : cut_sem.toLocaleString('fr-FR', { maximumFractionDigits: 2 })
	);

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

test('a threshold nobody fails is frozen only with a reason; the z-score rule is offered and shown', async ({
	page
}) => {
	const campaignId = await newDemoCampaign({
		jobTitle: 'Préparateur (seuil non sélectif)',
		habiletes: ['consignes', 'attention', 'tension', 'equipe'],
		battery: true,
		calibrated: 4
	});
	await openThresholds(page, campaignId);
	const sorting = page.getByRole('group', { name: /Le poste de tri/ });
	await sorting.getByRole('radio', { name: 'Jugement du conseiller' }).check();
	await sorting.getByLabel('Seuil (score sur 40)').fill('0');
	await sorting.getByLabel('Pourquoi ce seuil').fill('Pour voir.');
	await page.getByRole('button', { name: 'Enregistrer les seuils' }).click();
	await expect(page.getByText('Seuils enregistrés.')).toBeVisible();
	await expect(
		sorting.getByText(/au plus bas score possible : personne ne peut échouer/)
	).toBeVisible();
	await expectAccessible(page);

	// Freezing it without saying why is refused, with what was typed kept.
	await page.getByRole('button', { name: 'Valider l’étalonnage' }).click();
	await expect(page.getByRole('alert')).toContainText(
		'Impossible de valider : le seuil de « Le poste de tri » ne fait échouer personne.'
	);
	await expect(sorting.getByLabel('Seuil (score sur 40)')).toHaveValue('0');

	const reason = 'Exercice gardé pour le profil, non sélectif.';
	await sorting.getByLabel('Pourquoi garder un seuil que tout le monde atteint').fill(reason);
	await page.getByRole('radio', { name: /moyenne des écarts réduits/ }).check();
	await page.getByLabel(/Score de batterie minimal/).fill('−0,5');
	await page.getByRole('button', { name: 'Valider l’étalonnage' }).click();
	await expect(page.getByText(/Étalonnage validé le/)).toBeVisible();
	await expect(page.getByText(/Chiffres figés à la validation/)).toBeVisible();
	const row = page.getByRole('row', { name: /Le poste de tri/ });
	await expect(row).toContainText('personne ne peut échouer');
	await expect(row).toContainText(reason);
	await expect(
		page.getByText(/moyenne des écarts réduits aux salariés d’au moins -0,5/)
	).toBeVisible();
	await expectAccessible(page);

	const stored = await withDb(async (db) => ({
		exercise: await db
			.selectFrom('battery_exercises as be')
			.innerJoin('battery_versions as bv', 'bv.id', 'be.battery_version_id')
			.select(['be.pass_all_reason', 'be.calibration_mean', 'be.calibration_sd', 'bv.rule'])
			.where('bv.campaign_id', '=', campaignId)
			.executeTakeFirstOrThrow(),
		frozen: await db
			.selectFrom('audit_log')
			.select('details')
			.where('subject_id', '=', campaignId)
			.where('action', '=', 'battery.frozen')
			.executeTakeFirstOrThrow()
	}));
	expect(stored.exercise.pass_all_reason).toBe(reason);
	expect(stored.exercise.calibration_sd).toBeGreaterThan(0);
	expect(JSON.parse(stored.exercise.rule)).toEqual({ kind: 'eliminatory-and-z-mean', minZ: -0.5 });
	expect(JSON.parse(stored.frozen.details!).thresholds[0]).toMatchObject({
		threshold: 0,
		passAllReason: reason
	});

	// The statistics page stays live, and says so once the calibration is validated.
	await page.goto(`/conseiller/campagnes/${campaignId}/statistiques`);
	await expect(page.getByText(/Chiffres actuels, recalculés à chaque visite/)).toBeVisible();
	await expect(
		page.getByRole('img', { name: /Répartition des scores des salariés/ })
	).toBeVisible();
	await expectAccessible(page);
});
