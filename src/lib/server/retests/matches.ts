import type { Db } from '../db';
import type { ContactKeys } from './contact';
import { usedSeeds, type UsedSeeds } from './seeds';

/** Another registration of the same contact in the agency. */
export interface EarlierRegistration {
	personId: string;
	campaignId: string;
	jobTitle: string;
	registeredAt: string;
	/** Which contact matched. */
	matchedBy: ('email' | 'phone')[];
	/**
	 * When they took the battery (consent given on the kiosk: instructions and practice seen),
	 * or, not yet started, when their planned session is to come; null when neither.
	 */
	testAt: string | null;
}

/**
 * The candidates of the agency's campaigns (never another agency's) registered with the same
 * email or phone, once normalised. Calibrating employees have no contact and never match.
 */
export async function registrationsOfContact(
	db: Db,
	agencyId: string,
	keys: ContactKeys,
	now = new Date()
): Promise<EarlierRegistration[]> {
	if (!keys.emailKey && !keys.phoneKey) return [];
	const rows = await db
		.selectFrom('identities as i')
		.innerJoin('persons as p', 'p.id', 'i.person_id')
		.innerJoin('campaigns as c', 'c.id', 'p.campaign_id')
		.leftJoin('attempts as a', 'a.person_id', 'p.id')
		.leftJoin('sessions as s', 's.id', 'a.session_id')
		.select([
			'p.id',
			'p.campaign_id',
			'p.created_at',
			'c.job_title',
			'i.email_key',
			'i.phone_key',
			'a.consent',
			'a.consent_at',
			's.status as session_status',
			's.starts_at'
		])
		.where('c.agency_id', '=', agencyId)
		.where('p.kind', '=', 'candidate')
		.where((eb) =>
			eb.or([
				...(keys.emailKey ? [eb('i.email_key', '=', keys.emailKey)] : []),
				...(keys.phoneKey ? [eb('i.phone_key', '=', keys.phoneKey)] : [])
			])
		)
		.orderBy('p.created_at')
		.execute();
	const byPerson = new Map<string, EarlierRegistration>();
	for (const r of rows) {
		const found = byPerson.get(r.id) ?? {
			personId: r.id,
			campaignId: r.campaign_id,
			jobTitle: r.job_title,
			registeredAt: r.created_at,
			matchedBy: [
				...(keys.emailKey && r.email_key === keys.emailKey ? (['email'] as const) : []),
				...(keys.phoneKey && r.phone_key === keys.phoneKey ? (['phone'] as const) : [])
			],
			testAt: null
		};
		const testAt = testDateOf(r, now);
		if (testAt && (!found.testAt || testAt > found.testAt)) found.testAt = testAt;
		byPerson.set(r.id, found);
	}
	return [...byPerson.values()];
}

/** When an attempt is (or will be) a test: see `EarlierRegistration.testAt`. */
function testDateOf(
	a: {
		consent: 'pending' | 'accepted' | 'refused' | null;
		consent_at: string | null;
		session_status: 'planned' | 'closed' | null;
		starts_at: string | null;
	},
	now: Date
): string | null {
	if (a.consent === 'accepted') return a.consent_at;
	if (a.consent === 'pending' && a.session_status === 'planned' && a.starts_at)
		return new Date(a.starts_at) > now ? a.starts_at : null;
	return null;
}

/** The seeds these persons' runs used, by exercise: a retest gets none of them. */
export async function seedsOfPersons(db: Db, personIds: readonly string[]): Promise<UsedSeeds> {
	if (personIds.length === 0) return usedSeeds([]);
	const runs = await db
		.selectFrom('runs as r')
		.innerJoin('attempts as a', 'a.id', 'r.attempt_id')
		.innerJoin('battery_exercises as be', 'be.id', 'r.battery_exercise_id')
		.select(['be.exercise_id as exerciseId', 'r.seed'])
		.where('a.person_id', 'in', personIds)
		.execute();
	return usedSeeds(runs);
}

/** What an adviser's candidate list shows of a person registered again. */
export interface RetestFlag {
	/** Registrations of the same contact in the agency before this one. */
	earlier: number;
	/** The latest battery taken among them (consent given), if any. */
	lastTestAt: string | null;
	/** The adviser's reason when this registration overrode the retest interval. */
	override: string | null;
}

/**
 * The retest flags of the listed candidates (advisers' lists only: employers never get them).
 * A person is flagged when the same contact was registered earlier in the agency; the first
 * registration is not.
 */
export async function retestFlags(
	db: Db,
	agencyId: string,
	personIds: readonly string[]
): Promise<Map<string, RetestFlag>> {
	const flags = new Map<string, RetestFlag>();
	if (personIds.length === 0) return flags;
	const rows = await db
		.selectFrom('identities as i')
		.innerJoin('persons as p', 'p.id', 'i.person_id')
		.innerJoin('identities as o', (join) =>
			join
				.onRef('o.person_id', '<>', 'i.person_id')
				.on((eb) =>
					eb.or([
						eb('o.email_key', '=', eb.ref('i.email_key')),
						eb('o.phone_key', '=', eb.ref('i.phone_key'))
					])
				)
		)
		.innerJoin('persons as op', 'op.id', 'o.person_id')
		.innerJoin('campaigns as oc', 'oc.id', 'op.campaign_id')
		.leftJoin('attempts as oa', (join) =>
			join.onRef('oa.person_id', '=', 'op.id').on('oa.consent', '=', 'accepted')
		)
		.select((eb) => ['i.person_id', 'op.id as other', eb.fn.max('oa.consent_at').as('last_test')])
		.where('i.person_id', 'in', personIds)
		.where('oc.agency_id', '=', agencyId)
		.where('op.kind', '=', 'candidate')
		.whereRef('op.created_at', '<', 'p.created_at')
		.groupBy(['i.person_id', 'op.id'])
		.execute();
	for (const r of rows) {
		const flag = flags.get(r.person_id) ?? { earlier: 0, lastTestAt: null, override: null };
		flag.earlier += 1;
		if (r.last_test && (!flag.lastTestAt || r.last_test > flag.lastTestAt))
			flag.lastTestAt = r.last_test;
		flags.set(r.person_id, flag);
	}
	if (flags.size === 0) return flags;
	const overrides = await db
		.selectFrom('attempts')
		.select(['person_id', 'retest_override'])
		.where('person_id', 'in', [...flags.keys()])
		.where('retest_override', 'is not', null)
		.execute();
	for (const o of overrides) flags.get(o.person_id)!.override = o.retest_override;
	return flags;
}
