import type { Db } from '../db';
import { createUser, type NewUserInput } from '../auth/users';
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

/** A run ready to receive events: campaign → battery version → exercise → person → attempt → run. */
export async function makeRun(
	db: Db
): Promise<{ runId: string; attemptId: string; campaignId: string }> {
	const agencyId = await makeAgency(db);
	const companyId = await makeCompany(db, agencyId);
	const adviser = await makeUser(db, { role: 'adviser', agencyId });
	const campaignId = await makeCampaign(db, { agencyId, companyId, adviserId: adviser.id });
	const at = nowIso();
	const batteryVersionId = newId();
	await db
		.insertInto('battery_versions')
		.values({
			id: batteryVersionId,
			campaign_id: campaignId,
			version: 1,
			rule: '{}',
			created_at: at
		})
		.execute();
	const batteryExerciseId = newId();
	await db
		.insertInto('battery_exercises')
		.values({
			id: batteryExerciseId,
			battery_version_id: batteryVersionId,
			position: 0,
			exercise_id: 'consignes',
			exercise_version: 1,
			habilete: 'consignes',
			config: '{}'
		})
		.execute();
	const personId = newId();
	await db
		.insertInto('persons')
		.values({
			id: personId,
			campaign_id: campaignId,
			kind: 'candidate',
			code: newId().slice(0, 8),
			supervisor_rating: null,
			created_at: at
		})
		.execute();
	const attemptId = newId();
	await db
		.insertInto('attempts')
		.values({
			id: attemptId,
			person_id: personId,
			battery_version_id: batteryVersionId,
			kind: 'candidate',
			kiosk_code: newId().slice(0, 8),
			accommodations: '{}',
			created_at: at
		})
		.execute();
	const runId = newId();
	await db
		.insertInto('runs')
		.values({
			id: runId,
			attempt_id: attemptId,
			battery_exercise_id: batteryExerciseId,
			position: 0
		})
		.execute();
	return { runId, attemptId, campaignId };
}
