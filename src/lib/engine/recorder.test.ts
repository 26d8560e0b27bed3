import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newRunRecord, type Outbox, type RunRecord, type StoredEvent } from './outbox';
import { flushWhenHidden, RunRecorder } from './recorder';

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
		// The tap's frame is painted: a write is queued (with the state), behind the onset,
		// whose own frame (the second callback) has not come yet.
		frames.shift()!(performance.now());
		await vi.advanceTimersByTimeAsync(0);
		expect(writes).toEqual([]);
		recorder.flushNow();
		expect(writes).toHaveLength(1);
		expect(writes[0]!.run).toMatchObject({ nextSeq: 1, snapshot: { item: 2 } });
		// When the onset comes, the waiting write does not put back the older state.
		paint();
		await vi.advanceTimersByTimeAsync(300);
		expect(writes.at(-1)!.run.snapshot).toEqual({ item: 2 });
	});

	it('keeps the stored state when a response is stuck behind a waiting onset', async () => {
		void recorder.log('item.placed', { item: 'a' });
		recorder.stateChanged();
		await vi.advanceTimersByTimeAsync(0);
		recorder.flushNow();
		recorder.stimulus(node, 'b');
		// A tap before the onset got its frame: it waits in line behind it.
		void recorder.log('item.placed', { item: 'b' });
		recorder.stateChanged();
		recorder.flushNow();
		// Nothing new to store: the state (past that tap) is not stored ahead of the log.
		expect(writes).toHaveLength(1);
		expect(stateReads).toBe(1);
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

describe('flushWhenHidden', () => {
	const setup = () => {
		const win = new EventTarget();
		const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
		const recorder = { flushNow: vi.fn() };
		const stop = flushWhenHidden(recorder, win as unknown as Window, doc as unknown as Document);
		return { win, doc, recorder, stop };
	};

	it('stores at once when the page goes away or is hidden, not when it shows again', () => {
		const { win, doc, recorder } = setup();
		win.dispatchEvent(new Event('pagehide'));
		expect(recorder.flushNow).toHaveBeenCalledTimes(1);
		doc.visibilityState = 'hidden';
		doc.dispatchEvent(new Event('visibilitychange'));
		expect(recorder.flushNow).toHaveBeenCalledTimes(2);
		doc.visibilityState = 'visible';
		doc.dispatchEvent(new Event('visibilitychange'));
		expect(recorder.flushNow).toHaveBeenCalledTimes(2);
	});

	it('stops listening when stopped', () => {
		const { win, recorder, stop } = setup();
		stop();
		win.dispatchEvent(new Event('pagehide'));
		expect(recorder.flushNow).not.toHaveBeenCalled();
	});
});
