import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Outbox } from './outbox';
import { SEND_DELAY_MS, Syncer } from './sync.svelte';

describe('syncer: when it sends', () => {
	let sends: number;
	let syncer: Syncer;

	beforeEach(() => {
		vi.useFakeTimers();
		sends = 0;
		// An outbox with nothing pending: each send only asks which runs have events.
		const outbox = {
			runsWithPending: async () => {
				sends++;
				return [];
			},
			pendingCount: async () => 0
		};
		syncer = new Syncer(outbox as unknown as Outbox);
	});
	afterEach(() => {
		syncer.stop();
		vi.useRealTimers();
	});

	it('sends a while after events are written (past the release of a tap), once for many', async () => {
		syncer.soon();
		await vi.advanceTimersByTimeAsync(100);
		syncer.soon();
		syncer.soon();
		await vi.advanceTimersByTimeAsync(SEND_DELAY_MS - 101);
		expect(sends).toBe(0);
		await vi.advanceTimersByTimeAsync(1);
		expect(sends).toBe(1);
		await vi.advanceTimersByTimeAsync(SEND_DELAY_MS * 4);
		expect(sends).toBe(1);
	});

	it('sends at once when kicked (a run ended, back online), dropping the later send', async () => {
		syncer.soon();
		syncer.kick();
		await vi.advanceTimersByTimeAsync(0);
		expect(sends).toBe(1);
		await vi.advanceTimersByTimeAsync(SEND_DELAY_MS * 4);
		expect(sends).toBe(1);
	});
});
