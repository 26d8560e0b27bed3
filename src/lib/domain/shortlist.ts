import { z } from 'zod';

/** Present a candidate to the employer, or not. */
export const SHORTLIST_DECISIONS = ['present', 'not-present'] as const;
export const shortlistDecisionSchema = z.enum(SHORTLIST_DECISIONS);
export type ShortlistDecision = z.infer<typeof shortlistDecisionSchema>;

/**
 * Why an adviser decided as they did: a fixed list (so that decisions can be counted and
 * compared), each allowed for one decision or both; `other` needs a note.
 */
export const DECISION_REASONS = {
	'thresholds-met': ['present'],
	'uncertain-interview': ['present', 'not-present'],
	'threshold-not-met': ['not-present'],
	unavailable: ['not-present'],
	withdrew: ['not-present'],
	other: ['present', 'not-present']
} as const satisfies Record<string, readonly ShortlistDecision[]>;
export type DecisionReason = keyof typeof DECISION_REASONS;
export const DECISION_REASON_IDS = Object.keys(DECISION_REASONS) as [
	DecisionReason,
	...DecisionReason[]
];

/** The decision form: a decision, a reason allowed for it, an optional note (required for `other`). */
export const decisionSchema = z
	.object({
		decision: shortlistDecisionSchema,
		reason: z.enum(DECISION_REASON_IDS, { error: 'shortlist.reason.required' }),
		note: z.string().trim().max(1000, { error: 'form.tooLong' }).optional()
	})
	.check((ctx) => {
		const v = ctx.value;
		if (!(DECISION_REASONS[v.reason] as readonly string[]).includes(v.decision))
			ctx.issues.push({
				code: 'custom',
				input: v,
				path: ['reason'],
				message: 'shortlist.reason.mismatch'
			});
		if (v.reason === 'other' && !v.note)
			ctx.issues.push({
				code: 'custom',
				input: v,
				path: ['note'],
				message: 'shortlist.note.required'
			});
	});
export type DecisionInput = z.infer<typeof decisionSchema>;
