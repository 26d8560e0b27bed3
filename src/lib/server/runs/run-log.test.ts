import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { backfillRunSummaries } from '../db/migrations/0007_bounded_reads';
import { testDatabases } from '../testing/db';
import { makeRun } from '../testing/factories';
import { runLogOf, type StoredEvent } from './run-log';

const event = (seq: number, type: string, data: object = {}): StoredEvent => ({
	seq,
	t: seq * 100,
	type,
	data: JSON.stringify(data),
	received_at: '2026-12-03T08:00:00.000Z',
	late: 0
});

describe.each(testDatabases())('run summary [$name]', ({ open }) => {
	let db: Db;
	let runId: string;
	beforeEach(async () => {
		db = await open();
		({ runId } = await makeRun(db));
	});
	afterEach(async () => db.destroy());

	const summary = () =>
		db
			.selectFrom('runs')
			.select(['phase', 'last_event_type'])
			.where('id', '=', runId)
			.executeTakeFirstOrThrow();
	/** Appends a batch and moves the run on, as ingestion does. */
	const store = (events: StoredEvent[]) =>
		runLogOf(db)(async (trx) => {
			const run = (await trx.run(runId))!;
			await trx.append(runId, events);
			await trx.progress(runId, {
				next_seq: Math.max(run.next_seq, events.at(-1)!.seq + 1),
				last_contact_at: '2026-12-03T08:00:00.000Z',
				epreuve_t: null,
				deadline_at: null,
				status: 'running',
				started_at: undefined,
				finished_at: undefined
			});
		});

	it('is kept with the events: latest phase, latest event type; a batch sent again changes nothing', async () => {
		expect(await summary()).toEqual({ phase: null, last_event_type: null });
		await store([
			event(0, 'phase.started', { phase: 'consigne' }),
			event(1, 'phase.started', { phase: 'entrainement' }),
			event(2, 'item.presented', { item: 'a', index: 0 })
		]);
		expect(await summary()).toEqual({ phase: 'entrainement', last_event_type: 'item.presented' });
		// No phase in this batch: the phase stays.
		await store([event(3, 'item.placed', { item: 'a', bin: 'A' }), event(4, 'inactivity.prompt')]);
		expect(await summary()).toEqual({
			phase: 'entrainement',
			last_event_type: 'inactivity.prompt'
		});
		// The first batch again (its ack was lost): already stored, the summary does not go back.
		await store([
			event(0, 'phase.started', { phase: 'consigne' }),
			event(1, 'phase.started', { phase: 'entrainement' }),
			event(2, 'item.presented', { item: 'a', index: 0 })
		]);
		expect(await summary()).toEqual({
			phase: 'entrainement',
			last_event_type: 'inactivity.prompt'
		});
		await store([event(5, 'phase.started', { phase: 'epreuve' })]);
		expect(await summary()).toEqual({ phase: 'epreuve', last_event_type: 'phase.started' });
	});

	it('is back-filled by its migration from the events already stored', async () => {
		await store([
			event(0, 'phase.started', { phase: 'consigne' }),
			event(1, 'phase.started', { phase: 'epreuve' }),
			event(2, 'item.presented', { item: 'a', index: 0 }),
			event(3, 'inactivity.paused')
		]);
		const { runId: untouched } = await makeRun(db);
		// As the runs were before the migration: no summary.
		await db.updateTable('runs').set({ phase: null, last_event_type: null }).execute();
		await backfillRunSummaries(db);
		expect(await summary()).toEqual({ phase: 'epreuve', last_event_type: 'inactivity.paused' });
		const other = await db
			.selectFrom('runs')
			.select(['phase', 'last_event_type'])
			.where('id', '=', untouched)
			.executeTakeFirstOrThrow();
		expect(other).toEqual({ phase: null, last_event_type: null });
	});
});
