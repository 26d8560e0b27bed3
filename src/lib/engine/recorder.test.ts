import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newRunRecord, type Outbox, type RunRecord, type StoredEvent } from './outbox';
import { RunRecorder } from './recorder';

describe('run recorder: storing', () => {
	let frames: FrameRequestCallback[];
	let writes: { events: StoredEvent[]; run: RunRecord }[];
	let stateReads: number;
	let recorder: RunRecorder;
	const paint = () => frames.splice(0).forEach((frame) => frame(performance.now()));

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
