import { z } from 'zod';
import { contentTextSchema } from '$lib/engine/contract.schema';

/**
 * The scenario mechanic: the person meets someone at work (a customer, a colleague, a patient's
 * relative) in a few turns; at each turn the other side speaks, the person picks one of 3–4
 * replies (each read aloud on tap) and confirms it, and the other side reacts — the next turn
 * depends on the reply. Or, in the `seen` voice, the person works down a list and each turn is
 * what happens (a spill, a lost visitor), the replies actions. Used by `relation-service`,
 * `affirmer` and `initiative`, and meant for `negocier`, `manager` and `communiquer`: each gives
 * its own content, dimensions and scoring.
 *
 * What the kiosk receives is the branch graph only: the turns, the replies and which turn each
 * leads to. The points of each reply are the exercise's, on the server.
 */

const idSchema = z.string().regex(/^[a-z0-9-]+$/);

/** One reply as the kiosk shows it. `next`: the turn it leads to, null when the scene ends. */
export const replySchema = z.strictObject({
	id: idSchema,
	text: contentTextSchema,
	next: idSchema.nullable()
});

/** One turn: what the other side says (or does), and the replies offered. */
export const turnSchema = z.strictObject({
	id: idSchema,
	other: contentTextSchema,
	replies: z.array(replySchema).min(2).max(4)
});

/** One scene of the timed part: who the person meets and the turns it may go through. */
export const scenarioSchema = z.strictObject({
	/** Where it is in the run (`s0`, `s1`…): differs from one form to another. */
	key: z.string(),
	/** What it is, the same on every form (item analysis groups by it). */
	content: idSchema,
	/** Who comes, in a few words ("Une cliente pressée"). */
	who: contentTextSchema,
	start: idSchema,
	turns: z.array(turnSchema).min(1)
});

/** A practice turn carries its answer: practice gives feedback and is not scored. */
export const practiceTurnSchema = z.strictObject({
	key: z.string(),
	who: contentTextSchema,
	other: contentTextSchema,
	replies: z
		.array(z.strictObject({ id: idSchema, text: contentTextSchema }))
		.min(2)
		.max(4),
	best: idSchema,
	/** Why the best reply is best, in a few plain words. */
	why: contentTextSchema
});

/** The place, for the illustration: a shop counter, a care unit's desk, an office corridor… */
export const placeSchema = z.enum(['shop', 'care', 'workshop', 'warehouse', 'corridor']);

/**
 * How a turn reads: `said`, someone speaks to the person (a speech bubble, replies are what they
 * answer); `seen`, what happens as the person works down their list (replies are what they do).
 */
export const voiceSchema = z.enum(['said', 'seen']);

export const scenarioPayloadSchema = z.strictObject({
	place: placeSchema,
	voice: voiceSchema.default('said'),
	consigne: z.array(contentTextSchema).min(1).max(5),
	practice: z.array(practiceTurnSchema).min(1).max(4),
	scenarios: z.array(scenarioSchema).min(1)
});
export type ScenarioPayload = z.infer<typeof scenarioPayloadSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type Turn = z.infer<typeof turnSchema>;
export type PracticeTurn = z.infer<typeof practiceTurnSchema>;
export type Place = ScenarioPayload['place'];
export type Voice = ScenarioPayload['voice'];

/** Entries the scenario machine logs. */
export const scenarioEventSchemas = {
	/** A scene begins (its first turn): `index` is its place in the run. */
	'item.presented': z.strictObject({ item: z.string(), index: z.int().min(0) }),
	'turn.presented': z.strictObject({ item: z.string(), turn: idSchema }),
	/** A reply tapped (read aloud), not yet confirmed: the person may change their mind. */
	'reply.chosen': z.strictObject({ item: z.string(), turn: idSchema, reply: idSchema }),
	/** The reply confirmed, at the confirming press. */
	'turn.answered': z.strictObject({ item: z.string(), turn: idSchema, reply: idSchema }),
	'practice.answered': z.strictObject({ item: z.string(), reply: idSchema, correct: z.boolean() })
};
