import type { Db } from '../db';
import { forgetRateCounters } from '../kiosk/rate-limit';

/** What a deletion removed, by table (counts only: the audit log gets these, never names). */
export interface DeletedCounts {
	persons: number;
	identities: number;
	attempts: number;
	runs: number;
	events: number;
	scores: number;
	decisions: number;
	/** Interviews, outcomes, tutors, check-points, contract breaks and placements. */
	hiring: number;
}

const CHUNK = 200;
const HIRING_TABLES = [
	'interviews',
	'outcomes',
	'tutors',
	'checkpoints',
	'contract_breaks',
	'placements'
] as const;

type CountQuery = Promise<{ n: number | string | bigint } | undefined>;
const n = async (q: CountQuery) => Number((await q)?.n ?? 0);

async function countChunk(db: Db, ids: string[]): Promise<Omit<DeletedCounts, 'persons'>> {
	const attempts = db.selectFrom('attempts as a').where('a.person_id', 'in', ids);
	const runs = attempts.innerJoin('runs as r', 'r.attempt_id', 'a.id');
	const ofAttempts = (table: 'decisions' | (typeof HIRING_TABLES)[number]) =>
		n(
			db
				.selectFrom(table)
				.select((eb) => eb.fn.countAll().as('n'))
				.where('attempt_id', 'in', attempts.select('a.id'))
				.executeTakeFirst()
		);
	let hiring = 0;
	for (const table of HIRING_TABLES) hiring += await ofAttempts(table);
	return {
		identities: await n(
			db
				.selectFrom('identities')
				.select((eb) => eb.fn.countAll().as('n'))
				.where('person_id', 'in', ids)
				.executeTakeFirst()
		),
		attempts: await n(attempts.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()),
		runs: await n(runs.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()),
		events: await n(
			runs
				.innerJoin('run_events as e', 'e.run_id', 'r.id')
				.select((eb) => eb.fn.countAll().as('n'))
				.executeTakeFirst()
		),
		scores: await n(
			runs
				.innerJoin('scores as sc', 'sc.run_id', 'r.id')
				.select((eb) => eb.fn.countAll().as('n'))
				.executeTakeFirst()
		),
		decisions: await ofAttempts('decisions'),
		hiring
	};
}

/** Free text the audit log may hold about a person (an outcome's note): removed with them. */
const FREE_TEXT_KEYS = new Set(['note']);

function withoutFreeText(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutFreeText);
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value)
				.filter(([key]) => !FREE_TEXT_KEYS.has(key))
				.map(([key, v]) => [key, withoutFreeText(v)])
		);
	return value;
}

/**
 * The audit log keeps who did what to whom, by ids, after the person is gone; the free text
 * some entries carried about them (an outcome's note) goes with them.
 */
async function scrubAudit(db: Db, personIds: string[], attemptIds: string[]): Promise<void> {
	const about = (type: string, ids: string[]) =>
		ids.length === 0
			? []
			: db
					.selectFrom('audit_log')
					.select(['id', 'details'])
					.where('subject_type', '=', type)
					.where('subject_id', 'in', ids)
					.execute();
	const entries = [...(await about('person', personIds)), ...(await about('attempt', attemptIds))];
	for (const entry of entries) {
		const details = JSON.stringify(withoutFreeText(JSON.parse(entry.details)));
		if (details !== entry.details)
			await db.updateTable('audit_log').set({ details }).where('id', '=', entry.id).execute();
	}
}

/**
 * Deletes everything about these persons: the person row, and by cascade their identity,
 * attempts, runs, events, scores, decisions and hiring data; their audit entries lose any free
 * text. Call it in a transaction, then `flushDeletions` once committed. Returns the counts.
 */
export async function deletePersons(db: Db, personIds: string[]): Promise<DeletedCounts> {
	const counts: DeletedCounts = {
		persons: personIds.length,
		identities: 0,
		attempts: 0,
		runs: 0,
		events: 0,
		scores: 0,
		decisions: 0,
		hiring: 0
	};
	for (let i = 0; i < personIds.length; i += CHUNK) {
		const ids = personIds.slice(i, i + CHUNK);
		const chunk = await countChunk(db, ids);
		for (const key of Object.keys(chunk) as (keyof typeof chunk)[]) counts[key] += chunk[key];
		const attemptIds = (
			await db.selectFrom('attempts').select('id').where('person_id', 'in', ids).execute()
		).map((a) => a.id);
		const runIds = attemptIds.length
			? (
					await db.selectFrom('runs').select('id').where('attempt_id', 'in', attemptIds).execute()
				).map((r) => r.id)
			: [];
		await scrubAudit(db, ids, attemptIds);
		await forgetRateCounters(db, [...attemptIds, ...runIds]);
		await db.deleteFrom('persons').where('id', 'in', ids).execute();
	}
	return counts;
}
