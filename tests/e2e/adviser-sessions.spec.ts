import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, logIn, agencyDate } from './helpers';
import { newDemoCampaign, withDb } from './data';

test('the adviser plans a session, registers candidates with an accommodation, prints their convocations, follows and closes it', async ({
	page,
	browser
}) => {
	const campaignId = await newDemoCampaign({
		jobTitle: 'Préparateur de tournées (sessions)',
		habiletes: ['consignes', 'attention', 'tension', 'equipe'],
		battery: true,
		calibrated: 2,
		frozen: true
	});
	await logIn(page, DEMO.adviser);
	await expect(page).toHaveURL(/\/conseiller$/);
	await page.goto(`/conseiller/campagnes/${campaignId}`);
	await page.getByRole('link', { name: 'Sessions', exact: true }).click();
	await expect(page.getByRole('heading', { name: /Sessions de candidats/ })).toBeVisible();

	// A date in the past is refused; what was typed stays.
	await page.getByLabel('Date').fill('2020-01-06');
	await page.getByLabel('Lieu').fill('Agence de Vénissieux, salle 2');
	await page.getByLabel('Nombre de places').fill('2');
	await page.getByRole('button', { name: 'Créer la session' }).click();
	await expect(page.getByText('Cette date et cette heure sont déjà passées.')).toBeVisible();
	await expect(page.getByLabel('Lieu')).toHaveValue('Agence de Vénissieux, salle 2');
	await expectAccessible(page);

	await page.getByLabel('Date').fill(agencyDate(1));
	await page.getByRole('button', { name: 'Créer la session' }).click();
	await expect(page.getByRole('heading', { name: /^Session —/ })).toBeVisible();
	await expect(page.getByText('0 inscrits sur 2 places')).toBeVisible();

	// No way to reach the candidate: refused, the names kept.
	await page.getByLabel('Prénom').fill('Awa');
	await page.getByLabel('Nom', { exact: true }).fill('Diallo');
	await page.getByRole('button', { name: 'Inscrire' }).click();
	await expect(page.getByText('Indiquez un téléphone ou une adresse e-mail.')).toBeVisible();
	await expect(page.getByLabel('Prénom')).toHaveValue('Awa');
	await page.getByLabel('Téléphone').fill('06 12 34 56 78');
	await page.getByRole('radio', { name: '× 1,33' }).check();
	await page.getByLabel('Consignes lues à voix haute').check();
	await page.getByRole('button', { name: 'Inscrire' }).click();
	await expect(page.getByText(/Awa Diallo est inscrit·e\. Code tablette : \w{8}\./)).toBeVisible();
	await expectAccessible(page);

	await page.getByLabel('Prénom').fill('Bruno');
	await page.getByLabel('Nom', { exact: true }).fill('Morel');
	await page.getByLabel('Adresse e-mail').fill('bruno.morel@example.fr');
	await page.getByRole('button', { name: 'Inscrire' }).click();
	await expect(page.getByText('La session est complète.')).toBeVisible();
	const awa = page.getByRole('row', { name: /DIALLO Awa/ });
	await expect(awa).toContainText('Temps × 1,33');
	await expect(awa).toContainText('Consignes lues à voix haute');
	const code = (await awa.locator('.kiosk-code').textContent())!.trim();

	const stored = await withDb((db) =>
		db
			.selectFrom('attempts as a')
			.innerJoin('persons as p', 'p.id', 'a.person_id')
			.select(['a.accommodations', 'a.session_id', 'p.code'])
			.where('a.kiosk_code', '=', code)
			.executeTakeFirstOrThrow()
	);
	expect(JSON.parse(stored.accommodations)).toMatchObject({
		timeMultiplier: 1.33,
		spokenInstructions: true
	});
	expect(stored.session_id).not.toBeNull();

	// Convocations: the code as text and as a QR code that opens the kiosk with it.
	await page.getByRole('link', { name: /Convocations/ }).click();
	await expect(page.getByText('Bonjour Awa Diallo,')).toBeVisible();
	await expect(page.getByText('Vous n’avez rien à apporter ni à préparer.').first()).toBeVisible();
	await expect(
		page.getByRole('img', { name: `Code QR qui ouvre la tablette avec le code ${code}` })
	).toBeVisible();
	await expectAccessible(page);
	const kiosk = await (await browser.newContext()).newPage();
	await kiosk.goto(`/kiosque?code=${code}`);
	await expect(kiosk.getByLabel('Votre code')).toHaveValue(code);
	// The session is tomorrow: its codes open on its day only.
	await kiosk.getByRole('button', { name: /Valider/ }).click();
	await expect(kiosk.getByRole('alert')).toHaveText(
		'Ce code n’est pas encore ouvert : il servira le jour de votre session. Revenez ce jour-là.'
	);
	await expect(kiosk.getByLabel('Votre code')).toHaveValue(code);
	await page.goBack();

	// The live monitor lists the two candidates, not started, no alert.
	await page.getByRole('link', { name: 'Suivi en direct' }).click();
	await expect(page.getByRole('row', { name: /Awa Diallo/ })).toContainText('0 exercice(s) sur 1');
	await expect(page.getByText('Aucune alerte.')).toBeVisible();
	await expectAccessible(page);
	// Back by the page's link while the session page answers slowly (its data held 4 s, longer
	// than the monitor's 3 s refresh): the refresh must not cancel the adviser's navigation.
	const sessionData = /\/sessions\/[^/]+\/__data\.json/;
	await page.route(sessionData, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 4000));
		await route.continue();
	});
	await page.getByRole('link', { name: /^← Session/ }).click();
	await expect(page.getByRole('button', { name: 'Clore la session' })).toBeVisible({
		timeout: 15_000
	});
	await page.unroute(sessionData);

	await page.getByRole('button', { name: 'Clore la session' }).click();
	await expect(page.getByText('Session close.')).toBeVisible();
	await kiosk.getByRole('button', { name: /Valider/ }).click();
	await expect(kiosk.getByRole('alert')).toHaveText(
		'Cette session est terminée. Demandez au conseiller.'
	);
	await kiosk.context().close();
});
