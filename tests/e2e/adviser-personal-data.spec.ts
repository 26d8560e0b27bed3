import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, hydrated, logIn } from './helpers';
import { newShortlistedDemoCampaign, withDb } from './data';

test('the adviser exports a candidate’s data, then erases them when they withdraw their consent', async ({
	page
}) => {
	const { campaignId, attempts } = await newShortlistedDemoCampaign(
		'Cariste (données personnelles)',
		['Bruno', 'Ysolde'],
		['Bruno', 'Ysolde']
	);
	const { personId, code } = await withDb((db) =>
		db
			.selectFrom('attempts as a')
			.innerJoin('persons as p', 'p.id', 'a.person_id')
			.select(['p.id as personId', 'p.code'])
			.where('a.id', '=', attempts.Bruno!)
			.executeTakeFirstOrThrow()
	);
	await logIn(page, DEMO.adviser);
	await expect(page).toHaveURL(/\/conseiller$/);

	// The hired candidate's follow-up page: his data can be exported from there.
	await page.goto(`/conseiller/candidats/${attempts.Bruno}`);
	await hydrated(page);
	const section = page.getByRole('region', { name: 'Données personnelles' });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		section.getByRole('link', { name: 'Exporter ses données' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(
		new RegExp(`^habile-${code}-\\d{4}-\\d{2}-\\d{2}\\.json$`)
	);
	const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
	expect(file).toMatchObject({
		format: 'habile.candidate-export',
		identity: { firstName: 'Bruno', lastName: 'Test' },
		campaign: { jobTitle: 'Cariste (données personnelles)' }
	});
	expect(file.attempts[0].outcomes[0].outcome).toBe('hired');
	expect(file.attempts[0].runs[0].events.length).toBeGreaterThan(0);
	expect(JSON.stringify(file)).not.toContain('Ysolde');
	const exported = await page.request.get(
		`/conseiller/campagnes/${campaignId}/candidats/${personId}/donnees.json`
	);
	expect(exported.headers()['content-disposition']).toMatch(/^attachment; filename=/);
	expect(exported.headers()['cache-control']).toBe('no-store');

	// Erasing needs a reason and a confirmation.
	await section.getByRole('link', { name: 'Effacer ses données' }).click();
	await expect(
		page.getByRole('heading', { name: 'Données personnelles — Bruno Test' })
	).toBeVisible();
	await hydrated(page);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Effacer définitivement' }).click();
	await expect(page.getByText('Cochez la case pour confirmer l’effacement.')).toBeVisible();
	await expect(page.getByText('Choisissez une valeur dans la liste.')).toBeVisible();
	await page.getByRole('radio', { name: 'Retrait du consentement' }).check();
	await page.getByRole('checkbox', { name: 'Je confirme : l’effacement est définitif.' }).check();
	await page.getByRole('button', { name: 'Effacer définitivement' }).click();

	await expect(page).toHaveURL(
		new RegExp(`/conseiller/campagnes/${campaignId}/resultats\\?efface=`)
	);
	await expect(page.getByText(`Les données du candidat ${code} ont été effacées.`)).toBeVisible();
	await expect(page.getByRole('heading', { name: /Ysolde Test/ })).toBeVisible();
	await expect(page.getByText('Bruno Test')).toHaveCount(0);
	expect((await page.goto(`/conseiller/candidats/${attempts.Bruno}`))?.status()).toBe(404);

	// The results CSV is exported too: every step the adviser took is in the audit log, by ids.
	const csv = await page.request.get(`/conseiller/campagnes/${campaignId}/export.csv`);
	expect(csv.status()).toBe(200);
	const audit = await withDb(async (db) => ({
		person: await db.selectFrom('persons').select('id').where('id', '=', personId).execute(),
		entries: await db
			.selectFrom('audit_log')
			.select(['action', 'subject_id', 'details'])
			.where((eb) => eb.or([eb('subject_id', '=', personId), eb('subject_id', '=', campaignId)]))
			.where('action', 'in', [
				'identity.viewed',
				'person.exported',
				'person.erased',
				'results.exported'
			])
			.orderBy('at')
			.execute()
	}));
	expect(audit.person).toEqual([]);
	expect(audit.entries.map((e) => e.action)).toEqual([
		'identity.viewed', // the follow-up page
		'person.exported',
		'person.exported',
		'identity.viewed', // the personal data page
		'person.erased',
		'identity.viewed', // the results page, Ysolde only
		'results.exported'
	]);
	const erased = audit.entries.find((e) => e.action === 'person.erased')!;
	expect(JSON.parse(erased.details)).toMatchObject({ campaignId, reason: 'consent-withdrawn' });
	expect(JSON.stringify(audit.entries)).not.toContain('Bruno');
});
