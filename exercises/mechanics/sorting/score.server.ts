import type { RunEvent, ScoreResult, SubscoreSpec } from '$lib/engine/contract';
import { correctBin, itemKind } from './rules.server';
import type { SortingPayload } from './types';

/** The time each item appeared: its painted frame when logged, else when the machine showed it. */
export function onsets(events: RunEvent[]): Map<string, number> {
	const presented = new Map<string, number>();
	const shown = new Map<string, number>();
	for (const e of events) {
		const key = e.data.item ?? e.data.key;
		if (typeof key !== 'string') continue;
		// After a resume an item is shown again: its response time runs from the last showing.
		if (e.type === 'item.presented') presented.set(key, e.t);
		if (e.type === 'stimulus.shown') shown.set(key, e.t);
	}
	for (const [key, t] of shown) presented.set(key, t);
	return presented;
}

/**
 * Scores a sorting run: one point per item placed in the bin its governing rule gives (first
 * placement only: a repeated tap is ignored). Unplaced items score 0 and are marked not reached
 * (items come one at a time: an item is left unplaced only when the time ran out before it).
 * Subscores separate items governed by base rules from those governed by exceptions. Each item
 * carries its kind (`itemKind`) as content id.
 */
export function scoreSorting(payload: SortingPayload, events: RunEvent[]): ScoreResult {
	const placed = new Map<string, { bin: unknown; t: number }>();
	for (const e of events) {
		if (e.type !== 'item.placed' || typeof e.data.item !== 'string') continue;
		if (!placed.has(e.data.item)) placed.set(e.data.item, { bin: e.data.bin, t: e.t });
	}
	const shownAt = onsets(events);
	const subscores = { base: 0, baseMax: 0, exceptions: 0, exceptionsMax: 0, processed: 0 };
	const items = payload.items.map((item) => {
		const { bin, rule } = correctBin(payload.rules, item);
		const answer = placed.get(item.key);
		const correct = answer?.bin === bin ? 1 : 0;
		if (rule.kind === 'base') {
			subscores.base += correct;
			subscores.baseMax += 1;
		} else {
			subscores.exceptions += correct;
			subscores.exceptionsMax += 1;
		}
		if (answer) subscores.processed += 1;
		const onset = shownAt.get(item.key);
		return {
			key: item.key,
			content: itemKind(payload.rules, item),
			score: correct,
			max: 1,
			...(answer && onset !== undefined ? { rt: Math.round(answer.t - onset) } : {}),
			...(answer ? {} : { reached: false })
		};
	});
	const flags: string[] = [];
	if (placed.size === 0) flags.push('no-response');
	else if (subscores.processed < payload.items.length) flags.push('not-finished');
	return {
		raw: subscores.base + subscores.exceptions,
		max: payload.items.length,
		subscores,
		items,
		flags
	};
}

/** What the adviser sees of a sorting score (`ExerciseServer.subscores`). */
export const sortingSubscores = [
	{
		key: 'base',
		label: { fr: 'Cas ordinaires réussis', en: 'Ordinary cases right' },
		format: 'count',
		outOf: 'baseMax',
		plain: true
	},
	{
		key: 'exceptions',
		label: { fr: 'Exceptions réussies', en: 'Exceptions right' },
		format: 'count',
		outOf: 'exceptionsMax',
		plain: true
	},
	{
		key: 'processed',
		label: { fr: 'Éléments traités', en: 'Items processed' },
		format: 'count',
		plain: true
	}
] as const satisfies readonly SubscoreSpec[];
