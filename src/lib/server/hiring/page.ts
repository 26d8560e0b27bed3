import { error, fail, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import type { MessageKey } from '$lib/i18n';
import { database } from '../db/instance';
import { parseForm } from '../forms';
import { getCampaign } from '../campaigns/queries';
import { shortlistedAttempt, type HiringAttempt } from './access';
import {
	answerCheckpoint,
	BREAK_REASONS,
	checkpointSchema,
	contractBreakSchema,
	followUp,
	interviewSchema,
	nameTutor,
	NOT_RETAINED_REASONS,
	outcomeSchema,
	recordContractBreak,
	recordOutcome,
	recordTraining,
	scheduleInterview,
	tutorSchema,
	type Refusal
} from './hiring';
import { employerShortlist } from './shortlist';

type Event = RequestEvent<{ attemptId: string }>;

/** The shortlisted candidate of the URL, if this user may see them; otherwise a 404. */
export async function attemptOr404(locals: App.Locals, attemptId: string): Promise<HiringAttempt> {
	const a = await shortlistedAttempt(database(), locals.user!, attemptId);
	if (!a) error(404, { message: 'Candidat introuvable.' });
	return a;
}

/**
 * What the candidate's follow-up page shows, for an employer of the company or an adviser of the
 * agency: the candidate as the employer sees them (showing the identity is audited), and every
 * step after the shortlist.
 */
export async function loadFollowUp({ locals, params }: Event) {
	const db = database();
	const a = await attemptOr404(locals, params.attemptId);
	const campaign = (await getCampaign(db, locals.user!, a.campaignId))!;
	// Only the candidate shown: reading (and auditing) the whole shortlist grew with the campaign.
	const [candidate] = await employerShortlist(
		db,
		locals.user!,
		{ id: campaign.id, shareScores: campaign.shareScores },
		new Date(),
		{ attemptId: a.attemptId }
	);
	// No longer presented since attemptOr404 read it.
	if (!candidate) error(404, { message: 'Candidat introuvable.' });
	return {
		campaign,
		candidate,
		followUp: await followUp(db, a.attemptId),
		reasons: NOT_RETAINED_REASONS,
		breakReasons: BREAK_REASONS,
		today: new Date().toISOString().slice(0, 10)
	};
}

const REFUSALS: Record<string, MessageKey> = {
	past: 'hiring.refused.past',
	decided: 'hiring.refused.decided',
	'no-interview': 'hiring.refused.noInterview',
	'start-before-interview': 'hiring.refused.startBeforeInterview',
	'not-hired': 'hiring.refused.notHired',
	'not-yet': 'hiring.refused.notYet',
	answered: 'hiring.refused.answered',
	'before-start': 'hiring.refused.beforeStart'
};

/** One form action: access, validation (values kept), the service, its refusal as a message. */
function action<S extends z.ZodType>(
	schema: S,
	run: (a: HiringAttempt, data: z.infer<S>, event: Event) => Promise<{ ok: true } | Refusal>,
	done: string
) {
	return async (event: Event) => {
		const a = await attemptOr404(event.locals, event.params.attemptId);
		const form = parseForm(schema, await event.request.formData());
		if (!form.ok) return fail(400, { form: done, errors: form.errors, values: form.values });
		const result = await run(a, form.data, event);
		if (!result.ok)
			return fail(400, { form: done, message: REFUSALS[result.reason], values: form.values });
		return { done };
	};
}

/** The follow-up forms, shared by the employer's and the adviser's pages. */
export const followUpActions = {
	interview: action(
		interviewSchema,
		(a, data, { locals }) => scheduleInterview(database(), locals.user!, a, data),
		'interview'
	),
	outcome: action(
		outcomeSchema,
		(a, data, { locals }) => recordOutcome(database(), locals.user!, a, data),
		'outcome'
	),
	tutor: action(
		tutorSchema,
		(a, data, { locals }) => nameTutor(database(), locals.user!, a, data),
		'tutor'
	),
	checkpoint: action(
		checkpointSchema,
		(a, data, { locals }) => answerCheckpoint(database(), locals.user!, a, data),
		'checkpoint'
	),
	contractBreak: action(
		contractBreakSchema,
		(a, data, { locals }) => recordContractBreak(database(), locals.user!, a, data),
		'contractBreak'
	)
};

/** The adviser also records an entry into training for reporting. */
export async function trainingAction(event: Event) {
	const a = await attemptOr404(event.locals, event.params.attemptId);
	if (event.locals.user!.role !== 'adviser') error(403, { message: 'Réservé au conseiller.' });
	await recordTraining(database(), event.locals.user!, a.attemptId);
	return { done: 'training' };
}
