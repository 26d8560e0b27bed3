/**
 * The scenario mechanic's server half: content with its keyed points, its checks, the form a
 * seed draws (what the kiosk receives: the branch graph only), and the scoring.
 */
import { z } from 'zod';
import type { ContentText, RunEvent, ScoreResult } from '$lib/engine/contract';
import { contentTextSchema } from '$lib/engine/contract.schema';
import { createRng } from '$lib/engine/random';
import {
	placeSchema,
	voiceSchema,
	type PracticeTurn,
	type Scenario,
	type ScenarioPayload,
	type Place,
	type Voice
} from './types';

/** Reply ids are their letters on screen, in the order shown. */
export const REPLY_LETTERS = ['a', 'b', 'c', 'd'] as const;
/** Points of a turn: one for each of the two dimensions it engages. */
export const TURN_MAX = 2;

/** One reply as the exercise writes it, with what it earns. */
export interface ReplyContent {
	text: ContentText;
	/** The dimensions (of the two the turn engages) this reply satisfies: 1 point each. */
	earns: readonly string[];
	/** The turn it leads to (its id in the scene), absent when the scene ends with it. */
	next?: string;
	/** Offered from this difficulty on (a half-right reply: harder to tell apart). */
	from?: 2 | 3;
	/** Offered up to this difficulty (a plainly wrong reply: easier to rule out). */
	until?: 1 | 2;
}

export interface TurnContent {
	id: string;
	/** What the other side says or does. */
	other: ContentText;
	/** The two dimensions this turn engages. */
	engages: readonly [string, string];
	replies: readonly ReplyContent[];
}

export interface SceneContent {
	/** Unique across the exercise's themes: the item's content id. */
	id: string;
	who: ContentText;
	/** The first is where the scene starts. */
	turns: readonly TurnContent[];
}

export interface PracticeContent {
	who: ContentText;
	other: ContentText;
	replies: readonly { text: ContentText; best?: true }[];
	why: ContentText;
}

export interface ScenarioContent {
	place: Place;
	/** How the turns read (see `Voice`): `said` unless told. */
	voice?: Voice;
	consigne: readonly ContentText[];
	practice: readonly PracticeContent[];
	scenes: readonly SceneContent[];
}

/** The replies a turn offers at a difficulty, in the content's order. */
export function offered(turn: TurnContent, difficulty: number): ReplyContent[] {
	return turn.replies.filter(
		(r) => (r.from ?? 1) <= difficulty && (r.until ?? Infinity) >= difficulty
	);
}

/** How many turns every walk through the scene takes (the checks make them all equal). */
export function sceneDepth(scene: SceneContent): number {
	const byId = new Map(scene.turns.map((t) => [t.id, t]));
	let depth = 0;
	for (let turn = scene.turns[0]; turn; depth++) {
		const next = turn.replies.find((r) => r.next)?.next;
		turn = next ? byId.get(next) : undefined;
	}
	return depth;
}

/**
 * The content's schema for an exercise's dimensions: besides the shapes, a scene whose walks
 * differ in length, a turn whose best reply does not earn both its dimensions at some difficulty,
 * or a reply that earns outside its turn's would make scores unequal between paths: refused.
 */
