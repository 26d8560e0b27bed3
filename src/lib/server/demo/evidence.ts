import { registeredExercise } from '$exercises/registry.server';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { newId, nowIso } from '../ids';
import { createBatteryVersion } from '../campaigns/battery';
import { saveThresholds, thresholdsView } from '../calibration/thresholds';
import { shortlistedAttempt, type HiringAttempt } from '../hiring/access';
import {
	answerCheckpoint,
	recordContractBreak,
	recordOutcome,
	scheduleInterview,
	type OutcomeInput
} from '../hiring/hiring';
import { registerPerson } from '../kiosk/attempts';
import { recordDecision } from '../results/decisions';
import { campaignResults } from '../results/results';
import { purgeExpired } from '../retention/purge';
import {
	candidateSchema,
	closeSession,
	createSession,
	getSession,
	registerCandidate
} from '../sessions/sessions';
import { simulateAttempt } from './simulate';

const DAY = 86_400_000;
const dateOf = (d: Date) => d.toISOString().slice(0, 10);

/** The spring campaign's employees: skill and their supervisor's view (not always in line). */
const SPRING_EMPLOYEES: [number, 'confirme' | 'en-progression' | null][] = [
	[0.3, 'en-progression'],
	[0.4, 'en-progression'],
	[0.45, 'en-progression'],
	[0.5, 'confirme'],
	[0.55, 'en-progression'],
	[0.6, 'en-progression'],
	[0.65, null],
	[0.7, 'confirme'],
	[0.75, 'en-progression'],
	[0.8, 'confirme'],
	[0.85, 'confirme'],
	[0.9, 'confirme'],
	[0.95, 'confirme'],
	[0.6, 'confirme']
];

/**
 * The spring campaign's 24 candidates: skill, accommodations as the adviser recorded them
 * (time multiplier, instructions read aloud) and the language they chose on the tablet.
 */
const SPRING_CANDIDATES: {
	firstName: string;
	lastName: string;
	skill: number;
	time?: '1.33' | '1.5';
	spoken?: true;
	en?: true;
}[] = [
	{ firstName: 'Amina', lastName: 'Haddad', skill: 0.9 },
	{ firstName: 'Baptiste', lastName: 'Roux', skill: 0.85 },
	{ firstName: 'Célia', lastName: 'Moreau', skill: 0.8, time: '1.33' },
	{ firstName: 'David', lastName: 'Okafor', skill: 0.75, en: true },
	{ firstName: 'Emma', lastName: 'Girard', skill: 0.7 },
	{ firstName: 'Farid', lastName: 'Mansouri', skill: 0.65, spoken: true },
	{ firstName: 'Gaëlle', lastName: 'Fontaine', skill: 0.95 },
	{ firstName: 'Hugo', lastName: 'Lambert', skill: 0.5 },
	{ firstName: 'Inès', lastName: 'Carvalho', skill: 0.85, en: true },
	{ firstName: 'Jonas', lastName: 'Weber', skill: 0.6, time: '1.5', spoken: true },
	{ firstName: 'Kenza', lastName: 'Bouzid', skill: 0.8 },
	{ firstName: 'Léo', lastName: 'Marchand', skill: 0.4 },
	{ firstName: 'Maria', lastName: 'Popescu', skill: 0.7, en: true },
	{ firstName: 'Nicolas', lastName: 'Perrin', skill: 0.55, time: '1.33' },
	{ firstName: 'Oumar', lastName: 'Traoré', skill: 0.9, spoken: true },
	{ firstName: 'Pauline', lastName: 'Blanc', skill: 0.35 },
	{ firstName: 'Quentin', lastName: 'Faure', skill: 0.75, time: '1.33' },
	{ firstName: 'Rania', lastName: 'Saïdi', skill: 0.65, en: true },
	{ firstName: 'Samuel', lastName: 'Mendes', skill: 0.3, en: true },
	{ firstName: 'Tiphaine', lastName: 'Colin', skill: 0.85, spoken: true },
	{ firstName: 'Ugo', lastName: 'Rinaldi', skill: 0.6 },
	{ firstName: 'Valérie', lastName: 'Dumas', skill: 0.8, time: '1.5' },
	{ firstName: 'Wassim', lastName: 'Cherif', skill: 0.7, en: true, spoken: true },
	{ firstName: 'Yasmine', lastName: 'Aubert', skill: 0.45 }
];

