import { sql, SqliteAdapter } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { testDatabases } from '../testing/db';
import { makeAdviserCampaign } from '../testing/factories';
import { followedUp, shortlistedCampaign } from '../testing/shortlist';
import { shortlistedAttempt } from '../hiring/access';
import { recordOutcome } from '../hiring/hiring';
import { setRetention } from '../results/decisions';
import { eraseCandidate, erasureSchema } from './erase';
import { exportCandidate } from './export';

/** Every row of every table of the database, as JSON text, by table. */
async function everyRow(db: Db): Promise<Map<string, string[]>> {
	const tables =
		db.getExecutor().adapter instanceof SqliteAdapter
			? await sql<{
					name: string;
				}>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(
					db
				)
			: await sql<{
					name: string;
				}>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(
					db
				);
	const rows = new Map<string, string[]>();
	for (const { name } of tables.rows)
		rows.set(
			name,
			(await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db)).rows.map(
				(r) => JSON.stringify(r)
			)
		);
	return rows;
}

/** The tables (and how many of their rows) that mention any of `needles`. */
async function mentions(db: Db, needles: string[], except: string[] = []) {
	const found: Record<string, number> = {};
	for (const [table, rows] of await everyRow(db)) {
		if (except.includes(table)) continue;
		const n = rows.filter((r) => needles.some((x) => r.includes(x))).length;
		if (n) found[table] = n;
	}
	return found;
}

