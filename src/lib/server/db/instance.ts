import { readConfig } from '../config';
import { migrateToLatest, openDatabase, type Db } from './index';

let db: Db | undefined;
let ready: Promise<void> | undefined;

/** The app server's database, opened on first use from `DATABASE_URL`. */
export function database(): Db {
	db ??= openDatabase(readConfig().DATABASE_URL);
	return db;
}

/** Migrates once per process; called from the server's `init` hook. */
export function ensureMigrated(): Promise<void> {
	ready ??= migrateToLatest(database()).then(() => undefined);
	return ready;
}
