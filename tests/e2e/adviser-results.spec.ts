import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { sessionUserOf, makeAdviserCampaign } from '../../src/lib/server/testing/factories';
import { makePlayedSession } from '../../src/lib/server/testing/results';
import { campaignResults } from '../../src/lib/server/results/results';
import { parseResultsCsv, readFrenchNumber } from '../../src/lib/server/results/csv';
import { DEMO, expectAccessible, logIn, agencyDate } from './helpers';
import { newDemoCampaign, storedScores, withDb } from './data';

// Both journeys set up data through the real services in the server's SQLite file: one at a
// time, so that their writes do not collide.
test.describe.configure({ mode: 'serial' });

const STATUS = { admis: 'Admis', incertain: 'Zone d’incertitude', 'non-admis': 'Non admis' };

/**
 * A campaign of the demo adviser's own, its battery validated, one session and three
 * candidates played by the bot at very different skills (the best always reaches 10 out of 10).
 */
async function campaignWithResults(jobTitle: string) {
	const campaignId = await newDemoCampaign({
		jobTitle,
		habiletes: ['consignes', 'attention', 'tension', 'equipe']
	});
	return withDb(async (db) => {
		const adviserId = (
			await db
				.selectFrom('users')
				.select('id')
				.where('email', '=', DEMO.adviser)
				.executeTakeFirstOrThrow()
		).id;
		const played = await makePlayedSession(db, await sessionUserOf(db, adviserId), campaignId, {
			skills: [1, 0.5, 0],
			date: agencyDate(5),
			now: new Date(),
			threshold: 7,
			sem: 1
		});
		return { campaignId, ...played, results: await campaignResults(db, campaignId) };
	});
}

const card = (page: Page, code: string) => page.getByRole('article', { name: new RegExp(code) });

test('the adviser reads the results, decides, shortlists, exports, reports and gives feedback', async ({
	page
}) => {
	const { campaignId, session, candidates, results } = await campaignWithResults(
		'Préparateur de commandes (résultats)'
	);
	const [best, ...others] = candidates;
	await logIn(page, DEMO.adviser);
	await expect(page).toHaveURL(/\/conseiller$/);

	await page.goto(`/conseiller/campagnes/${campaignId}`);
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Résultats', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: /^Résultats/ })).toBeVisible();

	// Each candidate's status, as the server computes it from the stored scores.
	for (const r of results) {
		const row = page.getByRole('row', { name: new RegExp(r.code) });
		await expect(row).toContainText(STATUS[r.status!]);
		await expect(row).toContainText(`(seuil 7)`);
	}
	await expect(page.getByRole('row', { name: new RegExp(best!.code) })).toContainText(
		'Prénom0 Nom0'
	);
	await expect(
		card(page, best!.code).getByRole('img', { name: /Profil d’habiletés/ })
	).toBeVisible();
	await expectAccessible(page);

	// The score's detail, as the exercise labels its subscores, read from the stored score.
	const bestResult = results.find((r) => r.code === best!.code)!;
	const [bestScore] = await storedScores(bestResult.attemptId);
	const sub = JSON.parse(bestScore!.subscores) as Record<string, number>;
	const detail = card(page, best!.code).locator('details', { hasText: 'Détail du score' });
	await detail.getByText('Détail du score').click();
	await expect(detail).toContainText(
		new RegExp(`Exceptions réussies\\s*${sub.exceptions} sur ${sub.exceptionsMax}`)
	);
	await expect(detail).toContainText(
		new RegExp(`Cas ordinaires réussis\\s*${sub.base} sur ${sub.baseMax}`)
	);
	await expectAccessible(page);

	// A decision needs a reason; then the best candidate is presented.
	const first = card(page, best!.code);
	await first.getByRole('button', { name: 'Présenter', exact: true }).click();
	await expect(first.getByText('Choisissez un motif.')).toBeVisible();
	await first.getByLabel('Motif').selectOption({ label: 'Seuils atteints' });
	await first.getByRole('button', { name: 'Présenter', exact: true }).click();
	await expect(page.getByText(`Décision enregistrée pour ${best!.code}.`)).toBeVisible();
	await expect(card(page, best!.code)).toContainText('Présenté — Seuils atteints');

	// The rest in bulk, for the session; an uncertain candidate is decided one by one.
	await page.goto(`/conseiller/campagnes/${campaignId}/resultats?session=${session.id}`);
	for (const action of [/^Présenter les admis/, /^Ne pas présenter les non admis/]) {
		const button = page.getByRole('button', { name: action });
		if (await button.isEnabled()) {
			await button.click();
			await expect(page.getByText(/^Décisions enregistrées : \d+\.$/)).toBeVisible();
		}
	}
	for (const r of results.filter((r) => r.status === 'incertain')) {
		const c = card(page, r.code);
		await c
			.getByLabel('Motif')
			.selectOption({ label: 'Zone d’incertitude — entretien avec le conseiller' });
		await c.getByLabel('Note (facultative)').fill('À revoir en entretien.');
		await c.getByRole('button', { name: 'Ne pas présenter' }).click();
		await expect(page.getByText(`Décision enregistrée pour ${r.code}.`)).toBeVisible();
	}
	await expect(page.getByText(/0 sans décision\.$/)).toBeVisible();
	await expectAccessible(page);

	const stored = await withDb(async (db) => ({
		results: await campaignResults(db, campaignId),
		audits: await db
			.selectFrom('audit_log')
			.select('subject_id')
			.where('action', '=', 'shortlist.decided')
			.where(
				'subject_id',
				'in',
				candidates.map((c) => c.personId)
			)
			.execute()
	}));
	expect(stored.results.every((r) => r.decision !== null)).toBe(true);
	expect(stored.audits).toHaveLength(3);
	const presented = stored.results.filter((r) => r.decision!.decision === 'present');

	// The shortlist: who the employer will see.
	await page.goto(`/conseiller/campagnes/${campaignId}/preselection`);
	await expect(page.getByText(`${presented.length} candidat(s) présenté(s)`)).toBeVisible();
	await expect(page.getByRole('heading', { name: /Prénom0 Nom0/ })).toBeVisible();
	for (const o of others)
		if (!presented.some((p) => p.personId === o.personId))
			await expect(page.getByText(o.code)).toHaveCount(0);
	await expectAccessible(page);

	// The CSV holds the same numbers as the database, by code only.
	await page.goto(`/conseiller/campagnes/${campaignId}/resultats`);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Télécharger les résultats (CSV)' }).click()
	]);
	const csv = await readFile((await download.path())!, 'utf8');
	expect(csv.charCodeAt(0)).toBe(0xfeff);
	expect(csv).not.toMatch(/Prénom|Nom\d/);
	const rows = parseResultsCsv(csv);
	expect(rows).toHaveLength(3);
	for (const r of stored.results) {
		const row = rows.find((x) => x['Code'] === r.code)!;
		expect(readFrenchNumber(row['Le poste de tri — score']!)).toBe(r.exercises[0]!.raw);
		expect(readFrenchNumber(row['Le poste de tri — seuil']!)).toBe(7);
		expect(row['Décision']).toBe(r.decision!.decision === 'present' ? 'Présenté' : 'Non présenté');
	}

	// The report: the funnel and candidates by code, never a name.
	await page.getByRole('link', { name: 'Rapport de campagne' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /^Rapport de campagne/ })).toBeVisible();
	await expect(page.getByRole('row', { name: /^Inscrits/ })).toContainText('3');
	await expect(page.getByRole('row', { name: /^Présentés à l’employeur/ })).toContainText(
		String(presented.length)
	);
	await expect(page.getByRole('row', { name: new RegExp(best!.code) })).toBeVisible();
	await expect(page.locator('main')).not.toContainText('Prénom');
	await expectAccessible(page);

	// The feedback sheet, in words, and the candidate's agreement to keep their results.
	await page.goto(`/conseiller/campagnes/${campaignId}/resultats`);
	await card(page, best!.code).getByRole('link', { name: 'Fiche de restitution' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Vos résultats' })).toBeVisible();
	await expect(page.getByText('Point fort', { exact: true })).toBeVisible();
	// What the candidate can read of their score: the plain counts, as stored.
	await expect(page.locator('.levels')).toContainText(
		new RegExp(`Cas ordinaires réussis\\s*${sub.base} sur ${sub.baseMax}`)
	);
	await expect(page.getByText(/Votre candidature est présentée à l’employeur/)).toBeVisible();
	await expect(page.getByText('conseiller@habile.demo')).toBeVisible();
	await expectAccessible(page);
	await page
		.getByRole('button', { name: 'Le candidat accepte : garder ses résultats 2 ans' })
		.click();
	await expect(page.getByText('Accord du candidat enregistré.')).toBeVisible();
	await expect(
		page.getByText(/Vous avez accepté le .* que nous gardions vos résultats 2 ans/)
	).toBeVisible();
	const person = await withDb((db) =>
		db
			.selectFrom('persons')
			.select('retention')
			.where('id', '=', best!.personId)
			.executeTakeFirstOrThrow()
	);
	expect(person.retention).toBe('two-years');
});

