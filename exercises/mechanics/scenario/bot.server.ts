import type { BotMove, BotPerson, ExerciseBot } from '$lib/engine/bot';
import { currentTurn, type ScenarioEvent, type ScenarioMachine } from './machine';
import type { ScenarioContent } from './scenes.server';
import { VOICE_TEXTS } from './voice';

const move = (delayMs: number, event: BotMove<ScenarioEvent>['event']): BotMove<ScenarioEvent> => ({
	delayMs,
	event
});

/**
 * Picks a reply as a person of `skill` would: each reply weighs e^(5·skill·points), so that at 0
 * every reply is as likely and at 1 the full reply nearly always wins, a half-right one coming
 * second. (How good a reply is cannot be read from the screen the way a sorting rule can: the bot
 * stands for a person's judgment with the reply's keyed points.)
 */
function pick(points: number[], { skill, rng }: BotPerson): number {
	const weights = points.map((p) => Math.exp(5 * skill * p));
	let r = rng.next() * weights.reduce((a, b) => a + b, 0);
	for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) < 0) return i;
	return weights.length - 1;
}

/**
 * The bot of a scenario exercise, from its content (every theme): it reads the turn, taps a
 * reply (hearing it), now and then taps another before making up their mind, then confirms.
 */
export function scenarioBot(contents: readonly ScenarioContent[]): ExerciseBot<ScenarioMachine> {
	const scenes = new Map(contents.flatMap((c) => c.scenes.map((s) => [s.id, s])));
	/** The keyed points of the replies on screen, in their order. */
	const pointsOnScreen = (scene: string, other: string, replies: string[]) => {
		const turn = scenes.get(scene)?.turns.find((t) => t.other.fr === other);
		return replies.map((text) => turn?.replies.find((r) => r.text.fr === text)?.earns.length ?? 0);
	};
	return {
		quickConfig: { durationSeconds: 60 },
		readsInstructionsMs: [15_000, 25_000],
		practisesAgain: (skill) => 0.3 * (1 - skill),
		next(snapshot, person) {
			const { rng, skill } = person;
			const { payload, practiceIndex, chosen } = snapshot.context;
			// Reading a turn and its replies; quicker with skill.
			const reads = () => Math.max(1_200, (5_000 - 3_000 * skill) * (0.6 + 0.8 * rng.next()));
			if (snapshot.matches({ entrainement: 'feedback' }))
				return move(rng.int(1_500, 3_000), { type: 'feedback.continue' });
			let replies: { id: string }[];
			let points: number[];
			if (snapshot.matches({ entrainement: 'item' })) {
				const turn = payload.practice[practiceIndex]!;
				replies = turn.replies;
				points = turn.replies.map((r) => (r.id === turn.best ? 2 : 0));
			} else if (snapshot.matches('epreuve')) {
				const turn = currentTurn(snapshot.context);
				const scene = payload.scenarios[snapshot.context.itemIndex]!;
				replies = turn.replies;
				points = pointsOnScreen(
					scene.content,
					turn.other.fr,
					turn.replies.map((r) => r.text.fr)
				);
			} else return null;
			if (chosen === null)
				return move(reads(), { type: 'reply.choose', reply: replies[pick(points, person)]!.id });
			// Now and then, a second thought: another reply (hearing it too).
			if (rng.chance(0.1 * (1 - skill))) {
				const others = replies.flatMap((r, i) => (r.id === chosen ? [] : [i]));
				const other =
					others[
						pick(
							others.map((i) => points[i]!),
							person
						)
					]!;
				return move(rng.int(800, 2_000), { type: 'reply.choose', reply: replies[other]!.id });
			}
			return move(rng.int(500, 1_500), { type: 'reply.confirm' });
		},
		control: (event, { t }, snapshot) =>
			event.type === 'reply.choose'
				? new RegExp(`^${event.reply.toUpperCase()} `)
				: event.type === 'reply.confirm'
					? t(VOICE_TEXTS[snapshot.context.payload.voice].confirm)
					: t('kiosk.continue'),
		stimulus(snapshot) {
			const { payload, practiceIndex, itemIndex, turnId, practiceRound } = snapshot.context;
			if (
				snapshot.matches({ entrainement: 'item' }) ||
				snapshot.matches({ entrainement: 'feedback' })
			) {
				const key = payload.practice[practiceIndex]!.key;
				return { key, showing: `p${practiceRound}:${key}` };
			}
			if (snapshot.matches('epreuve')) {
				const scene = payload.scenarios[itemIndex];
				return scene ? { key: `${scene.key}.${turnId}`, showing: `${scene.key}.${turnId}` } : null;
			}
			return null;
		}
	};
}
