import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_initial';
import * as m0002 from './0002_kiosk_runs';
import * as m0003 from './0003_thresholds';
import * as m0004 from './0004_sessions';
import * as m0005 from './0005_hiring';
import * as m0006 from './0006_kiosk_bounds';
import * as m0007 from './0007_bounded_reads';
import * as m0009 from './0009_secure_delete';
import * as m0010 from './0010_battery_norms';
import * as m0011 from './0011_run_forms';
import * as m0012 from './0012_cut_sem';
import * as m0013 from './0013_fairness_aggregates';
import * as m0014 from './0014_retests';
import * as m0015 from './0015_run_pauses';

/**
 * Every migration, in order. Listed statically (not read from disk) so that the built server
 * bundle and the CLI run exactly the same set. Never edit a migration once it has landed: add one.
 */
const migrations: Record<string, Migration> = {
	'0001_initial': m0001,
	'0002_kiosk_runs': m0002,
	'0003_thresholds': m0003,
	'0004_sessions': m0004,
	'0005_hiring': m0005,
	'0006_kiosk_bounds': m0006,
	'0007_bounded_reads': m0007,
	'0009_secure_delete': m0009,
	'0010_battery_norms': m0010,
	'0011_run_forms': m0011,
	'0012_cut_sem': m0012,
	'0013_fairness_aggregates': m0013,
	'0014_retests': m0014,
	'0015_run_pauses': m0015
};

export const migrationProvider: MigrationProvider = {
	getMigrations: async () => migrations
};
