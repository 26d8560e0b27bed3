import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, hydrated, logIn, agencyDate } from './helpers';
import { newShortlistedDemoCampaign, storedScores, withDb } from './data';

test('the employer meets the shortlisted candidates, hires one, follows another to the day-30 check-point, and the adviser is alerted', async ({
	page
}) => {
	const { campaignId, attempts } = await newShortlistedDemoCampaign(
		'Cariste (embauche)',
		['Awa', 'Bruno', 'Chloé'],
		['Awa', 'Bruno']
	);
	await logIn(page, DEMO.employer);
	await expect(page).toHaveURL(/\/employeur$/);
	await page.getByRole('link', { name: 'Cariste (embauche)' }).click();
	await expect(page.getByRole('heading', { name: /Candidats présentés/ })).toBeVisible();
	// Presented candidates only, with levels and the adviser's note, never raw scores.
	await expect(page.getByRole('link', { name: 'Awa Test' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Bruno Test' })).toBeVisible();
	await expect(page.getByText('Chloé')).toHaveCount(0);
	await expect(page.getByText('Note pour Awa')).toBeVisible();
	await expect(page.getByText(/ \/ 10$/)).toHaveCount(0);
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Awa Test' }).click();
	const interview = page.getByRole('region', { name: 'Entretien de motivation' });
	await interview.getByLabel('Date').fill(agencyDate(2));
	await interview.getByLabel('Lieu').fill('Entrepôt de Saint-Priest, accueil');
	await interview.getByRole('button', { name: 'Fixer l’entretien' }).click();
	await expect(page.getByText('Entretien enregistré.')).toBeVisible();

	// A start date before the interview: refused, what was chosen stays.
	await page.getByRole('radio', { name: 'Embauché·e' }).check();
	await page.getByLabel('Type de contrat').selectOption('cdi');
	await page.getByLabel('Date de début').fill(agencyDate(1));
	await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
	await expect(
		page.getByText('La date de début ne peut pas être avant l’entretien.')
	).toBeVisible();
	await expect(page.getByRole('radio', { name: 'Embauché·e' })).toBeChecked();
	await expect(page.getByLabel('Type de contrat')).toHaveValue('cdi');
	await page.getByLabel('Date de début').fill(agencyDate(7));
	await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
	await expect(page.getByText('Décision enregistrée.')).toBeVisible();
	await page.getByLabel('Nom du tuteur').fill('Karim Benali');
	await page.getByLabel('Fonction').fill('Chef d’équipe');
	await page.getByRole('button', { name: 'Enregistrer le tuteur' }).click();
	await expect(page.getByText('Karim Benali — Chef d’équipe')).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: /Imprimer la convocation/ }).click();
	await expect(page.getByRole('heading', { name: 'Convocation à un entretien' })).toBeVisible();
	await expect(page.getByText('Entrepôt de Saint-Priest, accueil')).toBeVisible();
	await expectAccessible(page);

	// Bruno was hired 40 days ago: his day-30 check-point is due.
	await page.goto(`/employeur/candidats/${attempts.Bruno}`);
	const checkpoints = page.getByRole('region', { name: 'Points de suivi' });
	await checkpoints.getByLabel('Point de suivi', { exact: true }).selectOption('30');
	await checkpoints.getByRole('radio', { name: 'Une difficulté' }).check();
	await checkpoints.getByLabel('Note (facultative)').fill('Retards le matin : horaires de bus.');
	await page.getByRole('button', { name: 'Enregistrer le point de suivi' }).click();
	await expect(page.getByText('Point de suivi enregistré.')).toBeVisible();
	await expect(page.getByRole('row', { name: /Jour 30/ })).toContainText('Une difficulté');

	const audit = await withDb((db) =>
		db
			.selectFrom('audit_log as l')
			.innerJoin('users as u', 'u.id', 'l.actor_id')
			.select(['l.action', 'l.subject_id'])
			.where('u.email', '=', DEMO.employer)
			.where('l.subject_id', 'in', [attempts.Awa!, attempts.Bruno!])
			.execute()
	);
	const actions = audit.map((a) => a.action);
	for (const action of [
		'identity.viewed',
		'interview.scheduled',
		'outcome.recorded',
		'checkpoint.answered'
	])
		expect(actions).toContain(action);

	// The adviser's dashboard shows the difficulty; the follow-up page has both sides' answers.
	await page.getByRole('button', { name: 'Se déconnecter' }).click();
	await logIn(page, DEMO.adviser);
	await expect(page).toHaveURL(/\/conseiller$/);
	const alerts = page.getByRole('region', { name: /Suivi après embauche/ });
	await expect(alerts).toContainText(
		'Bruno Test (Cariste (embauche)) — une difficulté signalée au point du jour 30'
	);
	await expectAccessible(page);
	// (Other journeys' hires may raise alerts too: take this campaign's.)
	await alerts
		.getByRole('listitem')
		.filter({ hasText: 'Cariste (embauche)' })
		.filter({ hasText: 'difficulté' })
		.getByRole('link', { name: 'Bruno Test' })
		.click();
	await expect(page.getByRole('row', { name: /Jour 30/ })).toContainText('Retards le matin');
	await expectAccessible(page);

	// The campaign's funnel: 3 invited, 2 presented, 2 hired (a rate of 100 %), none at day 90 yet.
	await page.goto(`/conseiller/campagnes/${campaignId}/entonnoir`);
	const row = (name: string) => page.getByRole('row', { name: new RegExp(`^${name}`) });
	await expect(row('Convoqués')).toContainText('3');
	await expect(row('Présentés à l’employeur')).toContainText('2');
	await expect(row('Embauchés')).toContainText('2');
	await expect(row('En poste au jour 90')).toContainText('0');
	await expect(page.getByText(/Taux d’embauche des candidats présentés : 100\s%/)).toBeVisible();
	await expect(
		page.getByRole('img', { name: /Entonnoir de recrutement : Convoqués 3/ })
	).toBeVisible();
	await expectAccessible(page);
	await page.goto('/conseiller/entonnoir');
	await expect(
		page.getByRole('heading', { name: 'Entonnoir de recrutement de l’agence' })
	).toBeVisible();
	await expectAccessible(page);
});

test('an employer cannot open another company’s campaign or candidate', async ({ page }) => {
	const { attempts } = await newShortlistedDemoCampaign('Cariste (accès)', ['Awa'], ['Awa']);
	const other = await withDb(async (db) => {
		const cleaning = await db
			.selectFrom('campaigns')
			.select('id')
			.where('job_title', 'like', 'Agent / agente de propreté%')
			.executeTakeFirstOrThrow();
		return cleaning.id;
	});
	await logIn(page, DEMO.employer);
	await expect(page).toHaveURL(/\/employeur$/);
	expect((await page.goto(`/employeur/campagnes/${other}`))!.status()).toBe(404);
	expect((await page.goto(`/employeur/candidats/${attempts.Awa}`))!.status()).toBe(200);
	expect(
		(await page.goto('/employeur/candidats/00000000-0000-0000-0000-000000000000'))!.status()
	).toBe(404);
});

test('the adviser chooses to show the scores in figures; the employer then sees them', async ({
	page
}) => {
	const { campaignId, attempts } = await newShortlistedDemoCampaign(
		'Cariste (scores)',
		['Awa'],
		['Awa']
	);
	await logIn(page, DEMO.adviser);
	await expect(page).toHaveURL(/\/conseiller$/);
	await page.goto(`/conseiller/campagnes/${campaignId}/preselection`);
	// Checked before hydration, the box would be reset by it.
	await hydrated(page);
	await page.getByLabel(/Montrer à l’employeur les scores chiffrés/).check();
	await page.getByRole('button', { name: 'Enregistrer ce choix' }).click();
	await expect(page.getByText('L’employeur voit maintenant les scores chiffrés.')).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Se déconnecter' }).click();

	await logIn(page, DEMO.employer);
	await expect(page).toHaveURL(/\/employeur$/);
	await page.goto(`/employeur/campagnes/${campaignId}`);
	await expect(page.getByText(/^\d+(\.\d+)? \/ 10$/)).toBeVisible();
	// On the candidate's page, with the score, the exercise's plain counts as stored.
	const [score] = await storedScores(attempts.Awa!);
	const sub = JSON.parse(score!.subscores) as Record<string, number>;
	await page.getByRole('link', { name: /Awa/ }).click();
	const profile = page.locator('section', { hasText: 'Ce que le candidat a montré' });
	await expect(profile).toContainText(
		new RegExp(`Exceptions réussies\\s*${sub.exceptions} sur ${sub.exceptionsMax}`)
	);
	await expect(profile).toContainText(new RegExp(`Éléments traités\\s*${sub.processed}`));
	await expectAccessible(page);
	const audit = await withDb((db) =>
		db
			.selectFrom('audit_log')
			.select('action')
			.where('subject_id', '=', campaignId)
			.where('action', '=', 'campaign.scores.shared')
			.execute()
	);
	expect(audit).toHaveLength(1);
});
