import type { RunEvent } from './contract';

/**
 * The kiosk's durable memory, in IndexedDB: every event is written here before it is sent, and
 * deleted only once the server has acknowledged it. Also keeps each run's state (machine
 * snapshot, clock, deadline) and the attempt's last known state, so that a reload — even
 * offline — resumes the run where it stopped.
 */

export interface StoredEvent extends RunEvent {
	runId: string;
}

export interface RunRecord {
	runId: string;
	/** Next seq to assign. */
	nextSeq: number;
	/** Highest seq the server acknowledged (-1: none). */
	acked: number;
	/** Run clock bridge across reloads: the last event's t and the wall-clock time it was taken. */
	lastT: number;
	lastWall: number;
	/** Persisted XState snapshot, its payload left out (`snapshot.ts`); null before the run started. */
	snapshot: unknown;
	/** Last phase logged, so that a resume does not log it again. */
	phase: string | null;
	/** Server deadline of the timed part (epoch ms, server clock), when known. */
	deadline: number | null;
	/** The run has ended on this kiosk (its end may still be waiting in the outbox). */
	done: boolean;
}

const DB_NAME = 'habile-kiosk';
const VERSION = 1;

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

/**
 * Commits `tx` now (no more requests will come) and resolves when it is stored. An explicit
 * commit is also what lets a write queued as the page goes away (a reload) be kept rather than
 * aborted with the page.
 */
function done(tx: IDBTransaction): Promise<void> {
	tx.commit?.();
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
		tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
	});
}

export function newRunRecord(runId: string, nextSeq = 0): RunRecord {
	return {
		runId,
		nextSeq,
		acked: nextSeq - 1,
		lastT: 0,
		lastWall: Date.now(),
		snapshot: null,
		phase: null,
		deadline: null,
		done: false
	};
}

/** Where a run's events and record are kept: the outbox on a kiosk, memory in a preview. */
export type RunStore = Pick<Outbox, 'append' | 'putRun' | 'getRun'>;

/**
 * A run store that forgets everything with the page: the adviser's preview ("Essayer") runs an
 * exercise exactly as a kiosk does, but nothing is kept nor sent.
 */
export class MemoryRunStore implements RunStore {
	readonly events: StoredEvent[] = [];
	#runs = new Map<string, RunRecord>();

	async append(events: StoredEvent[], run: RunRecord): Promise<void> {
		this.events.push(...events);
		this.#runs.set(run.runId, run);
	}

	async putRun(run: RunRecord): Promise<void> {
		this.#runs.set(run.runId, run);
	}

	async getRun(runId: string): Promise<RunRecord | undefined> {
		return this.#runs.get(runId);
	}
}

export class Outbox {
	private constructor(private readonly db: IDBDatabase) {}

	static async open(factory: IDBFactory = indexedDB): Promise<Outbox> {
		const req = factory.open(DB_NAME, VERSION);
		req.onupgradeneeded = () => {
			const db = req.result;
			db.createObjectStore('events', { keyPath: ['runId', 'seq'] });
			db.createObjectStore('runs', { keyPath: 'runId' });
			db.createObjectStore('cache', { keyPath: 'key' });
		};
		return new Outbox(await request(req));
	}

	/** Appends events and updates their run record in one transaction: all or nothing. */
	async append(events: StoredEvent[], run: RunRecord): Promise<void> {
		const tx = this.db.transaction(['events', 'runs'], 'readwrite');
		for (const event of events) tx.objectStore('events').put(event);
		tx.objectStore('runs').put(run);
		await done(tx);
	}

	async putRun(run: RunRecord): Promise<void> {
		const tx = this.db.transaction('runs', 'readwrite');
		tx.objectStore('runs').put(run);
		await done(tx);
	}

	async getRun(runId: string): Promise<RunRecord | undefined> {
		return request(this.db.transaction('runs').objectStore('runs').get(runId));
	}

	/** Events not yet acknowledged for a run, in order, at most `limit`. */
	async pending(runId: string, limit: number): Promise<RunEvent[]> {
		const range = IDBKeyRange.bound([runId, 0], [runId, Number.MAX_SAFE_INTEGER]);
		const rows: StoredEvent[] = await request(
			this.db.transaction('events').objectStore('events').getAll(range, limit)
		);
		return rows.map(({ seq, t, type, data }) => ({ seq, t, type, data }));
	}

	/** Runs that have events waiting to be sent. */
	async runsWithPending(): Promise<string[]> {
		const keys = (await request(
			this.db.transaction('events').objectStore('events').getAllKeys()
		)) as [string, number][];
		return [...new Set(keys.map(([runId]) => runId))];
	}

	async pendingCount(): Promise<number> {
		return request(this.db.transaction('events').objectStore('events').count());
	}

	/** Deletes the acknowledged events (seq ≤ ack) and records the acknowledgement. */
	async acknowledge(runId: string, ack: number, deadline: number | null): Promise<void> {
		const tx = this.db.transaction(['events', 'runs'], 'readwrite');
		tx.objectStore('events').delete(IDBKeyRange.bound([runId, 0], [runId, ack]));
		const runs = tx.objectStore('runs');
		const run = await request(runs.get(runId) as IDBRequest<RunRecord | undefined>);
		if (run)
			runs.put({ ...run, acked: Math.max(run.acked, ack), deadline: deadline ?? run.deadline });
		await done(tx);
	}

	async getCache<T>(key: string): Promise<T | undefined> {
		const row = await request(this.db.transaction('cache').objectStore('cache').get(key));
		return (row as { value: T } | undefined)?.value;
	}

	async putCache(key: string, value: unknown): Promise<void> {
		const tx = this.db.transaction('cache', 'readwrite');
		tx.objectStore('cache').put({ key, value });
		await done(tx);
	}

	/** Forgets everything (a new attempt on this kiosk, or a refusal). */
	async clear(): Promise<void> {
		const tx = this.db.transaction(['events', 'runs', 'cache'], 'readwrite');
		for (const store of ['events', 'runs', 'cache']) tx.objectStore(store).clear();
		await done(tx);
	}

	close(): void {
		this.db.close();
	}
}