export function scenarioContentSchema(dimensions: readonly [string, ...string[]]) {
	const dimension = z.enum(dimensions);
	const reply = z.strictObject({
		text: contentTextSchema,
		earns: z.array(dimension).max(2),
		next: z.string().optional(),
		from: z.union([z.literal(2), z.literal(3)]).optional(),
		until: z.union([z.literal(1), z.literal(2)]).optional()
	});
	const turn = z
		.strictObject({
			id: z.string().regex(/^[a-z0-9-]+$/),
			other: contentTextSchema,
			engages: z.tuple([dimension, dimension]),
			replies: z.array(reply).min(3).max(5)
		})
		.superRefine((t, ctx) => {
			if (t.engages[0] === t.engages[1]) ctx.addIssue({ code: 'custom', message: 'engages twice' });
			for (const r of t.replies)
				if (r.earns.some((d) => !t.engages.includes(d)))
					ctx.addIssue({ code: 'custom', message: `${t.id}: earns outside what it engages` });
			for (const difficulty of [1, 2, 3]) {
				const replies = offered(t, difficulty);
				if (replies.length < 3 || replies.length > REPLY_LETTERS.length)
					ctx.addIssue({ code: 'custom', message: `${t.id}: 3–4 replies at ${difficulty}` });
				if (!replies.some((r) => r.earns.length === TURN_MAX))
					ctx.addIssue({ code: 'custom', message: `${t.id}: no full reply at ${difficulty}` });
			}
		});
	const scene = z
		.strictObject({
			id: z.string().regex(/^[a-z0-9-]+$/),
			who: contentTextSchema,
			turns: z.array(turn).min(1).max(6)
		})
		.superRefine((s, ctx) => {
			const byId = new Map(s.turns.map((t) => [t.id, t]));
			if (byId.size !== s.turns.length) ctx.addIssue({ code: 'custom', message: 'turn ids' });
			// Every walk from the start has the same length, and no turn is met twice.
			const lengths = new Set<number>();
			const walk = (id: string, seen: string[]) => {
				const t = byId.get(id);
				if (!t || seen.includes(id))
					return ctx.addIssue({ code: 'custom', message: `${s.id}: bad next "${id}"` });
				for (const r of t.replies)
					if (r.next) walk(r.next, [...seen, id]);
					else lengths.add(seen.length + 1);
			};
			walk(s.turns[0]!.id, []);
			if (lengths.size > 1)
				ctx.addIssue({ code: 'custom', message: `${s.id}: walks of ${[...lengths]} turns` });
		});
	const practice = z.strictObject({
		who: contentTextSchema,
		other: contentTextSchema,
		replies: z
			.array(z.strictObject({ text: contentTextSchema, best: z.literal(true).optional() }))
			.min(3)
			.max(4)
			.refine((rs) => rs.filter((r) => r.best).length === 1, 'one best reply'),
		why: contentTextSchema
	});
	return z.strictObject({
		place: placeSchema,
		voice: voiceSchema.optional(),
		consigne: z.array(contentTextSchema).min(2).max(5),
		practice: z.array(practice).min(1).max(4),
		scenes: z
			.array(scene)
			.min(3)
			.refine((ss) => new Set(ss.map((s) => s.id)).size === ss.length, 'scene ids')
	});
}

/** One scene of a form, as the server reads its answers: what each id on screen stands for. */
export interface FormScene {
	scenario: Scenario;
	scene: SceneContent;
	/** The replies offered, by turn id on screen, then by letter. */
	replies: Map<string, Map<string, ReplyContent>>;
	turns: Map<string, TurnContent>;
}

export interface ScenarioForm {
	payload: ScenarioPayload;
	scenes: FormScene[];
}

/**
 * The form a seed draws (deterministic): every scene of the content, in an order the seed
 * chooses, each turn's replies in an order it chooses (their letters follow), turn ids that say
 * nothing (`t0`, `t1`… in a drawn order). Every form holds the same scenes and replies: forms
 * differ only in order, so they are parallel by construction.
 */
export function buildScenarioForm(
	content: ScenarioContent,
	{ difficulty, seed }: { difficulty: number; seed: number }
): ScenarioForm {
	const rng = createRng(seed);
	const scenes = rng.shuffle(content.scenes).map((scene, index): FormScene => {
		const ids = rng.shuffle(scene.turns.map((_, k) => `t${k}`));
		const idOf = new Map(scene.turns.map((t, k) => [t.id, ids[k]!]));
		const replies = new Map<string, Map<string, ReplyContent>>();
		const turns = new Map<string, TurnContent>();
		const shown = scene.turns.map((turn) => {
			const id = idOf.get(turn.id)!;
			const order = rng.shuffle(offered(turn, difficulty));
			replies.set(id, new Map(order.map((r, k) => [REPLY_LETTERS[k]!, r])));
			turns.set(id, turn);
			return {
				id,
				other: turn.other,
				replies: order.map((r, k) => ({
					id: REPLY_LETTERS[k]!,
					text: r.text,
					next: r.next ? idOf.get(r.next)! : null
				}))
			};
		});
		// Turns listed by their id on screen, so that the list's order says nothing either.
		shown.sort((a, b) => a.id.localeCompare(b.id));
		const scenario: Scenario = {
			key: `s${index}`,
			content: scene.id,
			who: scene.who,
			start: idOf.get(scene.turns[0]!.id)!,
			turns: shown
		};
		return { scenario, scene, replies, turns };
	});
	const practiceRng = createRng(seed ^ 0x2545f491);
	const practice = content.practice.map((p, i): PracticeTurn => {
		const order = practiceRng.shuffle(p.replies);
		return {
			key: `p${i}`,
			who: p.who,
			other: p.other,
			replies: order.map((r, k) => ({ id: REPLY_LETTERS[k]!, text: r.text })),
			best: REPLY_LETTERS[order.findIndex((r) => r.best)]!,
			why: p.why
		};
	});
	return {
		payload: {
			place: content.place,
			voice: content.voice ?? 'said',
			consigne: [...content.consigne],
			practice,
			scenarios: scenes.map((s) => s.scenario)
		},
		scenes
	};
}

