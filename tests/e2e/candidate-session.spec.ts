import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { campaignResults } from '../../src/lib/server/results/results';
import { parseResultsCsv, readFrenchNumber } from '../../src/lib/server/results/csv';
import {
	DEMO,
	expectAccessible,
	logIn,
	openKiosk,
	placeParcel,
	practiseSorting,
	agencyDate,
	hydrated
} from './helpers';
import { newDemoCampaign, withDb } from './data';

const ITEMS = 10;
const DURATION_S = 90;

/** A touch tablet in landscape, as a kiosk. */
async function tablet(browser: Browser): Promise<Page> {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		hasTouch: true,
		locale: 'fr-FR'
	});
	return context.newPage();
}

test('a session from registration to shortlist: three kiosks play, the monitor follows, results, decisions and the CSV agree, extra time is applied', async ({
	page,
	browser
}) => {
	test.setTimeout(240_000);
	const campaignId = await newDemoCampaign({
		jobTitle: 'Préparateur de commandes (session complète)',
		habiletes: ['consignes', 'attention', 'tension', 'equipe'],
		battery: true,
		calibrated: 3,
		frozen: true,
		config: { itemCount: ITEMS, difficulty: 1, durationSeconds: DURATION_S }
	});

	// The adviser plans the session and registers three candidates, one with × 1.33.
	await logIn(page, DEMO.adviser);
	await expect(page).toHaveURL(/\/conseiller$/);
	await page.goto(`/conseiller/campagnes/${campaignId}/sessions`);
	// Filled before hydration, the form's values would be reset by it (seen in CI).
	await hydrated(page);
	await page.getByLabel('Date').fill(agencyDate(1));
	await page.getByLabel('Nombre de places').fill('3');
	await page.getByRole('button', { name: 'Créer la session' }).click();
	await expect(page.getByText('0 inscrits sur 3 places')).toBeVisible();
	const people = [
		{ first: 'Awa', last: 'Diallo', phone: '06 41 22 33 44', slower: true },
		{ first: 'Bruno', last: 'Lefèvre', phone: '06 22 33 44 55', slower: false },
		{ first: 'Chloé', last: 'Martin', phone: '06 33 44 55 66', slower: false }
	];
	for (const p of people) {
		await page.getByLabel('Prénom').fill(p.first);
		await page.getByLabel('Nom', { exact: true }).fill(p.last);
		await page.getByLabel('Téléphone').fill(p.phone);
		if (p.slower) await page.getByRole('radio', { name: '× 1,33' }).check();
		await page.getByRole('button', { name: 'Inscrire' }).click();
		await expect(page.getByText(new RegExp(`${p.first} ${p.last} est inscrit·e`))).toBeVisible();
	}
	const codes = await Promise.all(
		people.map(async (p) =>
			(await page
				.getByRole('row', { name: new RegExp(`${p.last.toLocaleUpperCase()} ${p.first}`) })
				.locator('.kiosk-code')
				.textContent())!.trim()
		)
	);
	const sessionUrl = page.url();
	// Codes open on their session's day only: planned for tomorrow (a time already past is
	// refused), the session is moved to now for the kiosks.
	await withDb((db) =>
		db
			.updateTable('sessions')
			.set({ starts_at: new Date().toISOString() })
			.where('id', '=', new URL(sessionUrl).pathname.split('/').at(-1)!)
			.execute()
	);

	// Three kiosks: each candidate reaches the timed part; the time shown is theirs.
	const kiosks = await Promise.all(people.map(() => tablet(browser)));
	await Promise.all(
		kiosks.map(async (kiosk, i) => {
			await openKiosk(kiosk, codes[i]!);
			await practiseSorting(kiosk);
			// 90 s, or 119.7 s with × 1.33.
			await expect(kiosk.getByTestId('time-left')).toContainText(
				people[i]!.slower ? /Temps restant : 1:(5\d|4\d)/ : /Temps restant : 1:(2\d|30|1\d)/
			);
		})
	);

	// The monitor shows them in the timed part, then the adviser pauses and resumes Bruno.
	await page.goto(`${sessionUrl}/suivi`);
	for (const p of people)
		await expect(page.getByRole('row', { name: new RegExp(`${p.first} ${p.last}`) })).toContainText(
			'Le poste de tri — épreuve chronométrée'
		);
	await expectAccessible(page);
	const bruno = page.getByRole('row', { name: /Bruno Lefèvre/ });
	await bruno.getByRole('button', { name: /Mettre en pause/ }).click();
	await expect(bruno).toContainText('En pause');
	await bruno.getByRole('button', { name: /Reprendre/ }).click();
	await expect(bruno).not.toContainText('En pause');

	// Awa and Bruno place every parcel; Chloé places two and waits for the end of her time.
	await Promise.all(
		kiosks.map(async (kiosk, i) => {
			const count = i === 2 ? 2 : ITEMS;
			for (let n = 1; n <= count; n++) await placeParcel(kiosk, n);
		})
	);
	for (const kiosk of kiosks.slice(0, 2))
		await expect(kiosk.getByRole('heading', { name: 'C’est terminé. Merci !' })).toBeVisible();
	for (const p of people.slice(0, 2))
		await expect(page.getByRole('row', { name: new RegExp(`${p.first} ${p.last}`) })).toContainText(
			'Terminé',
			{ timeout: 15_000 }
		);

	// Extra time: the server gave Awa 1.33 times the timed part. Its deadline is counted from
	// the start on the kiosk, so from the batch that carried the start it is the time allowed
	// less the batch's delay (under 15 s even on a busy machine).
	const timing = await withDb((db) =>
		db
			.selectFrom('runs as r')
			.innerJoin('attempts as a', 'a.id', 'r.attempt_id')
			.innerJoin('run_events as e', 'e.run_id', 'r.id')
			.select(['a.kiosk_code', 'r.deadline_at', 'e.received_at', 'e.data'])
			.where('a.kiosk_code', 'in', codes)
			.where('e.type', '=', 'phase.started')
			.execute()
	);
	const allowed = (code: string) => {
		const start = timing.find(
			(x) => x.kiosk_code === code && JSON.parse(x.data).phase === 'epreuve'
		)!;
		return Date.parse(start.deadline_at!) - Date.parse(start.received_at);
	};
	const standard = DURATION_S * 1000;
	const awa = allowed(codes[0]!);
	expect(awa).toBeGreaterThan(standard * 1.33 - 15_000);
	expect(awa).toBeLessThanOrEqual(Math.round(standard * 1.33));
	// Chloé had the standard time (Bruno's moved on by his pause).
	const chloe = allowed(codes[2]!);
	expect(chloe).toBeGreaterThan(standard - 15_000);
	expect(chloe).toBeLessThanOrEqual(standard);

	// Results: the finished candidates have the status the server computes.
	const stored = await withDb((db) => campaignResults(db, campaignId));
	await page.goto(`/conseiller/campagnes/${campaignId}/resultats`);
	const STATUS = { admis: 'Admis', incertain: 'Zone d’incertitude', 'non-admis': 'Non admis' };
	for (const r of stored.filter((r) => r.status))
		await expect(page.getByRole('row', { name: new RegExp(r.code) })).toContainText(
			STATUS[r.status!]
		);
	await expectAccessible(page);
	const present = page.getByRole('button', { name: /^Présenter les admis/ });
	if (await present.isEnabled()) {
		await present.click();
		await expect(page.getByText(/^Décisions enregistrées : \d+\.$/)).toBeVisible();
	}
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Télécharger les résultats (CSV)' }).click()
	]);
	const rows = parseResultsCsv(await readFile((await download.path())!, 'utf8'));
	const after = await withDb((db) => campaignResults(db, campaignId));
	for (const r of after.filter((r) => r.progress === 'finished')) {
		const row = rows.find((x) => x['Code'] === r.code)!;
		expect(readFrenchNumber(row['Le poste de tri — score']!)).toBe(r.exercises[0]!.raw);
	}
	await page.goto(`/conseiller/campagnes/${campaignId}/preselection`);
	const presented = after.filter((r) => r.decision?.decision === 'present');
	await expect(page.getByText(`${presented.length} candidat(s) présenté(s)`)).toBeVisible();
	for (const kiosk of kiosks) await kiosk.context().close();
});
