import { migrateToLatest, openDatabase, type Db } from '../../src/lib/server/db';
import { createBatteryVersion } from '../../src/lib/server/campaigns/battery';
import { saveThresholds, thresholdsView } from '../../src/lib/server/calibration/thresholds';
import { demoThreshold } from '../../src/lib/server/demo/seed';
import { simulateAttempt } from '../../src/lib/server/demo/simulate';
import { registerPerson } from '../../src/lib/server/kiosk/attempts';
import {
	makeAttempt,
	makeCampaign,
	makeUser,
	sessionUserOf
} from '../../src/lib/server/testing/factories';
import { shortlistedCampaign } from '../../src/lib/server/testing/shortlist';
import { shortlistedAttempt } from '../../src/lib/server/hiring/access';
import { recordOutcome, scheduleInterview } from '../../src/lib/server/hiring/hiring';

/**
 * Direct access to the e2e database (the same SQLite file the server under test uses, in WAL
 * mode): to set up attempts through the real services and to check what the server stored.
 */
export async function withDb<T>(fn: (db: Db) => Promise<T>, file = 'data/e2e.db'): Promise<T> {
	const db = openDatabase(file);
	try {
		await migrateToLatest(db);
		return await fn(db);
	} finally {
		await db.destroy();
	}
}

export function newAttempt(options: Parameters<typeof makeAttempt>[1] = {}, file?: string) {
	return withDb((db) => makeAttempt(db, options), file);
}

export function storedScores(attemptId: string, file?: string) {
	return withDb(
		(db) =>
			db
				.selectFrom('scores as s')
				.innerJoin('runs as r', 'r.id', 's.run_id')
				.select([
					's.exercise_id',
					's.raw',
					's.max',
					's.subscores',
					's.items',
					's.flags',
					'r.position'
				])
				.where('r.attempt_id', '=', attemptId)
				.orderBy('r.position')
				.execute(),
		file
	);
}

export function storedEvents(runId: string, file?: string) {
	return withDb(
		(db) =>
			db
				.selectFrom('run_events')
				.select(['seq', 't', 'type', 'data', 'late'])
				.where('run_id', '=', runId)
				.orderBy('seq')
				.execute(),
		file
	);
}

/**
 * A campaign of the demo adviser's agency, of its own (tests that change a campaign must not
 * change the demo one others read), with its job analysis and, optionally, a battery taken by
 * `takers` people.
 */
export function newDemoCampaign(options: {
	jobTitle: string;
	habiletes: string[];
	battery?: boolean;
	takers?: number;
	/** Employees who take the battery (played by the exercises' bots at varied skill). */
	calibrated?: number;
	/** Thresholds set (the employees' 20th percentile) and the calibration validated. */
	frozen?: boolean;
	/** The sorting station's settings (default: its defaults, theme logistique). */
	config?: Record<string, unknown>;
	/** The battery's exercises, when not the sorting station alone. */
	exercises?: { exerciseId: string; config: Record<string, unknown> }[];
}) {
	return withDb(async (db) => {
		const adviser = await db
			.selectFrom('users')
			.select(['id', 'agency_id'])
			.where('email', '=', 'conseiller@habile.demo')
			.executeTakeFirstOrThrow();
		const company = await db
			.selectFrom('companies')
			.select('id')
			.where('agency_id', '=', adviser.agency_id!)
			.executeTakeFirstOrThrow();
		const campaignId = await makeCampaign(db, {
			agencyId: adviser.agency_id!,
			companyId: company.id,
			adviserId: adviser.id,
			jobTitle: options.jobTitle,
			habiletes: options.habiletes
		});
		if (options.battery) {
			const versionId = await createBatteryVersion(
				db,
				campaignId,
				options.exercises ?? [
					{ exerciseId: 'consignes', config: { theme: 'logistique', ...options.config } }
				]
			);
			for (let i = 0; i < (options.takers ?? 0); i++) {
				await registerPerson(db, { campaignId, batteryVersionId: versionId, kind: 'calibration' });
			}
			for (let i = 0; i < (options.calibrated ?? 0); i++) {
				const employee = await registerPerson(db, {
					campaignId,
					batteryVersionId: versionId,
					kind: 'calibration'
				});
				await simulateAttempt(db, employee.attemptId, 0.4 + (i % 6) / 10, 500 + i);
			}
			if (options.frozen) {
				const view = (await thresholdsView(db, campaignId))!;
				const result = await saveThresholds(
					db,
					{ id: adviser.id },
					campaignId,
					view.versionId,
					{
						lockVersion: view.lockVersion,
						rule: { kind: 'all' },
						// The 20th percentile, or just above the lowest score where it fails nobody.
						lines: view.lines.map((l) => ({
							...demoThreshold(l),
							position: l.position,
							eliminatory: true
						}))
					},
					{ freeze: true }
				);
				if (!result.ok) throw new Error(`newDemoCampaign: not frozen (${result.reason})`);
			}
		}
		return campaignId;
	});
}

/**
 * A campaign of the demo employer's company carried to the shortlist through the real services:
 * candidates named in `names` played the battery, those in `present` were presented. Bruno, if
 * named, was interviewed and hired 40 days ago (so his day-7 and day-30 check-points are due).
 */
export function newShortlistedDemoCampaign(jobTitle: string, names: string[], present: string[]) {
	return withDb(async (db) => {
		const adviserRow = await db
			.selectFrom('users')
			.select('id')
			.where('email', '=', 'conseiller@habile.demo')
			.executeTakeFirstOrThrow();
		const employerRow = await db
			.selectFrom('users')
			.select(['id', 'company_id'])
			.where('email', '=', 'employeur@habile.demo')
			.executeTakeFirstOrThrow();
		const adviser = await sessionUserOf(db, adviserRow.id);
		const campaignId = await makeCampaign(db, {
			agencyId: adviser.agency_id!,
			companyId: employerRow.company_id!,
			adviserId: adviser.id,
			jobTitle
		});
		const { attempts } = await shortlistedCampaign(db, adviser, campaignId, names, present);
		if (attempts.Bruno) {
			const employer = await sessionUserOf(db, employerRow.id);
			const a = (await shortlistedAttempt(db, employer, attempts.Bruno))!;
			const ago = (days: number) => new Date(Date.now() - days * 86_400_000);
			const date = (d: Date) => d.toISOString().slice(0, 10);
			await scheduleInterview(
				db,
				employer,
				a,
				{ date: date(ago(45)), time: '10:00', place: 'Siège' },
				ago(50)
			);
			const hired = await recordOutcome(
				db,
				employer,
				a,
				{ outcome: 'hired', contractType: 'cdi', startDate: date(ago(40)) },
				ago(44)
			);
			if (!hired.ok) throw new Error(`newShortlistedDemoCampaign: ${hired.reason}`);
		}
		return { campaignId, attempts };
	});
}

/** A new adviser of the demo agency, with its own password: for journeys that change accounts. */
export function newAdviserAccount(name: string) {
	return withDb(async (db) => {
		const demo = await db
			.selectFrom('users')
			.select('agency_id')
			.where('email', '=', 'conseiller@habile.demo')
			.executeTakeFirstOrThrow();
		const email = `${name.toLowerCase().replace(/\W+/g, '.')}-${crypto.randomUUID().slice(0, 8)}@agence.example`;
		const password = 'la tortue traverse la route';
		await makeUser(db, { role: 'adviser', agencyId: demo.agency_id, name, email, password });
		return { email, password, name };
	});
}
