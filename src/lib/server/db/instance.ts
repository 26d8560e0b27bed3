import { readConfig } from '../config';
import { migrateToLatest, openDatabase, type Db } from './index';

let ready: Promise<void> | undefined;

// The server loads this module twice: bundled in build/, and from the sources for the direct
// events endpoint (cli/serve.ts). Both must share one database: two SQLite connections in one
// process would wait for each other's write lock while blocking the event loop.
const shared = globalThis as typeof globalThis & { [key: symbol]: Db | undefined };
const DATABASE = Symbol.for('habile.database');

/** The app server's database, opened on first use from `DATABASE_URL`; one per process. */
export function database(): Db {
	shared[DATABASE] ??= openDatabase(readConfig().DATABASE_URL);
	return shared[DATABASE];
}

/** Migrates once per process; called from the server's `init` hook. */
export function ensureMigrated(): Promise<void> {
	ready ??= migrateToLatest(database()).then(() => undefined);
	return ready;
}
