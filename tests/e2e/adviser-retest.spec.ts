import { expect, test } from '@playwright/test';
import { randomInt } from 'node:crypto';
import { simulateAttempt } from '../../src/lib/server/demo/simulate';
import { sessionUserOf } from '../../src/lib/server/testing/factories';
import {
	candidateSchema,
	createSession,
	getSession,
	registerCandidate
} from '../../src/lib/server/sessions/sessions';
import { DEMO, expectAccessible, hydrated, logIn, agencyDate } from './helpers';
import { newDemoCampaign, withDb } from './data';

test('the adviser registers a person tested a moment ago in another campaign: refused with the date, then overridden with a reason and flagged', async ({
	page
}) => {
	// A phone of this run only, as the adviser types it: 06 xx xx xx xx.
	const digits = String(randomInt(0, 100_000_000)).padStart(8, '0');
	const phone = `06 ${digits.match(/../g)!.join(' ')}`;
	const first = await newDemoCampaign({
		jobTitle: 'Agent de quai (premier test)',
		habiletes: ['consignes', 'attention', 'tension', 'equipe'],
		battery: true,
		calibrated: 2,
		frozen: true
	});
	// Yasmine took that campaign's battery today.
	const earlier = await withDb(async (db) => {
		const adviserId = (
			await db
				.selectFrom('users')
				.select('id')
				.where('email', '=', DEMO.adviser)
				.executeTakeFirstOrThrow()
		).id;
		const adviser = await sessionUserOf(db, adviserId);
		const created = await createSession(
			db,
			adviser,
			first,
			{ date: agencyDate(1), time: '09:00', place: 'Agence', capacity: 2 },
			new Date()
		);
		if (!created.ok) throw new Error(created.reason);
		const session = (await getSession(db, first, created.sessionId))!;
		const registered = await registerCandidate(
			db,
			adviser,
			session,
			candidateSchema.parse({ firstName: 'Yasmine', lastName: 'Retest', phone })
		);
		if (!registered.ok) throw new Error(registered.reason);
		const attempt = await db
			.selectFrom('attempts')
			.select('id')
			.where('person_id', '=', registered.personId)
			.executeTakeFirstOrThrow();
		await simulateAttempt(db, attempt.id, 0.7, 3);
		return registered.personId;
	});
	const second = await newDemoCampaign({
		jobTitle: 'Préparatrice de commandes (second test)',
		habiletes: ['consignes', 'attention', 'tension', 'equipe'],
		battery: true,
		calibrated: 2,
		frozen: true
	});

	await logIn(page, DEMO.adviser);
	await expect(page).toHaveURL(/\/conseiller$/);
	await page.goto(`/conseiller/campagnes/${second}/sessions`);
	// Typed before hydration, the values are reset by it (seen in CI; see the note on issue 17).
	await hydrated(page);
	await page.getByLabel('Date').fill(agencyDate(1));
	await page.getByLabel('Lieu').fill('Agence de Vénissieux');
	await page.getByLabel('Nombre de places').fill('3');
	await page.getByRole('button', { name: 'Créer la session' }).click();
	await expect(page.getByText('0 inscrits sur 3 places')).toBeVisible();

	// The same phone written the international way: recognised, refused with the dates.
	await page.getByLabel('Prénom').fill('Yasmine');
	await page.getByLabel('Nom', { exact: true }).fill('Retest');
	await page.getByLabel('Téléphone').fill(`+33 ${phone.slice(1)}`);
	await page.getByRole('button', { name: 'Inscrire' }).click();
	const refusal = page.getByRole('alert');
	await expect(refusal).toContainText('Cette personne a déjà passé les exercices le');
	await expect(refusal).toContainText('(Agent de quai (premier test))');
	await expect(refusal).toContainText(
		'Il faut au moins 6 mois entre deux passations : elle pourra être inscrite à nouveau pour une session à partir du'
	);
	await expect(page.getByLabel('Prénom')).toHaveValue('Yasmine');
	await expect(page.getByText('0 inscrits sur 3 places')).toBeVisible();
	await expectAccessible(page);

	// The override needs a reason.
	await page.getByLabel('J’inscris cette personne avant la fin du délai').check();
	await page.getByLabel('Raison').fill('Panne');
	await page.getByRole('button', { name: 'Inscrire' }).click();
	await expect(page.getByText('Donnez la raison (10 caractères au moins).')).toBeVisible();
	await expect(page.getByLabel('Téléphone')).toHaveValue(`+33 ${phone.slice(1)}`);
	const reason = 'Première passation interrompue : tablette en panne.';
	await page.getByLabel('Raison').fill(reason);
	await page.getByRole('button', { name: 'Inscrire' }).click();
	await expect(
		page.getByText(/Yasmine Retest est inscrit·e\. Code tablette : \w{8}\./)
	).toBeVisible();
	await expect(
		page.getByText(
			/Cette personne a déjà été inscrite dans l’agence : Agent de quai \(premier test\), passation le .+ \(même téléphone\)\. Elle passera une autre version des exercices\./
		)
	).toBeVisible();
	const row = page.getByRole('row', { name: /RETEST Yasmine/ });
	await expect(row).toContainText('Nouvelle passation');
	await expect(row).toContainText(
		'Inscriptions antérieures dans l’agence : 1 ; dernière passation le'
	);
	await expect(row).toContainText(reason);
	await expectAccessible(page);

	// The campaign's results flag her too (advisers only).
	await page.goto(`/conseiller/campagnes/${second}/resultats`);
	const card = page.getByRole('article', { name: /Yasmine Retest/ });
	await expect(card).toContainText('Nouvelle passation');
	await expect(card).toContainText(reason);
	await expectAccessible(page);

	// Audited, and every exercise on another form than the first time.
	const stored = await withDb(async (db) => {
		const seeds = (personId: string) =>
			db
				.selectFrom('runs as r')
				.innerJoin('attempts as a', 'a.id', 'r.attempt_id')
				.innerJoin('battery_exercises as be', 'be.id', 'r.battery_exercise_id')
				.select(['be.exercise_id', 'r.seed', 'a.id as attempt'])
				.where('a.person_id', '=', personId)
				.execute();
		const again = await db
			.selectFrom('identities as i')
			.innerJoin('persons as p', 'p.id', 'i.person_id')
			.select('p.id')
			.where('p.campaign_id', '=', second)
			.where('i.phone_key', '=', `+33${phone.replace(/\D/g, '').slice(1)}`)
			.executeTakeFirstOrThrow();
		const runs = await seeds(again.id);
		const log = await db
			.selectFrom('audit_log')
			.select('details')
			.where('action', '=', 'candidate.retest-override')
			.where('subject_id', '=', runs[0]!.attempt)
			.executeTakeFirstOrThrow();
		return { before: await seeds(earlier), after: runs, details: JSON.parse(log.details) };
	});
	expect(stored.details).toMatchObject({ months: 6, note: reason });
	expect(stored.after.map((r) => r.exercise_id)).toEqual(stored.before.map((r) => r.exercise_id));
	for (const [i, run] of stored.after.entries())
		expect(Number(run.seed)).not.toBe(Number(stored.before[i]!.seed));
});
