/**
 * Whether an event of the timed part counts, judged on both clocks. The kiosk's run clock
 * (`t`) says when the person acted; the server's clock says when the event arrived, which a
 * tablet cannot fake. The server owns the deadline (the timed part's start on its clock +
 * duration × multiplier, moved on by the adviser's pauses).
 *
 * - Stamped past the end of the timed part on the run clock (its duration, plus the adviser's
 *   pauses, which the run clock runs through; by more than `LATE_GRACE_MS`): late.
 * - Received by `RECEIPT_GRACE_MS` after the server deadline: judged on the run clock alone
 *   (a batch in flight, the kiosk's send delay, a slow network).
 * - Received later, yet stamped on time: a kiosk that was offline when the time ran out sends
 *   what it logged then — or a tampered kiosk stamps late work as early. Counted, and flagged
 *   for the adviser (`received-late` among the score's flags), up to `OFFLINE_ALLOWANCE_MS`
 *   after the deadline; beyond it, late. A tampered clock gains at most that much, in plain
 *   sight of the adviser, whose monitor also showed the tablet offline.
 */

/** On the run clock: how far past the end of the timed part an event still counts. */
export const LATE_GRACE_MS = 500;

/** On the server's clock: how long after the deadline a batch may arrive, judged on `t` alone. */
export const RECEIPT_GRACE_MS = 10_000;

/** How long after the deadline events stamped on time still count (flagged): an offline kiosk. */
export const OFFLINE_ALLOWANCE_MS = 15 * 60_000;

/** Stored in `run_events.late`. */
export const Lateness = {
	/** On time: scored. */
	onTime: 0,
	/** Late: stored, not scored (`late-events-ignored`). */
	late: 1,
	/** Received past the receipt grace but stamped on time: scored, flagged (`received-late`). */
	receivedLate: 2
} as const;
export type Lateness = (typeof Lateness)[keyof typeof Lateness];

export interface TimedPart {
	/** Run-clock time the timed part started at, null before it started. */
	epreuveT: number | null;
	durationMs: number;
	/** How long the adviser paused the timed part (server clock): the deadline moved on by it. */
	pausedMs: number;
	/** The server deadline (epoch ms), null before the timed part started. */
	deadline: number | null;
}

export function latenessOf(part: TimedPart, t: number, receivedAt: Date): Lateness {
	if (part.epreuveT === null) return Lateness.onTime;
	if (t - part.epreuveT > part.durationMs + part.pausedMs + LATE_GRACE_MS) return Lateness.late;
	if (part.deadline === null) return Lateness.onTime;
	const afterDeadline = receivedAt.getTime() - part.deadline;
	if (afterDeadline <= RECEIPT_GRACE_MS) return Lateness.onTime;
	return afterDeadline <= OFFLINE_ALLOWANCE_MS ? Lateness.receivedLate : Lateness.late;
}