describe.each(testDatabases())('a candidate’s data on request [$name]', ({ open }) => {
	let db: Db;
	let adviser: SessionUser;
	let campaignId: string;
	let attempts: Record<string, string>;
	let employer: SessionUser;
	const person = async (attemptId: string) =>
		(
			await db
				.selectFrom('attempts')
				.select('person_id')
				.where('id', '=', attemptId)
				.executeTakeFirstOrThrow()
		).person_id;

	beforeEach(async () => {
		db = await open();
		({ adviser, campaignId } = await makeAdviserCampaign(db));
		const shortlist = await shortlistedCampaign(db, adviser, campaignId, [
			'Zéphyrine',
			'Barnabé',
			'Célestin'
		]);
		attempts = shortlist.attempts;
		employer = shortlist.employer;
		await followedUp(db, adviser, shortlist.employer, attempts.Zéphyrine!, 'ZZ-secret');
		await followedUp(db, adviser, shortlist.employer, attempts.Barnabé!, 'BB-other');
		await setRetention(db, adviser, campaignId, await person(attempts.Zéphyrine!), true);
	});
	afterEach(async () => db.destroy());

	it('exports everything about the person and nothing about anyone else, audited', async () => {
		const personId = await person(attempts.Zéphyrine!);
		const file = (await exportCandidate(db, adviser.id, campaignId, personId))!;
		expect(file).toMatchObject({
			format: 'habile.candidate-export',
			person: { id: personId, retention: 'two-years' },
			identity: {
				firstName: 'Zéphyrine',
				lastName: 'Test',
				phone: expect.stringMatching(/^07\d{8}$/)
			},
			campaign: { jobTitle: 'Poste test', company: 'Entreprise test' }
		});
		const [attempt] = file.attempts;
		expect(file.attempts).toHaveLength(1);
		expect(attempt).toMatchObject({
			id: attempts.Zéphyrine,
			consent: 'accepted',
			status: 'finished',
			accommodations: expect.objectContaining({ timeMultiplier: 1 }),
			session: { place: 'Agence de Lyon Sud' },
			decisions: [{ decision: 'present', reason: 'thresholds-met', note: 'Note pour Zéphyrine' }],
			interview: { place: 'ZZ-secret salle' },
			outcomes: [{ outcome: 'hired', details: { startDate: '2026-12-14' } }],
			tutor: { role: 'Chef d’équipe' },
			contractBreak: { endedOn: '2027-01-10', note: 'ZZ-secret rupture' }
		});
		expect(attempt!.checkpoints.map((c) => c.note)).toEqual([
			'ZZ-secret conseiller',
			'ZZ-secret employeur'
		]);
		expect(attempt!.placements.map((p) => p.code).sort()).toEqual([
			'hired',
			'selected',
			'training'
		]);
		const [run] = attempt!.runs;
		expect(run).toMatchObject({ exercise: 'consignes', status: 'finished' });
		expect(run!.score?.raw).toEqual(expect.any(Number));
		expect(run!.events.length).toBeGreaterThan(10);
		expect(run!.events.map((e) => e.seq)).toEqual(run!.events.map((_, i) => i));

		// Nothing about others: the other candidate, the staff, the tutor's name.
		const text = JSON.stringify(file);
		const staff = await db.selectFrom('users').select(['id', 'name', 'email']).execute();
		for (const needle of [
			'Barnabé',
			'BB-other',
			attempts.Barnabé!,
			'ZZ-secret tuteur',
			...staff.flatMap((u) => [u.id, u.email])
		])
			expect(text).not.toContain(needle);

		const audit = await db
			.selectFrom('audit_log')
			.select(['actor_id', 'subject_id', 'details'])
			.where('action', '=', 'person.exported')
			.execute();
		expect(audit).toEqual([
			{ actor_id: adviser.id, subject_id: personId, details: JSON.stringify({ campaignId }) }
		]);
		// Another campaign's id does not find the person.
		expect(await exportCandidate(db, adviser.id, 'another-campaign', personId)).toBeNull();
	});

	it('erases the person from every table, keeps the others, and audits ids and the reason only', async () => {
		const personId = await person(attempts.Zéphyrine!);
		const runIds = (
			await db
				.selectFrom('runs')
				.select('id')
				.where('attempt_id', '=', attempts.Zéphyrine!)
				.execute()
		).map((r) => r.id);
		const ids = [personId, attempts.Zéphyrine!, ...runIds];
		const personal = ['Zéphyrine', 'ZZ-secret'];
		const before = await mentions(db, [...ids, ...personal]);
		// The test can fail: the person is everywhere before.
		for (const table of [
			'persons',
			'identities',
			'attempts',
			'runs',
			'run_events',
			'scores',
			'decisions',
			'interviews',
			'outcomes',
			'tutors',
			'checkpoints',
			'contract_breaks',
			'placements',
			'audit_log'
		])
			expect(before[table], table).toBeGreaterThan(0);
		const others = await mentions(db, ['Barnabé', 'BB-other', attempts.Barnabé!]);

		expect(
			await eraseCandidate(db, adviser.id, 'another-campaign', personId, 'erasure-request')
		).toBe(null);
		const counts = await eraseCandidate(db, adviser.id, campaignId, personId, 'consent-withdrawn');
		expect(counts).toMatchObject({
			persons: 1,
			identities: 1,
			attempts: 1,
			runs: 1,
			scores: 1,
			decisions: 1,
			hiring: 1 + 1 + 1 + 2 + 1 + 3
		});
		// No table holds the person's ids but the audit log, and none holds their data at all.
		expect(await mentions(db, ids, ['audit_log'])).toEqual({});
		expect(await mentions(db, personal)).toEqual({});
		expect(await mentions(db, ['Barnabé', 'BB-other', attempts.Barnabé!])).toEqual(others);

		const erased = await db
			.selectFrom('audit_log')
			.select(['actor_id', 'subject_type', 'subject_id', 'details'])
			.where('action', '=', 'person.erased')
			.execute();
		expect(erased).toEqual([
			{
				actor_id: adviser.id,
				subject_type: 'person',
				subject_id: personId,
				details: JSON.stringify({ campaignId, reason: 'consent-withdrawn', ...counts })
			}
		]);
		expect(
			await eraseCandidate(db, adviser.id, campaignId, personId, 'erasure-request')
		).toBeNull();
	});

	it('removes the free text the audit log held about them, keeping who did what', async () => {
		const a = (await shortlistedAttempt(db, employer, attempts.Célestin!))!;
		expect(
			await recordOutcome(db, employer, a, { outcome: 'withdrew', note: 'CC-secret emploi' })
		).toEqual({ ok: true });
		expect(await mentions(db, ['CC-secret'])).toEqual({ outcomes: 1, audit_log: 1 });
		await eraseCandidate(db, adviser.id, campaignId, a.personId, 'erasure-request');
		expect(await mentions(db, ['CC-secret'])).toEqual({});
		const outcome = await db
			.selectFrom('audit_log')
			.select('details')
			.where('action', '=', 'outcome.recorded')
			.where('subject_id', '=', a.attemptId)
			.executeTakeFirstOrThrow();
		expect(JSON.parse(outcome.details)).toEqual({ outcome: 'withdrew' });
	});

	it('needs a reason and the confirmation', () => {
		const issues = (v: Record<string, string>) =>
			erasureSchema.safeParse(v).error?.issues.map((i) => i.message);
		expect(issues({})).toEqual(['form.choose', 'erasure.confirm.required']);
		expect(issues({ reason: 'other', confirm: 'on' })).toEqual(['form.choose']);
		expect(issues({ reason: 'erasure-request', confirm: 'on' })).toBeUndefined();
	});
});
