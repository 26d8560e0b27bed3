import type { BotMove, ExerciseBot } from '$lib/engine/bot';
import type { Rng } from '$lib/engine/random';
import type { SortingMachine, SortingEvent } from './machine';
import { correctBin } from './rules.server';
import type { BinId, SortingItem, SortingPayload } from './types';

/**
 * A person at the sorting station, of a skill from 0 (guesses) to 1 (never wrong, quick). They
 * read the rule card as it is shown: exceptions are harder than base rules, and the typical
 * mistake on an exception is to apply the base rule of the item's colour.
 */
function answer(payload: SortingPayload, item: SortingItem, skill: number, rng: Rng): BinId {
	const bins = payload.bins.map((b) => b.id);
	const { bin, rule } = correctBin(payload.rules, item);
	const other = () => rng.pick(bins.filter((b) => b !== bin));
	if (rule.kind === 'base') return rng.chance(0.3 + 0.7 * skill) ? bin : other();
	if (rng.chance(0.15 + 0.85 * skill * skill)) return bin;
	const baseBin = payload.rules.find(
		(r) => r.kind === 'base' && r.when.attribute === 'color' && r.when.equals === item.color
	)?.bin;
	return baseBin && baseBin !== bin && rng.chance(0.7) ? baseBin : other();
}

const move = (delayMs: number, event: BotMove<SortingEvent>['event']): BotMove<SortingEvent> => ({
	delayMs,
	event
});

export const sortingBot: ExerciseBot<SortingMachine> = {
	quickConfig: { itemCount: 10, durationSeconds: 60 },
	readsInstructionsMs: [15_000, 25_000],
	// The less sure of themselves, the likelier to practise again.
	practisesAgain: (skill) => 0.3 * (1 - skill),
	next(snapshot, { skill, rng }) {
		const { payload, practiceIndex, itemIndex } = snapshot.context;
		if (snapshot.matches({ entrainement: 'item' })) {
			const item = payload.practice[practiceIndex]!.item;
			const bin = rng.chance(0.5 + 0.5 * skill) ? correctBin(payload.rules, item).bin : null;
			return move(rng.int(2_000, 6_000), {
				type: 'item.place',
				bin: bin ?? rng.pick(payload.bins.map((b) => b.id))
			});
		}
		if (snapshot.matches({ entrainement: 'feedback' }))
			return move(rng.int(1_500, 3_000), { type: 'feedback.continue' });
		if (snapshot.matches('epreuve')) {
			const item = payload.items[itemIndex]!;
			const rt = Math.max(900, (9_000 - 5_500 * skill) * (0.6 + 0.8 * rng.next()));
			return move(rt, { type: 'item.place', bin: answer(payload, item, skill, rng) });
		}
		return null;
	},
	control: (event, { t }) =>
		event.type === 'item.place' ? new RegExp(`^${event.bin} `) : t('kiosk.continue'),
	stimulus(snapshot) {
		const { payload, practiceIndex, itemIndex } = snapshot.context;
		if (snapshot.matches('entrainement') && !snapshot.matches({ entrainement: 'done' })) {
			const key = payload.practice[practiceIndex]!.item.key;
			return { key, showing: `p${snapshot.context.practiceRound}:${key}` };
		}
		if (snapshot.matches('epreuve')) {
			const item = payload.items[itemIndex];
			return item ? { key: item.key, showing: item.key } : null;
		}
		return null;
	}
};
