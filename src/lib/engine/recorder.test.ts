import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newRunRecord, type Outbox, type RunRecord, type StoredEvent } from './outbox';
import { RunRecorder, watchPage } from './recorder';

describe('run recorder: storing', () => {
	let frames: FrameRequestCallback[];
	let writes: { events: StoredEvent[]; run: RunRecord }[];
	let stateReads: number;
	let recorder: RunRecorder;
	const paint = () => frames.splice(0).forEach((frame) => frame(performance.now()));
	const node = { setAttribute: () => {} } as unknown as HTMLElement;

	beforeEach(() => {
		vi.useFakeTimers();
		frames = [];
		vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.push(frame));
		writes = [];
		stateReads = 0;
		const outbox = {
			append: async (events: StoredEvent[], run: RunRecord) => {
				writes.push({ events: [...events], run: structuredClone(run) });
			}
		};
		recorder = new RunRecorder(outbox as unknown as Outbox, newRunRecord('r1'));
		recorder.trackState(() => {
			stateReads++;
			return { phase: 'epreuve', snapshot: { item: stateReads }, done: false };
		});
	});
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});

	it('waits for the paint after a tap, then stores its entries and the state in one write', async () => {
		void recorder.log('item.rejected', { item: 'a' });
		recorder.stateChanged();
		void recorder.log('item.presented', { item: 'b', index: 1 });
		recorder.stateChanged();
		await vi.advanceTimersByTimeAsync(0);
		// Nothing cloned or stored before the frame that answers the tap is painted.
		expect(writes).toEqual([]);
		expect(stateReads).toBe(0);

		paint();
		await vi.advanceTimersByTimeAsync(0);
		expect(writes).toHaveLength(1);
		expect(writes[0]!.events.map((e) => [e.seq, e.type])).toEqual([
			[0, 'item.rejected'],
			[1, 'item.presented']
		]);
		expect(writes[0]!.run).toMatchObject({ nextSeq: 2, phase: 'epreuve', snapshot: { item: 1 } });
		expect(stateReads).toBe(1);
	});

	it('stores at once when asked (the end of a run), with the latest state', async () => {
		void recorder.log('time.up', {});
		recorder.stateChanged();
		await recorder.flushed();
		expect(writes).toHaveLength(1);
		expect(writes[0]!.events.map((e) => e.type)).toEqual(['time.up']);
		expect(writes[0]!.run.snapshot).toEqual({ item: 1 });
		// The write scheduled for the next paint finds nothing left to store.
		paint();
		await vi.advanceTimersByTimeAsync(300);
		expect(writes).toHaveLength(1);
	});

	it('stores at once, without waiting behind an onset, when the page goes away', async () => {
		void recorder.log('item.placed', { item: 'a' });
		recorder.stateChanged();
		await vi.advanceTimersByTimeAsync(0);
		// The next item shows; its onset waits for a frame that never comes (a reload).
		recorder.stimulus(node, 'b');
		recorder.flushNow();
		expect(writes.map((w) => w.events.map((e) => [e.seq, e.type]))).toEqual([[[0, 'item.placed']]]);
		// With the state at the next item: a resume presents it again and logs its onset then.
		expect(writes[0]!.run).toMatchObject({ nextSeq: 1, snapshot: { item: 1 } });
	});

	it('stores the state even when an entry logged since the last move waits (focus lost)', async () => {
		void recorder.log('item.placed', { item: 'a' });
		recorder.stateChanged();
		await vi.advanceTimersByTimeAsync(0);
		recorder.stimulus(node, 'b');
		void recorder.log('focus.lost', {});
		recorder.flushNow();
		expect(writes).toHaveLength(1);
		expect(writes[0]!.events.map((e) => e.type)).toEqual(['item.placed']);
		expect(writes[0]!.run).toMatchObject({ nextSeq: 1, snapshot: { item: 1 } });
	});

	it('stores the latest state when the write after the paint is still waiting', async () => {
		void recorder.log('item.placed', { item: 'a' });
		recorder.stateChanged();
		recorder.stimulus(node, 'b');
		// The tap's frame is painted: a write is queued (with the state, read 1), behind the
		// onset, whose own frame (the second callback) has not come yet.
		frames.shift()!(performance.now());
		await vi.advanceTimersByTimeAsync(0);
		expect(writes).toEqual([]);
		recorder.flushNow();
		expect(writes).toHaveLength(1);
		expect(writes[0]!.run).toMatchObject({ nextSeq: 1, snapshot: { item: 2 } });
		// The onset, stamped at once, frees the waiting write, which stores it without putting
		// back its older state (read 1); the write after it stores the state read last.
		await vi.advanceTimersByTimeAsync(0);
		expect(writes.map((w) => w.run.snapshot)).toEqual([{ item: 2 }, { item: 2 }, { item: 3 }]);
		expect(writes.flatMap((w) => w.events.map((e) => e.type))).toEqual([
			'item.placed',
			'stimulus.shown'
		]);
	});

	it('keeps a tap made before its item’s onset was stamped when the page goes away', async () => {
		// Chromium: onsets wait for Element Timing entries, which a loaded tablet delivers late.
		class SilentObserver {
			static supportedEntryTypes = ['element'];
			observe() {}
			disconnect() {}
		}
		vi.stubGlobal('PerformanceObserver', SilentObserver);
		const outbox = {
			append: async (events: StoredEvent[], run: RunRecord) => {
				writes.push({ events: [...events], run: structuredClone(run) });
			}
		};
		recorder = new RunRecorder(outbox as unknown as Outbox, newRunRecord('r1'));
		recorder.trackState(() => ({ snapshot: { item: ++stateReads } }));
		void recorder.log('item.placed', { item: 'a' });
		recorder.stateChanged();
		await vi.advanceTimersByTimeAsync(0);
		recorder.flushNow();
		// The next item is inserted and painted (its frame came), but its Element Timing entry
		// has not when the person taps it, and the page goes away right after.
		const frameStart = performance.now();
		recorder.stimulus(node, 'b');
		frames.splice(0).forEach((frame) => frame(frameStart));
		await vi.advanceTimersByTimeAsync(0);
		void recorder.log('item.placed', { item: 'b' });
		recorder.stateChanged();
		recorder.flushNow();
		// At once: nothing new has its seq, and the state (past that tap) is not stored ahead of
		// the log. In the same task's microtasks: the onset, stamped at its frame's start, the
		// tap behind it, and the state past it.
		expect(writes).toHaveLength(1);
		await vi.advanceTimersByTimeAsync(0);
		const stored = writes.slice(1).flatMap((w) => w.events);
		expect(stored.map((e) => [e.seq, e.type, e.data])).toEqual([
			[1, 'stimulus.shown', { key: 'b', method: 'raf' }],
			[2, 'item.placed', { item: 'b' }]
		]);
		expect(stored[0]!.t).toBeLessThanOrEqual(stored[1]!.t);
		expect(writes.at(-1)!.run).toMatchObject({ nextSeq: 3, snapshot: { item: stateReads } });
	});

	it('stamps a waiting onset at its insertion when no frame came before the page went', async () => {
		recorder.stimulus(node, 'a');
		void recorder.log('focus.lost', {});
		recorder.flushNow();
		await vi.advanceTimersByTimeAsync(0);
		expect(writes.flatMap((w) => w.events.map((e) => [e.seq, e.type]))).toEqual([
			[0, 'stimulus.shown'],
			[1, 'focus.lost']
		]);
	});

	it('stores the state too when nothing waits to be logged', async () => {
		void recorder.log('item.placed', { item: 'a' });
		recorder.stateChanged();
		await vi.advanceTimersByTimeAsync(0);
		recorder.flushNow();
		expect(writes).toHaveLength(1);
		expect(writes[0]!.run).toMatchObject({ nextSeq: 1, snapshot: { item: 1 } });
		// The write scheduled for the next paint finds nothing left to store.
		paint();
		await vi.advanceTimersByTimeAsync(0);
		expect(writes).toHaveLength(1);
	});

	it('still stores when the page gets no frames (hidden)', async () => {
		void recorder.log('visibility.hidden', {});
		await vi.advanceTimersByTimeAsync(249);
		expect(writes).toEqual([]);
		await vi.advanceTimersByTimeAsync(1);
		expect(writes.map((w) => w.events.length)).toEqual([1]);
		// No state change was announced: the state is not read again.
		expect(stateReads).toBe(0);
	});

	it('stores a record change (the deadline) with the next write', async () => {
		void recorder.update({ deadline: 123 });
		paint();
		await vi.advanceTimersByTimeAsync(0);
		expect(writes).toHaveLength(1);
		expect(writes[0]!.events).toEqual([]);
		expect(writes[0]!.run.deadline).toBe(123);
	});
});

