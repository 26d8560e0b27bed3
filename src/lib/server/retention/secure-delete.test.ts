import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase, sqliteConnectionOf, type Db } from '../db';
import { migrationProvider } from '../db/migrations';
import { newId } from '../ids';
import { makeAdviserCampaign } from '../testing/factories';
import { makePlayedSession } from '../testing/results';
import { eraseCandidate } from './erase';
import { purgeExpired } from './purge';

/** A name no other data contains, so that finding its bytes means finding the candidate. */
const NAME = 'Zéphyrinelle';

describe('deleted candidates are not readable in the SQLite file', () => {
	let file: string;
	let db: Db;
	beforeEach(async () => {
		file = join(mkdtempSync(join(tmpdir(), 'habile-secure-delete-')), 'habile.db');
		db = openDatabase(file);
		await migrateToLatest(db);
	});
	afterEach(async () => db.destroy());

	/** Whether the database file or its WAL holds these bytes. */
	const inFiles = (text: string) =>
		[file, `${file}-wal`].some(
			(f) => existsSync(f) && readFileSync(f).includes(Buffer.from(text, 'utf8'))
		);

	const playedCandidate = async () => {
		const { adviser, campaignId } = await makeAdviserCampaign(db);
		const { candidates } = await makePlayedSession(db, adviser, campaignId, {
			skills: [0.5],
			names: [NAME]
		});
		return { adviser, campaignId, personId: candidates[0]!.personId };
	};

	it('after an erasure, neither in the database file nor in its WAL', async () => {
		const { adviser, campaignId, personId } = await playedCandidate();
		expect(inFiles(NAME)).toBe(true);
		expect(await eraseCandidate(db, adviser.id, campaignId, personId, 'erasure-request')).toEqual(
			expect.objectContaining({ persons: 1 })
		);
		expect(inFiles(NAME)).toBe(false);
	});

	it('after a purge, neither in the database file nor in its WAL', async () => {
		await playedCandidate();
		expect(inFiles(NAME)).toBe(true);
		expect((await purgeExpired(db, new Date('2027-03-04T00:00:00Z'))).persons).toBe(1);
		expect(inFiles(NAME)).toBe(false);
	});

	it('is what secure_delete and the checkpoint do: without them the name stays', async () => {
		sqliteConnectionOf(db)!.sqlite.pragma('secure_delete = OFF');
		await playedCandidate();
		await purgeExpired(db, new Date('2027-03-04T00:00:00Z'));
		sqliteConnectionOf(db)!.sqlite.pragma('wal_checkpoint(TRUNCATE)');
		expect(inFiles(NAME)).toBe(true);
	});

	it('scrubs, once, what was deleted before secure_delete was on (migration 0009)', async () => {
		const sqlite = sqliteConnectionOf(db)!.sqlite;
		sqlite.pragma('secure_delete = OFF');
		const agency = newId();
		await db
			.insertInto('agencies')
			.values({ id: agency, name: NAME, created_at: new Date().toISOString() })
			.execute();
		await db.deleteFrom('agencies').where('id', '=', agency).execute();
		sqlite.pragma('wal_checkpoint(TRUNCATE)');
		expect(inFiles(NAME)).toBe(true);
		// As if the database came from before the migration: its `up` runs again. (Not through
		// the migrator: it refuses an earlier migration once later ones, such as 0014, ran.)
		const { up } = (await migrationProvider.getMigrations())['0009_secure_delete']!;
		await up(db);
		expect(inFiles(NAME)).toBe(false);
	});
});
