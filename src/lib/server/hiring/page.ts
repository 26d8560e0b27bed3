import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { zonedDate } from '$lib/domain/time';
import type { z } from 'zod';
import type { Role } from '$lib/domain/records';
import type { MessageKey } from '$lib/i18n';
import { requireRole } from '../auth/guard';
import type { SessionUser } from '../auth/sessions';
import { database } from '../db/instance';
import { formOf, parseForm } from '../forms';
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

/** The pages that show a follow-up: the employer's and the adviser's. */
type FollowUpRole = Extract<Role, 'employer' | 'adviser'>;

/**
 * The user (of the page's role) and the shortlisted candidate of the URL, if this user may see
 * them; otherwise a 404.
 */
async function attemptOr404(
	locals: App.Locals,
	role: FollowUpRole,
	attemptId: string
): Promise<{ user: SessionUser; a: HiringAttempt }> {
	const user = requireRole(locals, role);
	const a = await shortlistedAttempt(database(), user, attemptId);
	if (!a) error(404, { message: 'Candidat introuvable.' });
	return { user, a };
}

/**
 * What the candidate's follow-up page shows, for an employer of the company or an adviser of the
 * agency: the candidate as the employer sees them (showing the identity is audited), and every
 * step after the shortlist.
 */
export async function loadFollowUp({ locals, params }: Event, role: FollowUpRole) {
	const { user, a } = await attemptOr404(locals, role, params.attemptId);
	const db = database();
	const campaign = (await getCampaign(db, user, a.campaignId))!;
	// Only the candidate shown: reading (and auditing) the whole shortlist grew with the campaign.
	const [candidate] = await employerShortlist(
		db,
		user,
		{ id: campaign.id, shareScores: campaign.shareScores },
		new Date(),
		{ attemptId: a.attemptId }
	);
	// No longer presented since attemptOr404 read it.
	if (!candidate) error(404, { message: 'Candidat introuvable.' });
	return {
		campaign,
		candidate,
		personId: a.personId,
		followUp: await followUp(db, a.attemptId),
		reasons: NOT_RETAINED_REASONS,
		breakReasons: BREAK_REASONS,
		today: zonedDate()
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
	role: FollowUpRole,
	schema: S,
	run: (user: SessionUser, a: HiringAttempt, data: z.infer<S>) => Promise<{ ok: true } | Refusal>,
	done: string
) {
	return async (event: Event) => {
		const { user, a } = await attemptOr404(event.locals, role, event.params.attemptId);
		const form = parseForm(schema, await formOf(event.request, event.locals));
		if (!form.ok) return fail(400, { form: done, errors: form.errors, values: form.values });
		const result = await run(user, a, form.data);
		if (!result.ok)
			return fail(400, { form: done, message: REFUSALS[result.reason], values: form.values });
		return { done };
	};
}

/** The follow-up forms, shared by the employer's and the adviser's pages. */
export function followUpActions(role: FollowUpRole) {
	return {
		interview: action(
			role,
			interviewSchema,
			(user, a, data) => scheduleInterview(database(), user, a, data),
			'interview'
		),
		outcome: action(
			role,
			outcomeSchema,
			(user, a, data) => recordOutcome(database(), user, a, data),
			'outcome'
		),
		tutor: action(
			role,
			tutorSchema,
			(user, a, data) => nameTutor(database(), user, a, data),
			'tutor'
		),
		checkpoint: action(
			role,
			checkpointSchema,
			(user, a, data) => answerCheckpoint(database(), user, a, data),
			'checkpoint'
		),
		contractBreak: action(
			role,
			contractBreakSchema,
			(user, a, data) => recordContractBreak(database(), user, a, data),
			'contractBreak'
		)
	};
}

/** The adviser also records an entry into training for reporting. */
export async function trainingAction(event: Event) {
	const { user, a } = await attemptOr404(event.locals, 'adviser', event.params.attemptId);
	await recordTraining(database(), user, a.attemptId);
	return { done: 'training' };
}
