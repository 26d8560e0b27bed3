import type { Outbox } from './outbox';

const BATCH_SIZE = 50;
const MAX_BACKOFF_MS = 10_000;
/**
 * How long a send waits after an event was written. A tap's entries are written right after the
 * frame that answers it, while the finger is still down (taps are held 50–150 ms): sending then
 * would put the outbox reads, the request and its answer in the way of the release's frame on a
 * cheap tablet (bench/README.md, responsiveness). Waiting also groups a few taps per request.
 */
export const SEND_DELAY_MS = 250;

export type SyncProblem = 'rebound' | 'rejected' | null;

/** The server asked this kiosk to slow down (429): sent again later, as when offline. */
class Throttled extends Error {}

/**
 * Sends the outbox to the server, batch by batch, each with its first seq; deletes events only
 * once acknowledged. Retries with backoff while offline. Reactive status for the kiosk screen.
 */
export class Syncer {
	online = $state(true);
	pending = $state(0);
	/** Offset to add to Date.now() to get the server's clock (from its answers). */
	serverOffset = $state(0);
	problem = $state<SyncProblem>(null);

	#running = false;
	#again = false;
	#backoff = 500;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#soon: ReturnType<typeof setTimeout> | undefined;
	// Not reactive state: only read when sending.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#runClock = new Map<string, () => number>();
	#onDeadline: (runId: string, deadline: number) => void;

	constructor(
		private readonly outbox: Outbox,
		options: { onDeadline?: (runId: string, deadline: number) => void } = {}
	) {
		this.#onDeadline = options.onDeadline ?? (() => {});
	}

	/** The run clock of a run being recorded, sent with its batches (`sentT`). */
	track(runId: string, clock: () => number): void {
		this.#runClock.set(runId, clock);
	}

	/** Asks for a send shortly (an event was written): `SEND_DELAY_MS` later, once for many. */
	soon = (): void => {
		this.#soon ??= setTimeout(this.kick, SEND_DELAY_MS);
	};

	/** Asks for a send as soon as possible (a run ended, the kiosk opened, back online). */
	kick = (): void => {
		clearTimeout(this.#timer);
		clearTimeout(this.#soon);
		this.#soon = undefined;
		if (this.#running) {
			this.#again = true;
			return;
		}
		void this.#flush();
	};

	stop(): void {
		clearTimeout(this.#timer);
		clearTimeout(this.#soon);
		this.#runClock.clear();
	}

	async #flush(): Promise<void> {
		this.#running = true;
		try {
			for (const runId of await this.outbox.runsWithPending()) {
				while (!this.problem) {
					const events = await this.outbox.pending(runId, BATCH_SIZE);
					if (events.length === 0) break;
					const record = await this.outbox.getRun(runId);
					const sentT = this.#runClock.get(runId)?.() ?? record?.lastT ?? events.at(-1)!.t;
					const response = await fetch(`/api/runs/${runId}/events`, {
						method: 'POST',
						headers: { 'content-type': 'application/json' },
						body: JSON.stringify({ firstSeq: events[0]!.seq, sentT, events })
					});
					const body = await response.json().catch(() => ({}));
					if (response.ok) {
						this.serverOffset = body.serverNow - Date.now();
						await this.outbox.acknowledge(runId, body.ack, body.deadline);
						if (body.deadline) this.#onDeadline(runId, body.deadline);
					} else if (response.status === 409 && typeof body.expected === 'number') {
						// The server already holds what we still have: forget it and go on.
						if (body.expected <= events[0]!.seq) {
							console.error('Server lost events', runId, body.expected);
							this.problem = 'rejected';
						} else await this.outbox.acknowledge(runId, body.expected - 1, null);
					} else if (response.status === 410 && body.runFinished === true) {
						// The run ended on the server (its end was stored): what this kiosk still
						// holds of it was logged after, and can never be stored. Forget it, go on.
						await this.outbox.acknowledge(runId, events.at(-1)!.seq, null);
					} else if (response.status === 403 || response.status === 401) {
						this.problem = 'rebound';
					} else if (response.status === 429) {
						throw new Throttled();
					} else if (response.status >= 500) {
						throw new Error(`Server error ${response.status}`);
					} else {
						console.error('Batch refused', runId, body.error);
						this.problem = 'rejected';
					}
				}
			}
			this.online = true;
			this.#backoff = 500;
		} catch (e) {
			// Offline, the server is down or asks to slow down: keep everything, try again later.
			this.online = e instanceof Throttled;
			this.#timer = setTimeout(this.kick, this.#backoff);
			this.#backoff = Math.min(MAX_BACKOFF_MS, this.#backoff * 2);
		} finally {
			this.pending = await this.outbox.pendingCount();
			this.#running = false;
			if (this.#again) {
				this.#again = false;
				this.kick();
			}
		}
	}
}
