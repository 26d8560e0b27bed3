import type { HabileteId } from '$lib/domain/habiletes';
import { utcToZoned } from '$lib/domain/time';
import type { Db } from '../db';
import { audit } from '../audit/log';
import { createUser } from '../auth/users';
import { newId, nowIso } from '../ids';
import { createBatteryVersion } from '../campaigns/battery';
import { registerPerson } from '../kiosk/attempts';
import type { SessionUser } from '../auth/sessions';
import type { DecisionInput } from '$lib/domain/shortlist';
import { shortlistedAttempt } from '../hiring/access';
import { answerCheckpoint, nameTutor, recordOutcome, scheduleInterview } from '../hiring/hiring';
import { recordDecision } from '../results/decisions';
import { campaignResults } from '../results/results';
import {
	candidateSchema,
	closeSession,
	createSession,
	getSession,
	registerCandidate
} from '../sessions/sessions';
import {
	nobodyFails,
	saveThresholds,
	thresholdsView,
	type ThresholdInput,
	type ThresholdLine
} from '../calibration/thresholds';
import { seedEvidenceDemo } from './evidence';
import { simulateAttempt } from './simulate';
import { registeredExercise, registeredExercises } from '$exercises/registry.server';

/** The demo accounts, printed by `npm start` and `seed-demo`. Demo data only. */
export const DEMO_PASSWORD = 'demo-habile-2026';
export const DEMO_ACCOUNTS = [
	{ role: 'admin', email: 'admin@habile.demo', name: 'Camille Durand' },
	{ role: 'adviser', email: 'conseiller@habile.demo', name: 'Nadia Benali' },
	{ role: 'employer', email: 'employeur@habile.demo', name: 'Julien Roche' }
] as const;

const PICKER_ANALYSIS: { habilete: HabileteId; note: string }[] = [
	{
		habilete: 'consignes',
		note: 'Chaque commande suit une procédure : emplacement, référence, quantité, règles de sécurité pour les charges lourdes et les produits fragiles.'
	},
	{
		habilete: 'attention',
		note: 'Vérifier références et quantités pendant toute la journée, sans relâcher la vigilance en fin de poste.'
	},
	{
		habilete: 'tension',
		note: 'Pics de commandes avant le départ des camions (10 h et 16 h) : garder la qualité quand le rythme accélère.'
	},
	{
		habilete: 'espace',
		note: 'Construire des palettes stables : se représenter le volume des colis et leur place sur la palette.'
	},
	{
		habilete: 'equipe',
		note: 'Travail en binôme avec les caristes et les autres préparateurs : se passer les informations, s’entraider lors des pics.'
	}
];

const CLEANER_ANALYSIS: { habilete: HabileteId; note: string }[] = [
	{
		habilete: 'consignes',
		note: 'Protocoles de nettoyage et de dosage des produits, règles d’hygiène en milieu de soin.'
	},
	{ habilete: 'organiser', note: 'Planifier sa tournée de locaux dans le temps imparti.' },
	{
		habilete: 'relation-service',
		note: 'Échanger avec les occupants des locaux, répondre poliment aux demandes.'
	},
	{ habilete: 'initiative', note: 'Signaler ou traiter seul un incident (fuite, matériel cassé).' }
];

export interface DemoSeedResult {
	seeded: boolean;
	accounts: typeof DEMO_ACCOUNTS;
	password: string;
}

/** True when the database holds no account at all (a fresh install). */
export async function isEmpty(db: Db): Promise<boolean> {
	const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
	return !row;
}

/**
 * Creates a lived-in demo: an agency, its admin, adviser and employer, two companies, and a
 * campaign for each (an order picker job with its job analysis, and a cleaning job at another
 * company that the demo employer must not see). Does nothing if the demo accounts exist.
 */
