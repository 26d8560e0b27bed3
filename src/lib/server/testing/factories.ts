import type { Db } from '../db';
import type { Accommodations } from '$lib/domain/records';
import { createSession, validateSession, type SessionUser } from '../auth/sessions';
import { createUser, type NewUserInput } from '../auth/users';
import { createBatteryVersion, type BatteryExerciseInput } from '../campaigns/battery';
import { createAttempt } from '../kiosk/attempts';
import { newId, nowIso } from '../ids';

/** Test data builders: each creates what it needs and returns ids. */
export async function makeAgency(db: Db, name = 'Agence test'): Promise<string> {
	const id = newId();
	await db.insertInto('agencies').values({ id, name, created_at: nowIso() }).execute();
	return id;
}

export async function makeCompany(
	db: Db,
	agencyId: string,
	name = 'Entreprise test'
): Promise<string> {
	const id = newId();
	await db
		.insertInto('companies')
		.values({ id, agency_id: agencyId, name, created_at: nowIso() })
		.execute();
	return id;
}

let userCounter = 0;
export async function makeUser(
	db: Db,
	overrides: Partial<NewUserInput> & Pick<NewUserInput, 'role'>
): Promise<{ id: string; email: string; password: string }> {
	const password = overrides.password ?? 'correct horse battery';
	const email = overrides.email ?? `user${++userCounter}-${newId().slice(0, 8)}@test.example`;
	const result = await createUser(
		db,
		{
			name: 'Test User',
			agencyId: null,
			companyId: null,
			locale: 'fr',
			...overrides,
			email,
			password
		},
		null
	);
	if (!result.ok) throw new Error('makeUser: email taken');
	return { id: result.user.id, email, password };
}

export async function makeCampaign(
	db: Db,
	c: {
		agencyId: string;
		companyId: string;
		adviserId: string;
		jobTitle?: string;
		habiletes?: string[];
	}
): Promise<string> {
	const id = newId();
	const at = nowIso();
	await db
		.insertInto('campaigns')
		.values({
			id,
			agency_id: c.agencyId,
			company_id: c.companyId,
			adviser_id: c.adviserId,
			job_title: c.jobTitle ?? 'Poste test',
			rome_code: null,
			posts: 2,
			contract_type: 'cdi',
			place: 'Lyon',
			status: 'draft',
			created_at: at,
			updated_at: at
		})
		.execute();
	const habiletes = c.habiletes ?? ['consignes', 'attention', 'tension', 'equipe'];
	await db
		.insertInto('campaign_habiletes')
		.values(
			habiletes.map((habilete, position) => ({ campaign_id: id, habilete, note: 'Note', position }))
		)
		.execute();
	return id;
}

/**
 * A person registered for a battery (consignes by default) of a new campaign, through the real
 * services: campaign → battery version → person → attempt with its runs.
 */
export async function makeAttempt(
	db: Db,
	options: {
		exercises?: BatteryExerciseInput[];
		accommodations?: Partial<Accommodations>;
		kind?: 'candidate' | 'calibration';
		/** The person already agreed on the welcome screen (runs take events only then). */
		consented?: boolean;
	} = {}
): Promise<{
	attemptId: string;
	kioskCode: string;
	runIds: string[];
	campaignId: string;
	batteryVersionId: string;
}> {
	const agencyId = await makeAgency(db);
	const companyId = await makeCompany(db, agencyId);
	const adviser = await makeUser(db, { role: 'adviser', agencyId });
	const campaignId = await makeCampaign(db, { agencyId, companyId, adviserId: adviser.id });
	const batteryVersionId = await createBatteryVersion(
		db,
		campaignId,
		options.exercises ?? [{ exerciseId: 'consignes', config: { itemCount: 10 } }]
	);
	const personId = newId();
	const kind = options.kind ?? 'candidate';
	await db
		.insertInto('persons')
		.values({
			id: personId,
			campaign_id: campaignId,
			kind,
			code: newId().slice(0, 8),
			supervisor_rating: null,
			created_at: nowIso()
		})
		.execute();
	const { attemptId, kioskCode } = await createAttempt(db, {
		personId,
		batteryVersionId,
		kind,
		accommodations: options.accommodations
	});
	if (options.consented)
		await db
			.updateTable('attempts')
			.set({ consent: 'accepted', consent_at: nowIso(), status: 'in-progress' })
			.where('id', '=', attemptId)
			.execute();
	const runs = await db
		.selectFrom('runs')
		.select('id')
		.where('attempt_id', '=', attemptId)
		.orderBy('position')
		.execute();
	return { attemptId, kioskCode, runIds: runs.map((r) => r.id), campaignId, batteryVersionId };
}

/** A run ready to receive events (its person agreed). */
export async function makeRun(
	db: Db
): Promise<{ runId: string; attemptId: string; campaignId: string }> {
	const attempt = await makeAttempt(db, { consented: true });
	return {
		runId: attempt.runIds[0]!,
		attemptId: attempt.attemptId,
		campaignId: attempt.campaignId
	};
}

/** A session lifetime for tests: an hour idle, a day at most. */
export const TEST_LIFETIME = { idleMinutes: 60, maxHours: 24 } as const;

/** The session user of an account, as hooks put it in `locals.user`. */
export async function sessionUserOf(db: Db, userId: string): Promise<SessionUser> {
	const user = await validateSession(
		db,
		await createSession(db, userId, TEST_LIFETIME),
		TEST_LIFETIME
	);
	if (!user) throw new Error(`sessionUserOf: no such user ${userId}`);
	return user;
}

/** An adviser (as a session user) and a campaign of their agency. */
export async function makeAdviserCampaign(
	db: Db
): Promise<{ adviser: SessionUser; campaignId: string; agencyId: string }> {
	const agencyId = await makeAgency(db);
	const user = await makeUser(db, { role: 'adviser', agencyId });
	const campaignId = await makeCampaign(db, {
		agencyId,
		companyId: await makeCompany(db, agencyId),
		adviserId: user.id
	});
	return { adviser: await sessionUserOf(db, user.id), campaignId, agencyId };
}

/** Puts an attempt in a new session of its campaign (planned unless told), starting at `startsAt`. */
export async function attachSession(
	db: Db,
	attemptId: string,
	session: { startsAt: Date; status?: 'planned' | 'closed' }
): Promise<string> {
	const attempt = await db
		.selectFrom('attempts as a')
		.innerJoin('battery_versions as v', 'v.id', 'a.battery_version_id')
		.innerJoin('campaigns as c', 'c.id', 'v.campaign_id')
		.select(['v.id as version', 'c.id as campaign', 'c.adviser_id'])
		.where('a.id', '=', attemptId)
		.executeTakeFirstOrThrow();
	const id = newId();
	await db
		.insertInto('sessions')
		.values({
			id,
			campaign_id: attempt.campaign,
			battery_version_id: attempt.version,
			starts_at: session.startsAt.toISOString(),
			place: 'Salle 2',
			capacity: 12,
			status: session.status ?? 'planned',
			created_by: attempt.adviser_id,
			created_at: nowIso()
		})
		.execute();
	await db.updateTable('attempts').set({ session_id: id }).where('id', '=', attemptId).execute();
	return id;
}
