/**
 * Reads an épreuve's event log back into trials: which item was on screen when, and the taps
 * that belong to it. Scoring is then simple counting (see `score.server.ts`).
 */
import { startsPhase } from '$lib/engine/phased-machine';
import type { RunEvent } from '$lib/engine/contract';
import { engineEventSchemas } from '$lib/engine/contract.schema';
import { eventSchemas } from './config.schema';
import type { KeyedItem } from './items.server';

/** One item as the person saw it, with the first tap that fell on it. */
export interface Trial {
	item: KeyedItem;
	/** Response time of the first tap on it, from the onset of the presentation tapped. */
	rt: number | null;
	/** The person had the item's full time, or answered it: only such trials are scored. */
	complete: boolean;
}

export interface EpreuveLog {
	trials: Trial[];
	/** Taps during the épreuve, attributed or not. */
	tapCount: number;
}

interface Presentation {
	key: string;
	/** When the machine presented it: the item's timer runs from there. */
	presentedAt: number;
	/** When it was seen: the painted frame when logged, else the presentation. */
	onset: number;
	painted: boolean;
}

/**
 * Taps belong to the item that was on screen at the tap's time: the presentation with the
 * latest onset before it. Only the first tap per item counts (double taps are ignored). An item
 * cut short by the end of the time and left unanswered is not scored: the person could not
 * finish looking at it.
 */
export function readEpreuve(events: RunEvent[], sequence: KeyedItem[], itemMs: number): EpreuveLog {
	const byKey = new Map(sequence.map((item) => [item.key, item]));
	const presentations: Presentation[] = [];
	const taps: number[] = [];
	let timeUpAt: number | null = null;
	let finished = false;

	// Not sliced at `phase.started`: test items and rejects exist only in the épreuve, and
	// practice keys are not in the sequence.
	for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
		if (event.type === 'item.presented') {
			const data = eventSchemas['item.presented'].safeParse(event.data);
			if (data.success && byKey.has(data.data.item))
				presentations.push({
					key: data.data.item,
					presentedAt: event.t,
					onset: event.t,
					painted: false
				});
		} else if (event.type === 'stimulus.shown') {
			const data = engineEventSchemas['stimulus.shown'].safeParse(event.data);
			const current = presentations.at(-1);
			if (data.success && current && current.key === data.data.key && !current.painted) {
				current.onset = Math.max(event.t, current.presentedAt);
				current.painted = true;
			}
		} else if (event.type === 'item.rejected') {
			if (timeUpAt === null) taps.push(event.t);
		} else if (event.type === 'time.up') {
			timeUpAt ??= event.t;
		} else if (startsPhase(event, 'fin')) {
			finished = true;
			break;
		}
	}

	const firstTapRt = new Map<string, number>();
	for (const t of [...taps].sort((a, b) => a - b)) {
		const shown = presentations.findLast((p) => p.onset <= t);
		if (shown && !firstTapRt.has(shown.key)) firstTapRt.set(shown.key, t - shown.onset);
	}

	const keys = [...new Set(presentations.map((p) => p.key))];
	const trials = keys.map((key, i): Trial => {
		const last = presentations.findLast((p) => p.key === key)!;
		const windowDone =
			i < keys.length - 1 || (timeUpAt === null ? finished : timeUpAt - last.presentedAt >= itemMs);
		const rt = firstTapRt.get(key) ?? null;
		return { item: byKey.get(key)!, rt, complete: windowDone || rt !== null };
	});
	return { trials, tapCount: taps.length };
}
