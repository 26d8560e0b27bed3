import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newRunRecord, Outbox } from './outbox';

const event = (runId: string, seq: number) => ({
	runId,
	seq,
	t: seq * 10,
	type: 'item.placed',
	data: { item: `i${seq}` }
});

describe('kiosk outbox (IndexedDB)', () => {
	let outbox: Outbox;
	beforeEach(async () => {
		outbox = await Outbox.open();
		await outbox.clear();
	});
	afterEach(() => outbox.close());

	it('keeps events in seq order per run until acknowledged', async () => {
		let run = newRunRecord('r1');
		for (const seq of [0, 1, 2, 3]) {
			run = { ...run, nextSeq: seq + 1 };
			await outbox.append([event('r1', seq)], run);
		}
		await outbox.append([event('r2', 0)], { ...newRunRecord('r2'), nextSeq: 1 });
		expect((await outbox.pending('r1', 10)).map((e) => e.seq)).toEqual([0, 1, 2, 3]);
		expect((await outbox.pending('r1', 2)).map((e) => e.seq)).toEqual([0, 1]);
		expect((await outbox.runsWithPending()).sort()).toEqual(['r1', 'r2']);

		await outbox.acknowledge('r1', 1, 123_456);
		expect((await outbox.pending('r1', 10)).map((e) => e.seq)).toEqual([2, 3]);
		expect(await outbox.pendingCount()).toBe(3);
		expect(await outbox.getRun('r1')).toMatchObject({ acked: 1, nextSeq: 4, deadline: 123_456 });
		// Other runs are untouched.
		expect((await outbox.pending('r2', 10)).map((e) => e.seq)).toEqual([0]);
	});

	it('writes an event and its run record together, and survives being reopened', async () => {
		await outbox.append([event('r1', 0)], { ...newRunRecord('r1'), nextSeq: 1, phase: 'epreuve' });
		outbox.close();
		outbox = await Outbox.open();
		expect(await outbox.getRun('r1')).toMatchObject({ nextSeq: 1, phase: 'epreuve' });
		expect(await outbox.pending('r1', 10)).toEqual([
			{ seq: 0, t: 0, type: 'item.placed', data: { item: 'i0' } }
		]);
	});

	it('starts a run after the events the server already holds', () => {
		expect(newRunRecord('r1', 12)).toMatchObject({
			nextSeq: 12,
			acked: 11,
			snapshot: null,
			done: false
		});
	});

	it('keeps a small cache of the attempt state', async () => {
		await outbox.putCache('state', { attemptId: 'a1' });
		expect(await outbox.getCache('state')).toEqual({ attemptId: 'a1' });
		await outbox.clear();
		expect(await outbox.getCache('state')).toBeUndefined();
	});
});