describe('watchPage', () => {
	const setup = () => {
		const win = new EventTarget();
		const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
		const calls: string[] = [];
		const recorder = {
			log: vi.fn(async (type: string) => void calls.push(type)),
			flushNow: vi.fn(() => void calls.push('flush'))
		};
		const stop = watchPage(recorder, win as unknown as Window, doc as unknown as Document);
		return { win, doc, recorder, calls, stop };
	};

	it('logs focus changes', () => {
		const { win, calls } = setup();
		win.dispatchEvent(new Event('blur'));
		win.dispatchEvent(new Event('focus'));
		expect(calls).toEqual(['focus.lost', 'focus.gained']);
	});

	it('logs the page hidden then stores at once, and only logs when it shows again', () => {
		const { doc, calls } = setup();
		doc.visibilityState = 'hidden';
		doc.dispatchEvent(new Event('visibilitychange'));
		expect(calls).toEqual(['visibility.hidden', 'flush']);
		doc.visibilityState = 'visible';
		doc.dispatchEvent(new Event('visibilitychange'));
		expect(calls).toEqual(['visibility.hidden', 'flush', 'visibility.visible']);
	});

	it('stores at once when the page goes away', () => {
		const { win, recorder } = setup();
		win.dispatchEvent(new Event('pagehide'));
		expect(recorder.flushNow).toHaveBeenCalledTimes(1);
	});

	it('stops listening when stopped', () => {
		const { win, doc, recorder, stop } = setup();
		stop();
		win.dispatchEvent(new Event('pagehide'));
		win.dispatchEvent(new Event('blur'));
		doc.dispatchEvent(new Event('visibilitychange'));
		expect(recorder.flushNow).not.toHaveBeenCalled();
		expect(recorder.log).not.toHaveBeenCalled();
	});
});
