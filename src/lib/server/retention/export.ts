import type { Db } from '../db';
import { audit } from '../audit/log';
import { nowIso } from '../ids';

const json = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/**
 * Everything Habile holds about one candidate, as they may ask for it (right of access and to
 * portability): identity, the campaign applied to, each attempt with its accommodations,
 * consent, runs (with the kiosk's event log and the score), the adviser's decisions, and the
 * hiring steps. Nothing about other people: no staff names or ids, no tutor's name (only their
 * role), no other candidate.
 */
export async function candidateData(db: Db, campaignId: string, personId: string) {
	const person = await db
		.selectFrom('persons as p')
		.innerJoin('campaigns as c', 'c.id', 'p.campaign_id')
		.innerJoin('companies as co', 'co.id', 'c.company_id')
		.leftJoin('identities as i', 'i.person_id', 'p.id')
		.select([
			'p.id',
			'p.code',
			'p.created_at',
			'p.retention',
			'p.retention_at',
			'c.job_title',
			'c.place',
			'c.contract_type',
			'co.name as company',
			'i.first_name',
			'i.last_name',
			'i.phone',
			'i.email'
		])
		.where('p.id', '=', personId)
		.where('p.campaign_id', '=', campaignId)
		.where('p.kind', '=', 'candidate')
		.executeTakeFirst();
	if (!person) return null;
	const attempts = await db
		.selectFrom('attempts as a')
		.leftJoin('sessions as s', 's.id', 'a.session_id')
		.select([
			'a.id',
			'a.kiosk_code',
			'a.status',
			'a.consent',
			'a.consent_at',
			'a.accommodations',
			'a.preferences',
			'a.created_at',
			'a.started_at',
			'a.finished_at',
			'a.paused_ms',
			'a.retest_override',
			's.starts_at as session_starts_at',
			's.place as session_place'
		])
		.where('a.person_id', '=', personId)
		.orderBy('a.created_at')
		.execute();
	return {
		person: {
			id: person.id,
			code: person.code,
			registeredAt: person.created_at,
			retention: person.retention,
			retentionAgreedAt: person.retention_at
		},
		identity: person.first_name
			? {
					firstName: person.first_name,
					lastName: person.last_name,
					phone: person.phone,
					email: person.email
				}
			: null,
		campaign: {
			jobTitle: person.job_title,
			company: person.company,
			place: person.place,
			contractType: person.contract_type
		},
		attempts: await Promise.all(attempts.map((a) => attemptData(db, a)))
	};
}

export type CandidateData = NonNullable<Awaited<ReturnType<typeof candidateData>>>;

