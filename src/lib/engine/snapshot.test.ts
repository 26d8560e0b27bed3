import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { runSetup } from '$exercises/attention/fixtures';
import { prepare } from '$exercises/attention/items.server';
import { machine as attention } from '$exercises/attention/machine';
import { buildPayload as prepareConsignes } from '$exercises/consignes/items.server';
import { machine as consignes } from '$exercises/consignes/machine';
import { configSchema as consignesConfig } from '$exercises/consignes/config.schema';
import { withoutPayload, withPayload } from './snapshot';

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

/** What IndexedDB keeps: a structured clone. */
const stored = <T>(value: T): T => structuredClone(value);

describe('stored machine state', () => {
	it('keeps the attention items out of the stored state and puts them back on resume', () => {
		const setup = runSetup({ difficulty: 2, durationSeconds: 60 }, 7);
		const payload = prepare(setup);
		const actor = createActor(attention, { input: { config: setup.config, payload } }).start();
		actor.send({ type: 'phase.next' });
		actor.send({ type: 'item.reject', at: 12 });

		const persisted = actor.getPersistedSnapshot();
		const kept = stored(withoutPayload(persisted, payload));
		// The items are a reference; the state that moves is there.
		expect(JSON.stringify(kept).length).toBeLessThan(JSON.stringify(persisted).length / 5);
		expect(JSON.stringify(kept)).not.toContain(payload.items[0]!.key);
		const context = (kept as unknown as { context: Record<string, unknown> }).context;
		expect(context.practiceIndex).toBe(0);
		expect(context.feedback).not.toBeNull();

		// A new page: the same payload, served again, and the stored state.
		const again = structuredClone(payload);
		const resumed = createActor(attention, {
			input: { config: setup.config, payload: again },
			snapshot: withPayload(kept, again)
		}).start();
		expect(resumed.getSnapshot().value).toEqual(actor.getSnapshot().value);
		expect(resumed.getSnapshot().context).toEqual(actor.getSnapshot().context);
		expect(resumed.getSnapshot().context.items).toBe(again.items);
	});

	it('stores the whole payload as one reference when the context keeps it whole (sorting)', () => {
		const config = consignesConfig.parse({ itemCount: 12, difficulty: 1 });
		const payload = prepareConsignes({ config, seed: 3 });
		const actor = createActor(consignes, { input: { config, payload } }).start();
		actor.send({ type: 'phase.next' });

		const kept = stored(withoutPayload(actor.getPersistedSnapshot(), payload));
		expect((kept as unknown as { context: { payload: unknown } }).context.payload).toEqual({
			habile$payload: ''
		});
		const resumed = createActor(consignes, {
			input: { config, payload },
			snapshot: withPayload(kept, payload)
		}).start();
		expect(resumed.getSnapshot().context).toEqual(actor.getSnapshot().context);
	});

	it('stores a copy of a payload value as a value: only the payload itself is referred to', () => {
		const payload = { items: [1, 2, 3], pace: { ms: 900 } };
		const snapshot = { value: 'x', context: { items: [1, 2, 3], pace: payload.pace, n: 2 } };
		const kept = withoutPayload(snapshot, payload);
		expect(kept.context.items).toEqual([1, 2, 3]);
		expect(kept.context.pace).toEqual({ habile$payload: 'pace' });
		expect(kept.context.n).toBe(2);
		expect(withPayload(kept, payload).context.pace).toBe(payload.pace);
	});

	it('resumes a state stored whole (before this change) as it was', () => {
		const snapshot = { value: 'x', context: { items: [1, 2], n: 1 } };
		expect(withPayload(stored(snapshot), { items: [9] })).toEqual(snapshot);
	});

	it('refuses a reference the payload cannot resolve, saying which', () => {
		const kept = { value: 'x', context: { items: { habile$payload: 'items' } } };
		expect(() => withPayload(kept, { other: [] })).toThrow(/"items"/);
	});
});