export async function seedDemo(db: Db, now = new Date()): Promise<DemoSeedResult> {
	const existing = await db
		.selectFrom('users')
		.select('id')
		.where('email', '=', DEMO_ACCOUNTS[1].email)
		.executeTakeFirst();
	if (existing) return { seeded: false, accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD };

	const at = nowIso(now);
	const agencyId = newId();
	const warehouseId = newId();
	const cleaningId = newId();
	await db
		.insertInto('agencies')
		.values({ id: agencyId, name: 'Agence de Lyon Sud (démo)', created_at: at })
		.execute();
	await db
		.insertInto('companies')
		.values([
			{ id: warehouseId, agency_id: agencyId, name: 'Entrepôts du Rhône', created_at: at },
			{ id: cleaningId, agency_id: agencyId, name: 'Net’Services', created_at: at }
		])
		.execute();

	const ids: Record<string, string> = {};
	for (const account of DEMO_ACCOUNTS) {
		const result = await createUser(
			db,
			{
				...account,
				password: DEMO_PASSWORD,
				agencyId: account.role === 'admin' ? null : agencyId,
				companyId: account.role === 'employer' ? warehouseId : null,
				locale: 'fr'
			},
			null,
			now
		);
		if (!result.ok) throw new Error(`Demo account ${account.email} could not be created`);
		ids[account.role] = result.user.id;
	}

	const pickerId = await createDemoCampaign(db, {
		agencyId,
		companyId: warehouseId,
		adviserId: ids.adviser!,
		jobTitle: 'Préparateur / préparatrice de commandes',
		romeCode: 'N1103',
		posts: 8,
		contractType: 'cdi',
		place: 'Saint-Priest (69)',
		analysis: PICKER_ANALYSIS,
		at
	});
	await createDemoCampaign(db, {
		agencyId,
		companyId: cleaningId,
		adviserId: ids.adviser!,
		jobTitle: 'Agent / agente de propreté en milieu hospitalier',
		romeCode: 'K2204',
		posts: 4,
		contractType: 'cdd',
		place: 'Lyon 8e',
		analysis: CLEANER_ANALYSIS,
		at
	});
	const batteryVersionId = await createBatteryVersion(db, pickerId, DEMO_BATTERY, now);
	await calibrateDemo(db, pickerId, batteryVersionId, now);
	await setDemoThresholds(db, pickerId, ids.adviser!, now);
	await demoSessions(db, pickerId, ids.adviser!, ids.employer!, now);
	await seedEvidenceDemo(
		db,
		{
			agencyId,
			companyId: warehouseId,
			adviser: await sessionUserOfId(db, ids.adviser!),
			employer: await sessionUserOfId(db, ids.employer!)
		},
		now
	);
	await audit(
		db,
		{ actorId: null, action: 'demo.seeded', subjectType: 'agency', subjectId: agencyId },
		now
	);
	return { seeded: true, accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD };
}

/** The demo battery: every registered exercise that declares its demo settings, in order. */
const DEMO_BATTERY = registeredExercises().flatMap(({ definition, server }) =>
	server.demo ? [{ exerciseId: definition.id, config: server.demo.config }] : []
);

const DEMO_KIOSK_CODES = 3;