async function attemptData(
	db: Db,
	a: {
		id: string;
		kiosk_code: string;
		status: string;
		consent: string;
		consent_at: string | null;
		accommodations: string;
		preferences: string | null;
		created_at: string;
		started_at: string | null;
		finished_at: string | null;
		paused_ms: number;
		retest_override: string | null;
		session_starts_at: string | null;
		session_place: string | null;
	}
) {
	const [runs, events, decisions, interview, outcomes, tutor, checkpoints, ended, placements] =
		await Promise.all([
			db
				.selectFrom('runs as r')
				.innerJoin('battery_exercises as be', 'be.id', 'r.battery_exercise_id')
				.leftJoin('scores as sc', 'sc.run_id', 'r.id')
				.select([
					'r.id',
					'r.position',
					'r.status',
					'r.started_at',
					'r.deadline_at',
					'r.finished_at',
					'r.config',
					'be.exercise_id',
					'be.habilete',
					'sc.raw',
					'sc.max',
					'sc.subscores',
					'sc.items',
					'sc.flags',
					'sc.computed_at'
				])
				.where('r.attempt_id', '=', a.id)
				.orderBy('r.position')
				.execute(),
			db
				.selectFrom('run_events as e')
				.innerJoin('runs as r', 'r.id', 'e.run_id')
				.select(['e.run_id', 'e.seq', 'e.t', 'e.type', 'e.data', 'e.received_at', 'e.late'])
				.where('r.attempt_id', '=', a.id)
				.orderBy('e.run_id')
				.orderBy('e.seq')
				.execute(),
			db
				.selectFrom('decisions')
				.select(['decision', 'reason', 'note', 'decided_at'])
				.where('attempt_id', '=', a.id)
				.orderBy('decided_at')
				.execute(),
			db
				.selectFrom('interviews')
				.select(['starts_at', 'place'])
				.where('attempt_id', '=', a.id)
				.executeTakeFirst(),
			db
				.selectFrom('outcomes')
				.select(['outcome', 'details', 'recorded_at'])
				.where('attempt_id', '=', a.id)
				.execute(),
			db
				.selectFrom('tutors')
				.select(['role', 'named_at'])
				.where('attempt_id', '=', a.id)
				.executeTakeFirst(),
			db
				.selectFrom('checkpoints')
				.select(['day', 'respondent', 'answer', 'note', 'answered_at'])
				.where('attempt_id', '=', a.id)
				.orderBy('day')
				.orderBy('respondent')
				.execute(),
			db
				.selectFrom('contract_breaks')
				.select(['ended_on', 'reason', 'note'])
				.where('attempt_id', '=', a.id)
				.executeTakeFirst(),
			db
				.selectFrom('placements')
				.select(['code', 'recorded_at'])
				.where('attempt_id', '=', a.id)
				.execute()
		]);
	return {
		id: a.id,
		kioskCode: a.kiosk_code,
		status: a.status,
		consent: a.consent,
		consentAt: a.consent_at,
		accommodations: json(a.accommodations),
		preferences: json(a.preferences),
		registeredAt: a.created_at,
		startedAt: a.started_at,
		finishedAt: a.finished_at,
		pausedMs: a.paused_ms,
		/** Registered within the retest interval: the adviser's reason. */
		retestOverride: a.retest_override,
		session: a.session_starts_at ? { startsAt: a.session_starts_at, place: a.session_place } : null,
		runs: runs.map((r) => ({
			id: r.id,
			position: r.position,
			exercise: r.exercise_id,
			habilete: r.habilete,
			status: r.status,
			startedAt: r.started_at,
			deadlineAt: r.deadline_at,
			finishedAt: r.finished_at,
			config: json(r.config),
			score:
				r.raw === null
					? null
					: {
							raw: r.raw,
							max: r.max,
							subscores: json(r.subscores),
							items: json(r.items),
							flags: json(r.flags),
							computedAt: r.computed_at
						},
			events: events
				.filter((e) => e.run_id === r.id)
				.map((e) => ({
					seq: e.seq,
					t: e.t,
					type: e.type,
					data: json(e.data),
					receivedAt: e.received_at,
					late: Boolean(e.late)
				}))
		})),
		decisions: decisions.map((d) => ({
			decision: d.decision,
			reason: d.reason,
			note: d.note,
			decidedAt: d.decided_at
		})),
		interview: interview ? { startsAt: interview.starts_at, place: interview.place } : null,
		outcomes: outcomes.map((o) => ({
			outcome: o.outcome,
			details: json(o.details),
			recordedAt: o.recorded_at
		})),
		tutor: tutor ? { role: tutor.role, namedAt: tutor.named_at } : null,
		checkpoints: checkpoints.map((c) => ({
			day: c.day,
			respondent: c.respondent,
			answer: c.answer,
			note: c.note,
			answeredAt: c.answered_at
		})),
		contractBreak: ended
			? { endedOn: ended.ended_on, reason: ended.reason, note: ended.note }
			: null,
		placements: placements.map((p) => ({ code: p.code, recordedAt: p.recorded_at }))
	};
}

/** The export file: a header naming the format, then the candidate's data. */
export interface CandidateExport extends CandidateData {
	format: 'habile.candidate-export';
	version: 1;
	exportedAt: string;
}

/**
 * A candidate of the campaign's data as an export file (null when the person is not one of its
 * candidates); audited, by ids only (the actor is the adviser, or null from the command line).
 */
export async function exportCandidate(
	db: Db,
	actorId: string | null,
	campaignId: string,
	personId: string,
	now = new Date()
): Promise<CandidateExport | null> {
	const data = await candidateData(db, campaignId, personId);
	if (!data) return null;
	await audit(
		db,
		{
			actorId,
			action: 'person.exported',
			subjectType: 'person',
			subjectId: personId,
			details: { campaignId }
		},
		now
	);
	return { format: 'habile.candidate-export', version: 1, exportedAt: nowIso(now), ...data };
}
