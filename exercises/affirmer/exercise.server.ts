/** The server half of « Tenir bon » (affirmer): never imported by the kiosk. */
import { scenarioExercise } from '../mechanics/scenario/exercise.server';
import type { AnsweredTurn } from '../mechanics/scenario/scenes.server';
import { CONTENT } from './content.server';
import { machine } from './machine';

/** Held the line: the reply keeps to the rule (assertive, or aggressive). */
const firm = (a: AnsweredTurn) => a.reply.earns.includes('fermete');

/**
 * The exercise's own subscores: how many replies were both firm and respectful (assertive), and
 * consistency under escalation — of the turns where the other side insisted because the person
 * had held the line, how many they held again (`null` when they never held the line first).
 */
export function standingFirm(turns: readonly AnsweredTurn[]): Record<string, number | null> {
	const insisted = turns.filter((a) => a.turn.id === 'insiste');
	return {
		assertive: turns.filter((a) => a.reply.earns.length === 2).length,
		answered: turns.length,
		holds: insisted.length ? insisted.filter(firm).length : null,
		insisted: insisted.length
	};
}

/**
 * Points of the replies chosen, 2 a turn (firmness and respect: every turn engages both; an
 * assertive reply earns both, an aggressive one firmness, a passive one respect, an evasive one
 * nothing), each situation an item.
 */
export const affirmerServer = scenarioExercise({
	machine,
	content: CONTENT,
	dimensions: [
		{ key: 'fermete', label: { fr: 'Fermeté', en: 'Firmness' } },
		{ key: 'respect', label: { fr: 'Respect de l’autre', en: 'Respect for the other' } }
	],
	// Ten replies to hear and choose, about 20 s each, with room for a slow reader.
	durationSeconds: 480,
	scenesLabel: { fr: 'Situations menées jusqu’au bout', en: 'Situations seen through' },
	more: {
		subscores: [
			{
				key: 'assertive',
				label: { fr: 'Réponses fermes et respectueuses', en: 'Firm and respectful replies' },
				format: 'count',
				outOf: 'answered',
				plain: true
			},
			{
				key: 'holds',
				label: { fr: 'Tient bon quand l’autre insiste', en: 'Holds firm when pushed again' },
				format: 'count',
				outOf: 'insisted',
				plain: true
			}
		],
		compute: standingFirm
	}
});