/** A turn the person answered, as the server reads it: the content behind the ids on screen. */
export interface AnsweredTurn {
	/** The scene (its content), and its key in the run. */
	scene: SceneContent;
	item: string;
	turn: TurnContent;
	/** How many turns of the scene came before it (0: the scene's first). */
	depth: number;
	reply: ReplyContent;
}

/**
 * The turns answered in a run, scene by scene in the form's order, each in the order answered. A
 * turn answered twice (a resume) counts once, the first time; an id the form does not hold (a
 * tampered log) counts for nothing.
 */
export function answeredTurns(form: ScenarioForm, events: RunEvent[]): AnsweredTurn[] {
	const answers = new Map<string, Map<string, string>>();
	for (const e of events) {
		if (e.type !== 'turn.answered') continue;
		const { item, turn, reply } = e.data as { item: string; turn: string; reply: string };
		const byTurn = answers.get(item) ?? new Map<string, string>();
		if (!byTurn.has(turn)) byTurn.set(turn, reply);
		answers.set(item, byTurn);
	}
	return form.scenes.flatMap(({ scenario, scene, replies, turns }) => {
		const answered: AnsweredTurn[] = [];
		for (const [turnId, letter] of answers.get(scenario.key) ?? []) {
			const reply = replies.get(turnId)?.get(letter);
			const turn = turns.get(turnId);
			if (reply && turn)
				answered.push({ scene, item: scenario.key, turn, depth: answered.length, reply });
		}
		return answered;
	});
}

/**
 * The score of a run on its form: each scene is an item worth 2 points a turn (every walk takes
 * the same number of turns), each reply earning a point for each dimension it satisfies; for
 * each dimension, the points earned of the turns met that engage it. A scene the time cut short
 * counts what was answered and is unreached for reliability.
 */
export function scoreScenario(
	form: ScenarioForm,
	events: RunEvent[],
	dimensions: readonly string[],
	/** An exercise's own subscores, from the same turns answered. */
	more?: (turns: readonly AnsweredTurn[]) => Record<string, number | null>
): ScoreResult {
	const answered = answeredTurns(form, events);
	const dims = Object.fromEntries(dimensions.map((d) => [d, { got: 0, of: 0 }]));
	for (const { turn, reply } of answered)
		for (const d of turn.engages) {
			dims[d]!.of += 1;
			if (reply.earns.includes(d)) dims[d]!.got += 1;
		}
	const items = form.scenes.map(({ scenario, scene }) => {
		const mine = answered.filter((a) => a.item === scenario.key);
		const depth = sceneDepth(scene);
		return {
			key: scenario.key,
			content: scene.id,
			score: mine.reduce((sum, a) => sum + a.reply.earns.length, 0),
			max: TURN_MAX * depth,
			reached: mine.length === depth
		};
	});
	const subscores: Record<string, number | null> = {};
	for (const d of dimensions) {
		subscores[d] = dims[d]!.of ? dims[d]!.got : null;
		subscores[`${d}Max`] = dims[d]!.of;
	}
	subscores.scenes = items.filter((i) => i.reached).length;
	if (more) Object.assign(subscores, more(answered));
	const raw = items.reduce((sum, i) => sum + i.score, 0);
	return {
		raw,
		max: items.reduce((sum, i) => sum + i.max, 0),
		subscores,
		items,
		flags: events.some((e) => e.type === 'turn.answered') ? [] : ['no-response']
	};
}
