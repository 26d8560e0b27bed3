/**
 * A run's machine state as it is stored with each write, without its payload.
 *
 * Machines keep the run's payload (the items, drawn by the server from the run's seed) in their
 * context as they received it: `items: input.payload.items`. Stored as is, every write would
 * clone and store the whole list again, and every acknowledgement read it back: on a tablet,
 * time on the main thread and garbage to collect while the person answers. The payload is a
 * function of the run (config, seed, time multiplier: the server scores from it too) and comes
 * with the page on every opening, so a context value that *is* the payload, or one of its
 * top-level values, is stored as a reference to it and put back on resume.
 */

const REF = 'habile$payload';

type Ref = { [REF]: string };

const isRef = (value: unknown): value is Ref =>
	typeof value === 'object' && value !== null && REF in value;

interface Persisted {
	context?: unknown;
}

/** Where `value` sits in the payload: '' for the payload itself, a key for one of its values. */
function placeIn(payload: object, value: object): string | null {
	if (value === payload) return '';
	for (const [key, part] of Object.entries(payload)) if (part === value) return key;
	return null;
}

const mapContext = <T>(
	snapshot: T,
	map: (context: Record<string, unknown>) => Record<string, unknown>
): T => {
	const { context } = snapshot as Persisted;
	if (typeof context !== 'object' || context === null) return snapshot;
	return { ...snapshot, context: map(context as Record<string, unknown>) };
};

/** The snapshot to store: context values taken from the payload become references to it. */
export function withoutPayload<T>(snapshot: T, payload: unknown): T {
	if (typeof payload !== 'object' || payload === null) return snapshot;
	return mapContext(snapshot, (context) => {
		const stored: Record<string, unknown> = {};
		for (const [key, value] of Object.entries(context)) {
			const place = typeof value === 'object' && value !== null ? placeIn(payload, value) : null;
			stored[key] = place === null ? value : ({ [REF]: place } satisfies Ref);
		}
		return stored;
	});
}

/** The stored snapshot with its payload back (a snapshot stored whole is returned as it was). */
export function withPayload<T>(snapshot: T, payload: unknown): T {
	return mapContext(snapshot, (context) => {
		const restored: Record<string, unknown> = {};
		for (const [key, value] of Object.entries(context)) {
			if (!isRef(value)) {
				restored[key] = value;
				continue;
			}
			const place = value[REF];
			const part = place === '' ? payload : (payload as Record<string, unknown> | null)?.[place];
			if (part === undefined)
				throw new Error(`The stored state refers to "${place}" of a payload that has none`);
			restored[key] = part;
		}
		return restored;
	});
}
