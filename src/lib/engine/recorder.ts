import { afterPaint } from './after-paint';
import type { RunRecord, RunStore, StoredEvent } from './outbox';

export type OnsetMethod = 'element-timing' | 'raf';

/**
 * How long to wait for an Element Timing entry before falling back to the frame estimate. Long
 * enough for a busy tablet to deliver the entry; later events wait in order meanwhile.
 */
const ELEMENT_TIMING_WAIT_MS = 1000;

/**
 * Records one run's events on the run clock (milliseconds since the run started, from
 * performance.now()). Entries are chained so that they get their seq in order, even when a
 * stimulus onset is still waiting for its frame to be presented.
 *
 * Storing waits until the frame answering a tap is painted (`afterPaint`), then writes the
 * entries of that moment and the run record — with the machine's state taken at that moment —
 * in one transaction. The state is taken after every entry logged before it is queued, so a
 * resume never finds a state ahead of the log; cloning it and storing it no longer delay the
 * tap's next paint. A page hidden or going away stores at once (`flushNow`).
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
	/** Onsets still waiting for their timing, each with what stamps it at once (`flushNow`). */
	#hurries = new Set<() => void>();
	/** Entries with their seq, waiting for the next write. */
	#pending: StoredEvent[] = [];
	#recordChanged = false;
	#writeScheduled = false;
	/** The machine's state to store (phase, snapshot, done), read when a write is queued. */
	#state: (() => Partial<RunRecord>) | null = null;
	#stateChanged = false;
	/** States are numbered as they are read; an older one never replaces a newer one. */
	#stateReads = 0;
	#stateApplied = 0;
	/**
	 * Entries logged (onsets aside), and how many of them have their seq: the ones after are
	 * waiting in line (behind an onset still waiting for its frame). `#stateMark`: how many had
	 * been logged when the machine last moved, which the state stored with them must not pass.
	 */
	#logged = 0;
	#sequenced = 0;
	#stateMark = 0;

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

	/**
	 * Logs an entry, stamped at `at` (a performance timestamp) when given, else now. Resolves once
	 * it has its seq; it is stored after the next paint (or at once by `flushed`).
	 */
	log(type: string, data: Record<string, unknown>, at?: number): Promise<void> {
		const t = at === undefined ? this.now() : this.toRunTime(at);
		return this.#write(() => Promise.resolve({ t, type, data }));
	}

	/** Merges fields into the run record (e.g. the deadline), stored with the next write. */
	update(patch: Partial<RunRecord>): Promise<void> {
		this.#chain = this.#chain.then(() => {
			this.#run = { ...this.#run, ...patch };
			this.#recordChanged = true;
		});
		this.#scheduleWrite();
		return this.#chain;
	}

	/** Where the machine's state comes from; `stateChanged` says when it must be stored again. */
	trackState(state: () => Partial<RunRecord>): void {
		this.#state = state;
	}

	/** The machine moved: its state is stored with the next write, after the next paint. */
	stateChanged(): void {
		this.#stateChanged = true;
		this.#stateMark = this.#logged;
		this.#scheduleWrite();
	}

	/**
	 * Marks `node` as the stimulus `key`: its onset is logged when the frame showing it is
	 * presented — Element Timing's renderTime where supported, else the start of the frame in
	 * which it was inserted (requestAnimationFrame). The method is kept in the event.
	 */
	stimulus(node: HTMLElement, key: string): void {
		const identifier = `stim:${key}`;
		node.setAttribute('elementtiming', identifier);
		const inserted = performance.now();
		let frameTime: number | undefined;
		const frame = new Promise<number>((resolve) =>
			requestAnimationFrame((ts) => resolve((frameTime = ts)))
		);
		const painted = new Promise<{ time: number; method: OnsetMethod }>((resolve) => {
			const known = this.#paints.get(identifier);
			if (known !== undefined) return resolve({ time: known, method: 'element-timing' });
			let timer: ReturnType<typeof setTimeout> | undefined = undefined;
			const settle = (onset: { time: number; method: OnsetMethod }, late: boolean) => {
				clearTimeout(timer);
				this.#waiting.delete(identifier);
				this.#hurries.delete(hurry);
				if (late) this.#settled.add(identifier);
				resolve(onset);
			};
			// The page is going away: the frame's start if it came, else the insertion.
			const hurry = () => settle({ time: frameTime ?? inserted, method: 'raf' }, true);
			this.#hurries.add(hurry);
			if (!this.#observer) {
				void frame.then((time) => settle({ time, method: 'raf' }, false));
				return;
			}
			timer = setTimeout(
				() => void frame.then((time) => settle({ time, method: 'raf' }, true)),
				ELEMENT_TIMING_WAIT_MS
			);
			this.#waiting.set(identifier, (time) => settle({ time, method: 'element-timing' }, false));
		});
		void this.#write(async () => {
			const { time, method } = await painted;
			this.#paints.delete(identifier);
			return { t: this.toRunTime(time), type: 'stimulus.shown', data: { key, method } };
		}, true);
	}

	/** Stores everything logged so far, and the machine's state, now; waits until stored. */
	flushed(): Promise<void> {
		return this.#queueWrite();
	}

	/**
	 * The page is going away: starts, in this very task, the write of every entry that has its
	 * seq and of the machine's state, without waiting behind an onset still waiting for its
	 * frame's timing. That onset takes its best estimate at once (the start of the frame in which
	 * it was inserted, method 'raf'), so that a response logged behind it gets its seq in this
	 * task's microtasks and is stored by a second write: a reload right after a tap keeps it.
	 * The state is stored only if every entry logged before the machine's last move (a response)
	 * has its seq, so that it never runs ahead of the stored log; if one is still stuck (behind
	 * a write the browser has not finished), the state stored before stays and a resume shows
	 * that item again. (Entries logged since, such as the focus lost as the page goes, do not
	 * hold the state back.)
	 */
	flushNow(): void {
		const hurried = [...this.#hurries];
		for (const hurry of hurried) hurry();
		void this.#storeNow();
		if (hurried.length > 0) void this.#chain.then(() => this.#storeNow());
	}

	#storeNow(): Promise<void> {
		// The state is read again even if a write already read it: that write may still wait.
		if (this.#sequenced >= this.#stateMark && this.#state) {
			this.#stateChanged = false;
			this.#apply(this.#readState());
		}
		return this.#store();
	}

	dispose(): void {
		this.#observer?.disconnect();
	}

	#write(
		make: () => Promise<{ t: number; type: string; data: Record<string, unknown> }>,
		onset = false
	): Promise<void> {
		const number = onset ? null : ++this.#logged;
		this.#chain = this.#chain.then(async () => {
			const { t, type, data } = await make();
			if (number !== null) this.#sequenced = number;
			const seq = this.#run.nextSeq;
			const rounded = Math.max(0, Math.round(t * 1000) / 1000);
			this.#run = {
				...this.#run,
				nextSeq: seq + 1,
				lastT: Math.max(this.#run.lastT, rounded),
				lastWall: Date.now()
			};
			this.#pending.push({ runId: this.#run.runId, seq, t: rounded, type, data });
		});
		this.#scheduleWrite();
		return this.#chain;
	}

	#scheduleWrite(): void {
		if (this.#writeScheduled) return;
		this.#writeScheduled = true;
		afterPaint(() => void this.#queueWrite());
	}

	/**
	 * Queues one write of what is pending. The machine's state is read now: every entry logged
	 * up to now is ahead in the chain, so the stored state never runs ahead of the stored log.
	 */
	#queueWrite(): Promise<void> {
		this.#writeScheduled = false;
		const state = this.#stateChanged ? this.#readState() : null;
		this.#stateChanged = false;
		this.#chain = this.#chain.then(async () => {
			if (state) this.#apply(state);
			await this.#store();
		});
		return this.#chain;
	}

	#readState(): { version: number; state: Partial<RunRecord> } | null {
		return this.#state ? { version: ++this.#stateReads, state: this.#state() } : null;
	}

	#apply(read: { version: number; state: Partial<RunRecord> } | null): void {
		if (!read || read.version <= this.#stateApplied) return;
		this.#stateApplied = read.version;
		this.#run = { ...this.#run, ...read.state };
		this.#recordChanged = true;
	}

	/** Writes the entries that have their seq, with the run record. */
	async #store(): Promise<void> {
		const events = this.#pending.splice(0);
		if (events.length === 0 && !this.#recordChanged) return;
		this.#recordChanged = false;
		await this.outbox.append(events, this.#run);
		if (events.length > 0) this.onWritten();
	}
}

/**
 * Watches the page for the log and for durability: focus and visibility changes are logged (the
 * adviser sees them), and what waits for a paint is stored at once when the page is hidden or
 * goes away (a hidden page paints no frame; a reload or a closed tab would otherwise lose the
 * last tap), the `visibility.hidden` entry with it. Returns what stops it.
 */
export function watchPage(
	recorder: Pick<RunRecorder, 'log' | 'flushNow'>,
	win: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
	doc: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'> = document
): () => void {
	const log = (type: string) => void recorder.log(type, {});
	const blur = () => log('focus.lost');
	const focus = () => log('focus.gained');
	const flush = () => recorder.flushNow();
	const visibility = () => {
		const hidden = doc.visibilityState === 'hidden';
		log(hidden ? 'visibility.hidden' : 'visibility.visible');
		if (hidden) flush();
	};
	win.addEventListener('blur', blur);
	win.addEventListener('focus', focus);
	win.addEventListener('pagehide', flush);
	doc.addEventListener('visibilitychange', visibility);
	return () => {
		win.removeEventListener('blur', blur);
		win.removeEventListener('focus', focus);
		win.removeEventListener('pagehide', flush);
		doc.removeEventListener('visibilitychange', visibility);
	};
}
