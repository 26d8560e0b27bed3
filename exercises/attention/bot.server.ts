/**
 * A person at the inspection station, of a skill from 0 (rejects at random) to 1 (never wrong):
 * the attention exercise's bot, played on its real machine by the toolkit (`$lib/engine/bot`).
 */
import type { BotMove, BotPerson, ExerciseBot } from '$lib/engine/bot';
import { stationTexts } from './content';
import type { AttentionEvent, machine } from './machine';

const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));

/** At skill 0, defects and good products are rejected alike (d′ ≈ 0). */
const GUESS = 0.25;

/** Whether they reject what they see; vigilance wanes over the épreuve (progress 0 → 1). */
function rejects({ skill: s, rng }: BotPerson, isDefect: boolean, progress: number): boolean {
	return rng.chance(
		isDefect ? GUESS + (1 - GUESS) * s * (1 - 0.5 * (1 - s) * progress) : GUESS * (1 - s) ** 2
	);
}

/** 350–900 ms from the onset, faster and steadier with skill. */
function responseTime({ skill: s, rng }: BotPerson): number {
	const spread = (rng.next() + rng.next() + rng.next() - 1.5) * (120 + 140 * (1 - s));
	return clamp(430 + 200 * (1 - s) + spread, 350, 900);
}

const move = (
	delayMs: number,
	event: BotMove<AttentionEvent>['event']
): BotMove<AttentionEvent> => ({ delayMs, event });

export const attentionBot: ExerciseBot<typeof machine> = {
	quickConfig: { durationSeconds: 30, itemCount: 60 },
	readsInstructionsMs: [15_000, 40_000],
	practisesAgain: (skill) => 0.5 * (1 - skill),
	next(snapshot, person) {
		const { rng } = person;
		const context = snapshot.context;
		if (snapshot.matches({ entrainement: 'item' })) {
			const item = context.practice[context.practiceIndex]!;
			return rejects(person, item.defect !== null, 0)
				? move(responseTime(person), { type: 'item.reject' })
				: null;
		}
		if (snapshot.matches({ entrainement: 'feedback' }))
			return move(rng.int(2_000, 5_000), { type: 'feedback.continue' });
		if (snapshot.matches('epreuve')) {
			// Tapped already: now and then a second tap on the same product.
			if (context.rejected)
				return rng.chance(0.04) ? move(rng.int(120, 250), { type: 'item.reject' }) : null;
			// What they see: a product that does not look like the reference.
			const { look } = context.items[context.itemIndex]!;
			const defective = Object.values(look).some((part) => part !== 'ok');
			return rejects(person, defective, context.itemIndex / context.items.length)
				? move(responseTime(person), { type: 'item.reject' })
				: null;
		}
		return null;
	},
	control: (event, { locale, t }) =>
		event.type === 'item.reject' ? stationTexts.reject[locale] : t('kiosk.continue'),
	stimulus(snapshot) {
		const context = snapshot.context;
		const item = snapshot.matches('entrainement')
			? context.practice[context.practiceIndex]
			: snapshot.matches('epreuve')
				? context.items[context.itemIndex]
				: undefined;
		if (!item || snapshot.matches({ entrainement: 'done' })) return null;
		// Each presentation is a new element (`{#key presentation}` in the station).
		return { key: item.key, showing: String(context.presentation) };
	}
};
