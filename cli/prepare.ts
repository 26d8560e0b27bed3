import type { Db } from '../src/lib/server/db';
import { migrateToLatest } from '../src/lib/server/db';
import { demoKioskCodes, isEmpty, seedDemo } from '../src/lib/server/demo/seed';
import { productionRefusal } from '../src/lib/server/demo/production';

export type Prepared =
	| { ok: true; seeded: boolean; codes: string[]; noAccount: boolean }
	| { ok: false; refusal: string };

/**
 * What `npm start` does to the database before serving: migrate; with the demo, seed it on an
 * empty database; without, refuse a database where demo accounts can log in, and say how to
 * create the first admin when there is no account at all.
 */
export async function prepareDatabase(db: Db, demo: boolean): Promise<Prepared> {
	await migrateToLatest(db);
	if (!demo) {
		const refusal = await productionRefusal(db);
		if (refusal) return { ok: false, refusal };
		return { ok: true, seeded: false, codes: [], noAccount: await isEmpty(db) };
	}
	const seeded = await isEmpty(db);
	if (seeded) await seedDemo(db);
	return { ok: true, seeded, codes: await demoKioskCodes(db), noAccount: false };
}