/** Twelve employees of the warehouse, from beginners to experts, with their supervisor's view. */
const DEMO_EMPLOYEES = [0.35, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

async function calibrateDemo(
	db: Db,
	campaignId: string,
	batteryVersionId: string,
	now: Date
): Promise<void> {
	for (const [i, skill] of DEMO_EMPLOYEES.entries()) {
		const employee = await registerPerson(
			db,
			{ campaignId, batteryVersionId, kind: 'calibration' },
			now
		);
		const rating = skill >= 0.7 ? 'confirme' : i % 2 === 0 ? 'en-progression' : null;
		await db
			.updateTable('persons')
			.set({ supervisor_rating: rating })
			.where('id', '=', employee.personId)
			.execute();
		await simulateAttempt(db, employee.attemptId, skill, 1000 + i, now);
	}
	await db
		.updateTable('campaigns')
		.set({ status: 'calibration' })
		.where('id', '=', campaignId)
		.execute();
}

/**
 * The adviser's decision on the demo battery: each threshold at the employees' 20th percentile
 * (rounded down to a whole score), following instructions eliminatory, every threshold needed;
 * then the calibration is validated, so that candidate sessions can be planned. Where that
 * threshold would fail nobody (many employees tied at the bottom), the adviser places it just
 * above the lowest employee score instead, and says so; if every employee has the same score,
 * the threshold is kept with the reason a threshold nobody fails needs.
 */
export function demoThreshold(line: Pick<ThresholdLine, 'suggestions' | 'totals'>): ThresholdInput {
	const p20 = Math.floor(line.suggestions[0]?.value ?? 0);
	const base = { method: 'percentile' as const, passAllReason: null };
	if (!nobodyFails(p20, line.totals))
		return {
			...base,
			position: 0,
			threshold: p20,
			reason: 'Quatre salariés de l’entrepôt sur cinq atteignent ce score.',
			eliminatory: false
		};
	const lowest = Math.min(...line.totals);
	const above = line.totals.filter((t) => t > lowest);
	if (above.length === 0)
		return {
			...base,
			position: 0,
			threshold: p20,
			reason: 'Tous les salariés ont le même score.',
			eliminatory: false,
			passAllReason: 'Exercice gardé pour le profil : il ne distingue pas les salariés.'
		};
	return {
		position: 0,
		threshold: Math.min(...above),
		method: 'judgement',
		reason:
			'Au 20e percentile, tous les salariés passaient : seuil placé au premier score au-dessus du plus bas.',
		eliminatory: false,
		passAllReason: null
	};
}

async function setDemoThresholds(db: Db, campaignId: string, adviserId: string, now: Date) {
	const view = (await thresholdsView(db, campaignId))!;
	const result = await saveThresholds(
		db,
		{ id: adviserId },
		campaignId,
		view.versionId,
		{
			lockVersion: view.lockVersion,
			rule: { kind: 'all' },
			lines: view.lines.map((line) => ({
				...demoThreshold(line),
				position: line.position,
				eliminatory: registeredExercise(line.exerciseId)?.server.demo?.eliminatory ?? false
			}))
		},
		{ freeze: true, now }
	);
	if (!result.ok) throw new Error(`Demo thresholds refused: ${result.reason}`);
}

const DAY = 86_400_000;
const dateOf = (d: Date) => d.toISOString().slice(0, 10);

/** A past session whose candidates went all the way, by skill; and one today, to try. */
const PAST_CANDIDATES = [
	{ firstName: 'Awa', lastName: 'Diallo', skill: 0.95, phone: '06 11 22 33 44' },
	{ firstName: 'Bruno', lastName: 'Lefèvre', skill: 0.85, email: 'bruno.lefevre@example.fr' },
	{ firstName: 'Chloé', lastName: 'Martin', skill: 0.8, phone: '07 55 44 33 22' },
	{ firstName: 'Dimitri', lastName: 'Petrov', skill: 0.55, email: 'd.petrov@example.fr' },
	{ firstName: 'Elif', lastName: 'Yilmaz', skill: 0.45, phone: '06 98 76 54 32', slower: true },
	{ firstName: 'Fatou', lastName: 'Sow', skill: 0.3, phone: '07 12 12 12 12' }
];
const NEXT_CANDIDATES = [
	{ firstName: 'Gabriel', lastName: 'Nguyen', phone: '06 20 30 40 50' },
	{ firstName: 'Hana', lastName: 'Benhamou', email: 'hana.b@example.fr' },
	{ firstName: 'Ibrahim', lastName: 'Keita', phone: '07 60 70 80 90' }
];

/**
 * The picker campaign's candidates: a session 60 days ago whose six candidates played the
 * battery (bots at varied skill); the adviser presented those who passed; the employer hired
 * Awa (day-7 check-point fine, a difficulty at day 30: an alert for the adviser) and has an
 * interview planned with Bruno; and a session today with three candidates whose kiosk codes
 * `npm start` prints (kiosk codes open on their session's day only).
 */
async function demoSessions(
	db: Db,
	campaignId: string,
	adviserId: string,
	employerId: string,
	now: Date
): Promise<void> {
	const adviser = await sessionUserOfId(db, adviserId);
	const employer = await sessionUserOfId(db, employerId);
	const ago = (days: number) => new Date(now.getTime() - days * DAY);
	const past = await createSession(
		db,
		adviser,
		campaignId,
		{ date: dateOf(ago(60)), time: '09:00', place: 'Agence de Lyon Sud, salle 2', capacity: 8 },
		ago(70)
	);
	if (!past.ok) throw new Error(`Demo session refused: ${past.reason}`);
	const pastSession = (await getSession(db, campaignId, past.sessionId))!;
	const attempts: string[] = [];
	for (const [i, c] of PAST_CANDIDATES.entries()) {
		const r = await registerCandidate(
			db,
			adviser,
			pastSession,
			candidateSchema.parse({ ...c, ...(c.slower && { timeMultiplier: '1.33' }) }),
			ago(65)
		);
		if (!r.ok) throw new Error(`Demo candidate refused: ${r.reason}`);
		const attempt = await db
			.selectFrom('attempts')
			.select('id')
			.where('person_id', '=', r.personId)
			.executeTakeFirstOrThrow();
		await simulateAttempt(db, attempt.id, c.skill, 2000 + i, ago(60));
		attempts.push(attempt.id);
	}
	await closeSession(db, adviser, pastSession, ago(60));
	const results = await campaignResults(db, campaignId, { sessionId: pastSession.id });
	for (const r of results) {
		const input: DecisionInput =
			r.status === 'admis'
				? { decision: 'present', reason: 'thresholds-met', note: 'Très à l’aise sur le tri.' }
				: r.status === 'incertain'
					? { decision: 'present', reason: 'uncertain-interview', note: 'Proche du seuil.' }
					: { decision: 'not-present', reason: 'threshold-not-met' };
		await recordDecision(db, adviser, campaignId, r.personId, input, ago(58));
	}
	const awa = await shortlistedAttempt(db, employer, attempts[0]!);
	if (awa) {
		await scheduleInterview(
			db,
			employer,
			awa,
			{ date: dateOf(ago(55)), time: '10:00', place: 'Entrepôt de Saint-Priest' },
			ago(57)
		);
		await recordOutcome(
			db,
			employer,
			awa,
			{ outcome: 'hired', contractType: 'cdi', startDate: dateOf(ago(50)) },
			ago(54)
		);
		await nameTutor(db, employer, awa, { name: 'Karim Benali', role: 'Chef d’équipe' }, ago(54));
		await answerCheckpoint(db, employer, awa, { day: 7, answer: 'ok' }, ago(42));
		await answerCheckpoint(
			db,
			adviser,
			{ ...awa },
			{ day: 7, answer: 'ok', note: 'Appel à Awa : contente.' },
			ago(42)
		);
		await answerCheckpoint(
			db,
			employer,
			awa,
			{ day: 30, answer: 'difficulty', note: 'Retards le matin (bus).' },
			ago(19)
		);
	}
	const bruno = await shortlistedAttempt(db, employer, attempts[1]!);
	if (bruno)
		await scheduleInterview(
			db,
			employer,
			bruno,
			{
				date: dateOf(new Date(now.getTime() + 2 * DAY)),
				time: '14:00',
				place: 'Entrepôt de Saint-Priest'
			},
			now
		);

	// Today's session (planned yesterday): its codes open on its day only.
	const next = await createSession(
		db,
		adviser,
		campaignId,
		{
			date: utcToZoned(now.toISOString()).date,
			time: '09:00',
			place: 'Agence de Lyon Sud, salle 2',
			capacity: 12
		},
		ago(1)
	);
	if (!next.ok) throw new Error(`Demo session refused: ${next.reason}`);
	const nextSession = (await getSession(db, campaignId, next.sessionId))!;
	for (const c of NEXT_CANDIDATES)
		await registerCandidate(db, adviser, nextSession, candidateSchema.parse(c), now);
}

async function sessionUserOfId(db: Db, id: string): Promise<SessionUser> {
	return db
		.selectFrom('users')
		.select(['id', 'email', 'name', 'role', 'agency_id', 'company_id', 'locale'])
		.where('id', '=', id)
		.executeTakeFirstOrThrow();
}

/** Kiosk codes of the demo campaign not used yet, to try the kiosk from `npm start`. */
export async function demoKioskCodes(db: Db): Promise<string[]> {
	const rows = await db
		.selectFrom('attempts as a')
		.innerJoin('persons as p', 'p.id', 'a.person_id')
		.innerJoin('campaigns as c', 'c.id', 'p.campaign_id')
		.innerJoin('users as u', 'u.id', 'c.adviser_id')
		.select('a.kiosk_code')
		.where('u.email', '=', DEMO_ACCOUNTS[1].email)
		.where('a.consent', '=', 'pending')
		.orderBy('a.created_at')
		.limit(DEMO_KIOSK_CODES)
		.execute();
	return rows.map((r) => r.kiosk_code);
}

async function createDemoCampaign(
	db: Db,
	c: {
		agencyId: string;
		companyId: string;
		adviserId: string;
		jobTitle: string;
		romeCode: string;
		posts: number;
		contractType: 'cdi' | 'cdd';
		place: string;
		analysis: { habilete: HabileteId; note: string }[];
		at: string;
	}
): Promise<string> {
	const id = newId();
	await db
		.insertInto('campaigns')
		.values({
			id,
			agency_id: c.agencyId,
			company_id: c.companyId,
			adviser_id: c.adviserId,
			job_title: c.jobTitle,
			rome_code: c.romeCode,
			posts: c.posts,
			contract_type: c.contractType,
			place: c.place,
			status: 'draft',
			created_at: c.at,
			updated_at: c.at
		})
		.execute();
	await db
		.insertInto('campaign_habiletes')
		.values(c.analysis.map((a, position) => ({ campaign_id: id, ...a, position })))
		.execute();
	return id;
}