test("another agency's adviser gets 404 on every results page and on the CSV", async ({ page }) => {
	const other = await withDb(async (db) => {
		const { adviser, campaignId } = await makeAdviserCampaign(db);
		const { session, candidates } = await makePlayedSession(db, adviser, campaignId, {
			skills: [null],
			date: agencyDate(5),
			now: new Date()
		});
		return { campaignId, sessionId: session.id, personId: candidates[0]!.personId };
	});
	// A campaign of the demo agency, to try the other agency's person and session on it.
	const own = await newDemoCampaign({
		jobTitle: 'Agent de tri (accès)',
		habiletes: ['consignes', 'attention', 'tension', 'equipe']
	});
	await logIn(page, DEMO.adviser);
	await expect(page).toHaveURL(/\/conseiller$/);
	const base = `/conseiller/campagnes/${other.campaignId}`;
	for (const path of [
		`${base}/resultats`,
		`${base}/preselection`,
		`${base}/rapport`,
		`${base}/export.csv`,
		`${base}/candidats/${other.personId}/restitution`,
		`/conseiller/campagnes/${own}/candidats/${other.personId}/restitution`,
		`/conseiller/campagnes/${own}/resultats?session=${other.sessionId}`,
		`/conseiller/campagnes/${own}/export.csv?session=${other.sessionId}`
	]) {
		const response = await page.request.get(path);
		expect(response.status(), path).toBe(404);
	}
	const origin = new URL(page.url()).origin;
	const action = await page.request.post(`${base}/resultats?/decide`, {
		headers: { origin },
		form: { personId: other.personId, decision: 'not-present', reason: 'unavailable' }
	});
	expect(action.status()).toBe(404);
	const decisions = await withDb((db) =>
		db
			.selectFrom('decisions as d')
			.innerJoin('attempts as a', 'a.id', 'd.attempt_id')
			.select('d.id')
			.where('a.person_id', '=', other.personId)
			.execute()
	);
	expect(decisions).toHaveLength(0);
});
