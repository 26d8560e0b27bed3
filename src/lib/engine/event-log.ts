import type { RunEvent } from './contract';

/**
 * Builds a run's event log in order, numbering `seq` contiguously: for simulation bots and
 * hand-written test logs.
 */
export class EventLogBuilder {
	readonly events: RunEvent[] = [];

	push(t: number, type: string, data: Record<string, unknown> = {}): this {
		this.events.push({ seq: this.events.length, t: Math.round(t * 1000) / 1000, type, data });
		return this;
	}

	/** The last event's time (0 when empty). */
	get lastT(): number {
		return this.events.at(-1)?.t ?? 0;
	}
}
