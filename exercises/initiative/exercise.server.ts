/** The server half of « La liste du jour » (initiative): never imported by the kiosk. */
import { scenarioExercise } from '../mechanics/scenario/exercise.server';
import type { AnsweredTurn } from '../mechanics/scenario/scenes.server';
import { CONTENT } from './content.server';
import { machine } from './machine';

/** Did something about it: the reply takes the incident in hand (within the role or not). */
const acted = (a: AnsweredTurn) => a.reply.earns.includes('initiative');

/**
 * The exercise's own subscores, per incident (one a scene, never announced): handled at once —
 * the first reply to it both acts and stays within the role (secures, then tells the right
 * person) — and never taken in hand: neither when it came nor when it got worse.
 */
export function incidents(turns: readonly AnsweredTurn[]): Record<string, number | null> {
	const met = turns.filter((a) => a.turn.id === 'incident');
	const left = turns.filter((a) => a.turn.id === 'suite');
	return {
		handled: met.length ? met.filter((a) => a.reply.earns.length === 2).length : null,
		incidents: met.length,
		unattended: met.length ? left.filter((a) => !acted(a)).length : null
	};
}

/**
 * Points of the actions chosen, 2 a step. A routine step (the list, as the consigne explains it)
 * engages getting on with the list (`tache`) and doing it the way it is done (`soin`); an incident
 * (which nothing announced) engages taking it in hand (`initiative`) and staying within one's role
 * (`role`: secure before reporting, leave repairs and care to those whose job it is). Each line of
 * the list is an item: a routine step, its incident, then the list again or the incident worse.
 */
export const initiativeServer = scenarioExercise({
	machine,
	content: CONTENT,
	dimensions: [
		{ key: 'tache', label: { fr: 'Avance dans sa liste', en: 'Gets through the list' } },
		{ key: 'soin', label: { fr: 'Suit la façon de faire', en: 'Works the way it is done' } },
		{ key: 'initiative', label: { fr: 'Agit face à l’imprévu', en: 'Acts on the unexpected' } },
		{ key: 'role', label: { fr: 'Reste dans son rôle', en: 'Stays within their role' } }
	],
	// Fifteen steps to hear and choose, about 20 s each, with room for a slow reader.
	durationSeconds: 480,
	scenesLabel: { fr: 'Lignes de la liste terminées', en: 'Lines of the list completed' },
	more: {
		subscores: [
			{
				key: 'handled',
				label: { fr: 'Imprévus pris en main tout de suite', en: 'Incidents handled at once' },
				format: 'count',
				outOf: 'incidents',
				plain: true
			},
			{
				key: 'unattended',
				label: { fr: 'Imprévus laissés de côté', en: 'Incidents left unattended' },
				format: 'count',
				outOf: 'incidents',
				plain: true
			}
		],
		compute: incidents
	}
});