export interface EvidenceDemoContext {
	agencyId: string;
	companyId: string;
	adviser: SessionUser;
	employer: SessionUser;
}

/**
 * An earlier campaign for the same job (same company, same ROME code), closed: calibrated by 14
 * employees with their supervisor's view, a session 150 days ago of 24 candidates (some with
 * extra time or instructions read aloud, some who chose English on the tablet); most of those
 * presented hired 140 days ago, their day-7, 30 and 90 check-points answered by both sides, and
 * five contracts ended in the trial period. The daily purge has since deleted those not
 * presented: only their anonymised counts remain. It gives the validity and fairness pages
 * something to show, and the open campaign's thresholds page evidence to revise from.
 */
export async function seedEvidenceDemo(
	db: Db,
	context: EvidenceDemoContext,
	now: Date
): Promise<string> {
	const ago = (days: number) => new Date(now.getTime() - days * DAY);
	const { adviser, employer } = context;
	const campaignId = newId();
	await db
		.insertInto('campaigns')
		.values({
			id: campaignId,
			agency_id: context.agencyId,
			company_id: context.companyId,
			adviser_id: adviser.id,
			job_title: 'Préparation de commandes (recrutement du printemps)',
			rome_code: 'N1103',
			posts: 10,
			contract_type: 'cdi',
			place: 'Saint-Priest (69)',
			status: 'draft',
			created_at: nowIso(ago(200)),
			updated_at: nowIso(ago(200))
		})
		.execute();
	await db
		.insertInto('campaign_habiletes')
		.values([
			{
				campaign_id: campaignId,
				habilete: 'consignes',
				note: 'Chaque commande suit un bon de préparation : quantités, emplacements, étiquetage.',
				position: 0
			},
			{
				campaign_id: campaignId,
				habilete: 'attention',
				note: 'Contrôler des colis pendant des heures sans laisser passer d’erreur.',
				position: 1
			}
		])
		.execute();
	const battery = [
		{ exerciseId: 'consignes', config: { theme: 'logistique', difficulty: 2, itemCount: 20 } },
		{ exerciseId: 'attention', config: { theme: 'industrie', difficulty: 2, durationSeconds: 120 } }
	].filter((e) => registeredExercise(e.exerciseId));
	const versionId = await createBatteryVersion(db, campaignId, battery, ago(195));
	for (const [i, [skill, rating]] of SPRING_EMPLOYEES.entries()) {
		const e = await registerPerson(
			db,
			{ campaignId, batteryVersionId: versionId, kind: 'calibration' },
			ago(190)
		);
		await db
			.updateTable('persons')
			.set({ supervisor_rating: rating })
			.where('id', '=', e.personId)
			.execute();
		await simulateAttempt(db, e.attemptId, skill, 5000 + i, ago(185));
	}
	const view = (await thresholdsView(db, campaignId))!;
	const saved = await saveThresholds(
		db,
		adviser,
		campaignId,
		view.versionId,
		{
			lockVersion: view.lockVersion,
			rule: { kind: 'all' },
			lines: view.lines.map((line) => ({
				position: line.position,
				threshold: Math.floor(line.suggestions[0]?.value ?? 0),
				method: 'percentile',
				reason: 'Quatre salariés de l’entrepôt sur cinq atteignent ce score.',
				eliminatory: line.exerciseId === 'consignes'
			}))
		},
		{ freeze: true, now: ago(180) }
	);
	if (!saved.ok) throw new Error(`Demo thresholds refused: ${saved.reason}`);

	const created = await createSession(
		db,
		adviser,
		campaignId,
		{ date: dateOf(ago(150)), time: '09:00', place: 'Agence de Lyon Sud, salle 1', capacity: 24 },
		ago(170)
	);
	if (!created.ok) throw new Error(`Demo session refused: ${created.reason}`);
	const session = (await getSession(db, campaignId, created.sessionId))!;
	const skillOf = new Map<string, number>();
	for (const [i, c] of SPRING_CANDIDATES.entries()) {
		const r = await registerCandidate(
			db,
			adviser,
			session,
			candidateSchema.parse({
				firstName: c.firstName,
				lastName: c.lastName,
				phone: `06 40 ${String(10 + i).padStart(2, '0')} 20 30`,
				...(c.time && { timeMultiplier: c.time }),
				...(c.spoken && { spokenInstructions: 'on' })
			}),
			ago(160)
		);
		if (!r.ok) throw new Error(`Demo candidate refused: ${r.reason}`);
		const attempt = await db
			.selectFrom('attempts')
			.select('id')
			.where('person_id', '=', r.personId)
			.executeTakeFirstOrThrow();
		await db
			.updateTable('attempts')
			.set({
				preferences: JSON.stringify({
					textSize: 'normal',
					highContrast: false,
					speech: c.spoken ?? false,
					locale: c.en ? 'en' : 'fr'
				})
			})
			.where('id', '=', attempt.id)
			.execute();
		await simulateAttempt(db, attempt.id, c.skill, 6000 + i, ago(150));
		skillOf.set(r.personId, c.skill);
	}
	await closeSession(db, adviser, session, ago(150));
	const results = await campaignResults(db, campaignId);
	for (const r of results)
		await recordDecision(
			db,
			adviser,
			campaignId,
			r.personId,
			r.status === 'non-admis'
				? { decision: 'not-present', reason: 'threshold-not-met' }
				: r.status === 'admis'
					? { decision: 'present', reason: 'thresholds-met' }
					: { decision: 'present', reason: 'uncertain-interview' },
			ago(148)
		);
	const presented = results
		.filter((r) => r.status !== 'non-admis')
		.sort((a, b) => skillOf.get(a.personId)! - skillOf.get(b.personId)!);
	const start = dateOf(ago(140));
	const hires: HiringAttempt[] = [];
	for (const [rank, r] of presented.entries()) {
		const a = (await shortlistedAttempt(db, employer, r.attemptId))!;
		await scheduleInterview(
			db,
			employer,
			a,
			{ date: dateOf(ago(146)), time: '10:00', place: 'Entrepôt de Saint-Priest' },
			ago(147)
		);
		// After the motivation interview, some are not retained and some withdraw.
		const outcome: OutcomeInput =
			rank % 4 === 1
				? { outcome: 'not-retained', reason: 'motivation' }
				: rank % 7 === 3
					? { outcome: 'withdrew' }
					: { outcome: 'hired', contractType: 'cdi', startDate: start };
		await recordOutcome(db, employer, a, outcome, ago(145));
		if (outcome.outcome === 'hired') hires.push(a);
	}
	for (const [rank, a] of hires.entries()) {
		// The weakest at the exercises leave more often and meet more difficulties; not always.
		const leaves = rank < 3 || rank === 5 || rank === 8;
		const difficulty = rank < 4 || rank === hires.length - 2;
		const days = leaves ? [7] : [7, 30, 90];
		for (const day of days)
			for (const who of [employer, adviser])
				await answerCheckpoint(
					db,
					who,
					a,
					{
						day: day as 7 | 30 | 90,
						answer: difficulty && day === days.at(-1) ? 'difficulty' : 'ok'
					},
					ago(139 - day)
				);
		if (leaves)
			await recordContractBreak(
				db,
				employer,
				a,
				{
					endedOn: dateOf(ago(120 - rank)),
					reason: rank % 2 ? 'trial-period-candidate' : 'trial-period-employer'
				},
				ago(119 - rank)
			);
	}
	await db
		.updateTable('campaigns')
		.set({ status: 'closed' })
		.where('id', '=', campaignId)
		.execute();
	// The purge since: the candidates not presented went three months after the session.
	await purgeExpired(db, now);
	return campaignId;
}
