/**
 * The zod schemas of the exercise contract, for the server: configs and the event log. Kept
 * apart from `contract.ts` so that the kiosk bundle never loads zod.
 */
import { z } from 'zod';
import { EVENT_TYPE_PATTERN, PHASES, THEMES, type ContentText, type Theme } from './contract';
import { MAX_PRACTICE_ROUNDS } from './phased-machine';

export const themeSchema = z.enum(THEMES) satisfies z.ZodType<Theme>;

/** A content text, in every language the kiosk offers (`ContentText`). */
export const contentTextSchema = z.object({
	fr: z.string().min(1),
	en: z.string().min(1)
}) satisfies z.ZodType<ContentText>;

/** Fields every exercise configuration has; each exercise adds its own and its defaults. */
export const baseConfigShape = {
	theme: themeSchema,
	/** 1 to 3: changes counts, speed and distractors. */
	difficulty: z.int().min(1).max(3).default(2),
	/** Duration of the timed part (épreuve), before the person's time multiplier. */
	durationSeconds: z.int().min(30).max(3600),
	itemCount: z.int().min(1).max(1000)
};

export const runEventSchema = z.object({
	seq: z.int().min(0),
	t: z.number().finite().min(0),
	type: z.string().max(40).regex(EVENT_TYPE_PATTERN),
	data: z.record(z.string(), z.unknown())
});

/**
 * Events the engine itself logs for every exercise. Stimulus onsets are stamped when the frame
 * showing the stimulus is presented; `method` says how that moment was obtained.
 */
export const engineEventSchemas = {
	'phase.started': z.strictObject({ phase: z.enum(PHASES) }),
	'stimulus.shown': z.strictObject({
		key: z.string().max(80),
		method: z.enum(['element-timing', 'raf'])
	}),
	'focus.lost': z.strictObject({}),
	'focus.gained': z.strictObject({}),
	'visibility.hidden': z.strictObject({}),
	'visibility.visible': z.strictObject({}),
	'inactivity.prompt': z.strictObject({}),
	'inactivity.answered': z.strictObject({}),
	'inactivity.paused': z.strictObject({}),
	/** The adviser paused the person (a break): the exercise stops until they resume it. */
	'run.paused': z.strictObject({ by: z.enum(['adviser']) }),
	/** After a reload, the person's own pause (inactivity) or the adviser's. */
	'run.resumed': z.strictObject({ after: z.enum(['reload', 'pause', 'adviser']) }),
	'time.up': z.strictObject({}),
	/** Practice started again (once): `round` is the new one. */
	'practice.repeated': z.strictObject({ round: z.int().min(2).max(MAX_PRACTICE_ROUNDS) })
} as const;

export type EventSchemas = Record<string, z.ZodType<Record<string, unknown>>>;

/** What the server needs to validate an exercise's configs, payloads and log entries. */
export interface ExerciseSchemas<C = unknown, P = unknown> {
	/** Validates a campaign's config and fills defaults. */
	configSchema: z.ZodType<C, unknown>;
	themes: readonly Theme[];
	/** What the kiosk receives to run the exercise: items to show, never their answers. */
	payloadSchema: z.ZodType<P>;
	/** Data schema of each entry type the machine logs (engine entries are added by the engine). */
	eventSchemas: EventSchemas;
}
