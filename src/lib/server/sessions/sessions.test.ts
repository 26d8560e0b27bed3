import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { saveBattery } from '../campaigns/battery-edit';
import { saveThresholds, thresholdsView } from '../calibration/thresholds';
import { openAttempt } from '../kiosk/binding';
import { registerPerson } from '../kiosk/attempts';
import { simulateAttempt } from '../demo/simulate';
import { testDatabases } from '../testing/db';
import { makeAdviserCampaign } from '../testing/factories';
import {
	candidateSchema,
	closeSession,
	createSession,
	getSession,
	listSessions,
	registerCandidate,
	sessionCandidates,
	type CandidateInput
} from './sessions';

const NOW = new Date('2026-11-28T10:00:00Z');
const session = { date: '2026-12-03', time: '09:00', place: 'Agence de Lyon Sud', capacity: 2 };
const candidate = (firstName: string, extra: Record<string, string> = {}): CandidateInput =>
	candidateSchema.parse({ firstName, lastName: 'Martin', phone: '06 12 34 56 78', ...extra });

describe.each(testDatabases())('candidate sessions [$name]', ({ open }) => {
	let db: Db;
	let adviser: SessionUser;
	let campaignId: string;

	/** A battery of consignes calibrated by 2 employees, its threshold set, and validated. */
	async function frozenBattery() {
		await saveBattery(db, adviser, campaignId, [
			{ exerciseId: 'consignes', config: { theme: 'soin', itemCount: 10 } }
		]);
		const view = (await thresholdsView(db, campaignId))!;
		for (const skill of [0.6, 0.9]) {
			const e = await registerPerson(db, {
				campaignId,
				batteryVersionId: view.versionId,
				kind: 'calibration'
			});
			await simulateAttempt(db, e.attemptId, skill, 7);
		}
		const result = await saveThresholds(
			db,
			adviser,
			campaignId,
			view.versionId,
			{
				lockVersion: 0,
				rule: { kind: 'all' },
				lines: [
					{
						position: 0,
						threshold: 5,
						method: 'judgement',
						reason: 'Test',
						eliminatory: true,
						// Two employees may both reach it: these tests are about sessions.
						passAllReason: 'Test des sessions'
					}
				]
			},
			{ freeze: true }
		);
		expect(result.ok).toBe(true);
	}

	beforeEach(async () => {
		db = await open();
		({ adviser, campaignId } = await makeAdviserCampaign(db));
	});
	afterEach(async () => db.destroy());

	it('plans a session only on a validated battery, and not in the past', async () => {
		expect(await createSession(db, adviser, campaignId, session, NOW)).toEqual({
			ok: false,
			reason: 'not-frozen'
		});
		await frozenBattery();
		expect(
			await createSession(
				db,
				adviser,
				campaignId,
				{ ...session, date: '2026-11-28', time: '10:30' },
				NOW
			)
		).toEqual({ ok: false, reason: 'past' }); // 10:30 in Paris is 09:30 UTC
		const created = await createSession(db, adviser, campaignId, session, NOW);
		expect(created.ok).toBe(true);
		const [listed] = await listSessions(db, campaignId);
		expect(listed).toMatchObject({
			startsAt: '2026-12-03T08:00:00.000Z',
			place: 'Agence de Lyon Sud',
			capacity: 2,
			status: 'planned',
			registered: 0
		});
		expect(await getSession(db, 'another-campaign', listed!.id)).toBeNull();
	});

	it('registers candidates all or nothing, identity apart, until the session is full', async () => {
		await frozenBattery();
		const created = await createSession(db, adviser, campaignId, session, NOW);
		const s = (await getSession(db, campaignId, created.ok ? created.sessionId : ''))!;
		const first = await registerCandidate(
			db,
			adviser,
			s,
			candidate('Awa', { timeMultiplier: '1.33', spokenInstructions: 'on' })
		);
		expect(first).toMatchObject({ ok: true, code: expect.stringMatching(/^C-/) });
		await registerCandidate(
			db,
			adviser,
			s,
			candidate('Léo', { phone: undefined!, email: 'leo@example.fr' })
		);
		expect(await registerCandidate(db, adviser, s, candidate('Zoé'))).toEqual({
			ok: false,
			reason: 'full'
		});
		const people = await sessionCandidates(db, s.id);
		expect(people.map((p) => p.firstName).sort()).toEqual(['Awa', 'Léo']);
		expect(people.find((p) => p.firstName === 'Awa')!.accommodations).toMatchObject({
			timeMultiplier: 1.33,
			spokenInstructions: true,
			largeText: false
		});
		// Results never carry the name: the person row holds a code only.
		const person = await db
			.selectFrom('persons')
			.selectAll()
			.where('kind', '=', 'candidate')
			.executeTakeFirstOrThrow();
		expect(Object.values(person).join(' ')).not.toMatch(/Awa|Léo|Martin/);
		expect(await db.selectFrom('identities').select('person_id').execute()).toHaveLength(2);
		// The refused registration left nothing behind.
		expect(
			await db.selectFrom('persons').select('id').where('kind', '=', 'candidate').execute()
		).toHaveLength(2);
	});

	it('checks the candidate form: a contact, a valid custom multiplier, nothing else kept', () => {
		const parse = (values: Record<string, string>) =>
			candidateSchema.safeParse({ firstName: 'A', lastName: 'B', ...values });
		expect(parse({}).error?.issues.map((i) => i.message)).toEqual(['candidate.contact.required']);
		expect(parse({ phone: 'abc' }).error?.issues.map((i) => i.message)).toEqual([
			'candidate.phone.invalid'
		]);
		expect(
			parse({ email: 'a@b.fr', timeMultiplier: 'other' }).error?.issues.map((i) => i.message)
		).toEqual(['candidate.multiplier.invalid']);
		expect(
			parse({ email: 'a@b.fr', timeMultiplier: 'other', customMultiplier: '1,4' }).data
		).toMatchObject({
			customMultiplier: 1.4
		});
		expect(parse({ email: 'a@b.fr', birthDate: '1990-01-01' }).data).not.toHaveProperty(
			'birthDate'
		);
	});

	it('a closed session refuses registrations and its codes on the kiosk', async () => {
		await frozenBattery();
		const created = await createSession(db, adviser, campaignId, session, NOW);
		const s = (await getSession(db, campaignId, created.ok ? created.sessionId : ''))!;
		const registered = await registerCandidate(db, adviser, s, candidate('Awa'));
		const code = registered.ok ? registered.kioskCode : '';
		// On the session's day.
		const onTheDay = { now: new Date('2026-12-03T07:30:00Z') };
		expect(
			(await openAttempt(db, ` ${code.toLowerCase().slice(0, 4)} ${code.slice(4)} `, onTheDay)).ok
		).toBe(true);
		expect(await closeSession(db, adviser, s)).toBe(true);
		// Closing it again changes nothing and is not audited again.
		expect(await closeSession(db, adviser, s)).toBe(false);
		expect(
			await db
				.selectFrom('audit_log')
				.select('id')
				.where('action', '=', 'session.closed')
				.where('subject_id', '=', s.id)
				.execute()
		).toHaveLength(1);
		expect(await openAttempt(db, code, onTheDay)).toEqual({ ok: false, reason: 'closed' });
		expect(await registerCandidate(db, adviser, s, candidate('Léo'))).toEqual({
			ok: false,
			reason: 'closed'
		});
		expect((await getSession(db, campaignId, s.id))!.status).toBe('closed');
	});
});
