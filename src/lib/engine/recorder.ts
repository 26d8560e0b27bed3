import type { RunRecord, RunStore } from './outbox';

export type OnsetMethod = 'element-timing' | 'raf';

/**
 * How long to wait for an Element Timing entry before falling back to the frame estimate. Long
 * enough for a busy tablet to deliver the entry; later events wait in order meanwhile.
 */
const ELEMENT_TIMING_WAIT_MS = 1000;

/**
 * Records one run's events on the run clock (milliseconds since the run started, from
 * performance.now()). Writes are chained so that events reach the outbox in seq order, even when
 * a stimulus onset is still waiting for its frame to be presented.
 *
 * Across a reload, performance.now() restarts: the clock continues from the last event's t plus
 * the wall-clock time elapsed since, so t never goes back and no time is given back.
 */
export class RunRecorder {
	#origin: number;
	#chain: Promise<void> = Promise.resolve();
	#run: RunRecord;
	#observer: PerformanceObserver | null = null;
	#paints = new Map<string, number>();
	#waiting = new Map<string, (renderTime: number) => void>();
	/** Stimuli already stamped by the frame fallback: their late Element Timing entry is dropped. */
	#settled = new Set<string>();

	constructor(
		private readonly outbox: RunStore,
		run: RunRecord,
		private readonly onWritten: () => void = () => {}
	) {
		this.#run = run;
		const resumedAt = run.nextSeq === 0 ? 0 : run.lastT + Math.max(0, Date.now() - run.lastWall);
		this.#origin = performance.now() - resumedAt;
		if (
			typeof PerformanceObserver !== 'undefined' &&
			PerformanceObserver.supportedEntryTypes?.includes('element')
		) {
			this.#observer = new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as PerformanceEntry[] &
					{ identifier: string; renderTime: number; loadTime: number }[]) {
					const time = entry.renderTime || entry.loadTime;
					const resolve = this.#waiting.get(entry.identifier);
					if (resolve) resolve(time);
					else if (!this.#settled.delete(entry.identifier))
						this.#paints.set(entry.identifier, time);
				}
			});
			this.#observer.observe({ type: 'element', buffered: true });
		}
	}

	get record(): RunRecord {
		return this.#run;
	}

	/** Now, on the run clock. */
	now(): number {
		return performance.now() - this.#origin;
	}

	/** A performance-timeline timestamp (an event's timeStamp, a renderTime) on the run clock. */
	toRunTime(timestamp: number): number {
		return timestamp - this.#origin;
	}

	/** Logs an entry, stamped at `at` (a performance timestamp) when given, else now. */
	log(type: string, data: Record<string, unknown>, at?: number): Promise<void> {
		const t = at === undefined ? this.now() : this.toRunTime(at);
		return this.#write(() => Promise.resolve({ t, type, data }));
	}

	/** Merges fields into the run record (snapshot, phase, …) in write order. */
	update(patch: Partial<RunRecord>): Promise<void> {
		this.#chain = this.#chain.then(async () => {
			this.#run = { ...this.#run, ...patch };
			await this.outbox.putRun(this.#run);
		});
		return this.#chain;
	}

	/**
	 * Marks `node` as the stimulus `key`: its onset is logged when the frame showing it is
	 * presented — Element Timing's renderTime where supported, else the start of the frame in
	 * which it was inserted (requestAnimationFrame). The method is kept in the event.
	 */
	stimulus(node: HTMLElement, key: string): void {
		const identifier = `stim:${key}`;
		node.setAttribute('elementtiming', identifier);
		const frame = new Promise<number>((resolve) => requestAnimationFrame((ts) => resolve(ts)));
		const painted: Promise<{ time: number; method: OnsetMethod }> = this.#observer
			? new Promise((resolve) => {
					const known = this.#paints.get(identifier);
					if (known !== undefined) return resolve({ time: known, method: 'element-timing' });
					const timer = setTimeout(async () => {
						this.#waiting.delete(identifier);
						this.#settled.add(identifier);
						resolve({ time: await frame, method: 'raf' });
					}, ELEMENT_TIMING_WAIT_MS);
					this.#waiting.set(identifier, (time) => {
						clearTimeout(timer);
						this.#waiting.delete(identifier);
						resolve({ time, method: 'element-timing' });
					});
				})
			: frame.then((time) => ({ time, method: 'raf' as const }));
		void this.#write(async () => {
			const { time, method } = await painted;
			this.#paints.delete(identifier);
			return { t: this.toRunTime(time), type: 'stimulus.shown', data: { key, method } };
		});
	}

	/** Waits until everything logged so far is in the outbox. */
	flushed(): Promise<void> {
		return this.#chain;
	}

	dispose(): void {
		this.#observer?.disconnect();
	}

	#write(
		make: () => Promise<{ t: number; type: string; data: Record<string, unknown> }>
	): Promise<void> {
		this.#chain = this.#chain.then(async () => {
			const { t, type, data } = await make();
			const seq = this.#run.nextSeq;
			const rounded = Math.max(0, Math.round(t * 1000) / 1000);
			this.#run = {
				...this.#run,
				nextSeq: seq + 1,
				lastT: Math.max(this.#run.lastT, rounded),
				lastWall: Date.now()
			};
			await this.outbox.append({ runId: this.#run.runId, seq, t: rounded, type, data }, this.#run);
			this.onWritten();
		});
		return this.#chain;
	}
}
