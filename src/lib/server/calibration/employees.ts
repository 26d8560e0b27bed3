import { z } from 'zod';
import { SUPERVISOR_RATINGS } from '$lib/domain/records';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { audit } from '../audit/log';
import { registerPerson } from '../kiosk/attempts';
import { currentBattery } from '../campaigns/battery-edit';

export const registerEmployeesSchema = z.object({
	count: z.coerce
		.number({ error: 'calibration.count.invalid' })
		.int({ error: 'calibration.count.invalid' })
		.min(1, { error: 'calibration.count.invalid' })
		.max(50, { error: 'calibration.count.invalid' })
});

export type RegisterResult =
	{ ok: true; codes: string[] } | { ok: false; reason: 'no-battery' | 'frozen' };

/**
 * Registers employees to calibrate the campaign's current battery: each gets an anonymous code
 * (no name, nothing else) and a kiosk code. Calibration happens before the battery is frozen.
 */
export async function registerEmployees(
	db: Db,
	user: SessionUser,
	campaignId: string,
	count: number,
	now = new Date()
): Promise<RegisterResult> {
	const battery = await currentBattery(db, campaignId);
	if (!battery) return { ok: false, reason: 'no-battery' };
	if (battery.frozen) return { ok: false, reason: 'frozen' };
	const codes: string[] = [];
	for (let i = 0; i < count; i++) {
		const person = await registerPerson(
			db,
			{ campaignId, batteryVersionId: battery.versionId, kind: 'calibration' },
			now
		);
		codes.push(person.code);
	}
	await db
		.updateTable('campaigns')
		.set({ status: 'calibration' })
		.where('id', '=', campaignId)
		.where('status', '=', 'draft')
		.execute();
	await audit(
		db,
		{
			actorId: user.id,
			action: 'calibration.registered',
			subjectType: 'campaign',
			subjectId: campaignId,
			details: { count, version: battery.version }
		},
		now
	);
	return { ok: true, codes };
}

export interface CalibrationEmployee {
	personId: string;
	code: string;
	kioskCode: string;
	rating: 'confirme' | 'en-progression' | null;
	status: 'pending' | 'in-progress' | 'finished' | 'refused';
	runsDone: number;
	runsTotal: number;
}

/** The employees calibrating the current battery version, with their progress. */
export async function calibrationEmployees(
	db: Db,
	campaignId: string
): Promise<CalibrationEmployee[]> {
	const battery = await currentBattery(db, campaignId);
	if (!battery) return [];
	const rows = await db
		.selectFrom('persons as p')
		.innerJoin('attempts as a', 'a.person_id', 'p.id')
		.leftJoin('runs as r', 'r.attempt_id', 'a.id')
		.select((eb) => [
			'p.id',
			'p.code',
			'p.supervisor_rating',
			'a.kiosk_code',
			'a.status',
			'p.created_at',
			eb.fn.count<number>('r.id').as('runs_total'),
			eb.fn
				.sum<number>(eb.case().when('r.status', '=', 'finished').then(1).else(0).end())
				.as('runs_done')
		])
		.where('p.campaign_id', '=', campaignId)
		.where('p.kind', '=', 'calibration')
		.where('a.battery_version_id', '=', battery.versionId)
		.groupBy(['p.id', 'p.code', 'p.supervisor_rating', 'a.kiosk_code', 'a.status', 'p.created_at'])
		.orderBy('p.created_at')
		.orderBy('p.code')
		.execute();
	return rows.map((r) => ({
		personId: r.id,
		code: r.code,
		kioskCode: r.kiosk_code,
		rating: r.supervisor_rating,
		status: r.status,
		runsDone: Number(r.runs_done ?? 0),
		runsTotal: Number(r.runs_total)
	}));
}

export const ratingSchema = z.object({
	personId: z.string().min(1),
	rating: z.enum(['', ...SUPERVISOR_RATINGS], { error: 'form.choose' })
});

/** Records (or clears) the supervisor's rating of an employee of the adviser's agency. */
export async function setSupervisorRating(
	db: Db,
	user: SessionUser,
	campaignId: string,
	personId: string,
	rating: 'confirme' | 'en-progression' | null,
	now = new Date()
): Promise<boolean> {
	const result = await db
		.updateTable('persons')
		.set({ supervisor_rating: rating })
		.where('id', '=', personId)
		.where('campaign_id', '=', campaignId)
		.where('kind', '=', 'calibration')
		.executeTakeFirst();
	if (Number(result.numUpdatedRows) === 0) return false;
	await audit(
		db,
		{
			actorId: user.id,
			action: 'calibration.rating.set',
			subjectType: 'person',
			subjectId: personId,
			details: { rating }
		},
		now
	);
	return true;
}
