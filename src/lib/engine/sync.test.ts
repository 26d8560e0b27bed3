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

describe('syncer: what it does with the answers', () => {
	const event = (seq: number) => ({ runId: 'r1', seq, t: seq * 100, type: 'focus.lost', data: {} });
	let pending: ReturnType<typeof event>[];
	let acknowledged: number[];
	let syncer: Syncer;
	let answers: { status: number; body: Record<string, unknown> }[];

	beforeEach(() => {
		vi.useFakeTimers();
		pending = [event(4), event(5)];
		acknowledged = [];
		answers = [];
		const outbox = {
			runsWithPending: async () => (pending.length ? ['r1'] : []),
			pending: async () => pending,
			getRun: async () => undefined,
			acknowledge: async (_runId: string, ack: number) => {
				acknowledged.push(ack);
				pending = pending.filter((e) => e.seq > ack);
			},
			pendingCount: async () => pending.length
		};
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => {
				const answer = answers.shift() ?? { status: 200, body: { ack: 5, serverNow: 0 } };
				return new Response(JSON.stringify(answer.body), { status: answer.status });
			})
		);
		syncer = new Syncer(outbox as unknown as Outbox);
	});
	afterEach(() => {
		syncer.stop();
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});

	it('slowed down by the server (429), keeps its events and sends them again later, online', async () => {
		answers.push({ status: 429, body: { error: 'too many' } });
		syncer.kick();
		await vi.advanceTimersByTimeAsync(0);
		expect(acknowledged).toEqual([]);
		expect(syncer.online).toBe(true);
		expect(syncer.problem).toBeNull();
		await vi.advanceTimersByTimeAsync(1_000);
		expect(acknowledged).toEqual([5]);
	});

	it('forgets what it holds of a run the server finished (410), and goes on', async () => {
		answers.push({ status: 410, body: { error: 'finished', runFinished: true } });
		syncer.kick();
		await vi.advanceTimersByTimeAsync(0);
		expect(acknowledged).toEqual([5]);
		expect(syncer.problem).toBeNull();
	});
});
