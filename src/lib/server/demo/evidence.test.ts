import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { agencyFairness, campaignFairness } from '../fairness/fairness';
import { testDatabases } from '../testing/db';
import {
	hiringEvidence,
	ratingEvidence,
	sameJobCampaigns,
	sameJobEvidence
} from '../validity/validity';
import { seedDemo } from './seed';

describe.each(testDatabases())('demo evidence [$name]', ({ open }) => {
	let db: Db;
	afterEach(async () => db.destroy());

	it('gives the validity and fairness pages something to show', async () => {
		db = await open();
		const now = new Date('2026-12-04T10:00:00Z');
		await seedDemo(db, now);
		const campaign = (name: string) =>
			db
				.selectFrom('campaigns')
				.select(['id', 'agency_id', 'status'])
				.where('job_title', 'like', `${name}%`)
				.executeTakeFirstOrThrow();
		const spring = await campaign('Préparation de commandes');
		const picker = await campaign('Préparateur / préparatrice');
		expect(spring.status).toBe('closed');

		// The open campaign's thresholds can be revised from the spring one (same ROME code).
		expect((await sameJobCampaigns(db, picker.agency_id, picker.id)).map((c) => c.id)).toEqual([
			spring.id
		]);

		const [brief] = await sameJobEvidence(db, picker.agency_id, picker.id, now);
		expect(brief!.id).toBe(spring.id);
		expect(brief!.exercises.map((e) => [e.exerciseId, e.rating?.n, e.stay !== null])).toEqual([
			['consignes', 13, true],
			['attention', 13, true]
		]);

		const rating = await ratingEvidence(db, spring.id);
		expect(rating.map((r) => [r.employees, r.rating.n])).toEqual([
			[14, 13],
			[14, 13]
		]);
		expect(rating.every((r) => r.rating.r !== null && r.rating.interval !== null)).toBe(true);

		const hiring = await hiringEvidence(db, spring.id, now);
		expect(hiring.hires).toBeGreaterThanOrEqual(10);
		expect(hiring.hires).toBeLessThan(20);
		// Every hire has passed day 90 or left; five left in the trial period.
		expect(hiring.known).toBe(hiring.hires);
		expect(hiring.hires - hiring.stayed).toBe(5);
		expect(hiring.withDifficulty).toBe(5);
		expect(hiring.exercises.every((e) => e.stay.n === hiring.hires)).toBe(true);

		// Those not presented were purged: they remain as counts only.
		const candidates = await db
			.selectFrom('persons')
			.select('id')
			.where('campaign_id', '=', spring.id)
			.where('kind', '=', 'candidate')
			.execute();
		const fairness = await campaignFairness(db, spring.id);
		expect(candidates).toHaveLength(fairness.live);
		expect(fairness.archived).toBeGreaterThan(0);
		expect(fairness.live + fairness.archived).toBe(24);
		const battery = (dimension: string) =>
			fairness.tables.find((t) => t.dimension === dimension && t.exercise === 'battery')!;
		expect(battery('time').groups.map((g) => [g.group, g.tested])).toEqual([
			['extra', 5],
			['standard', 19]
		]);
		expect(battery('language').groups.map((g) => [g.group, g.tested])).toEqual([
			['en', 6],
			['fr', 18]
		]);
		expect(battery('spoken').groups.map((g) => [g.group, g.tested])).toEqual([
			['no', 19],
			['yes', 5]
		]);

		// The agency view pools the closed campaign, groups of 5 or more only.
		const agency = await agencyFairness(db, picker.agency_id);
		expect(agency.campaigns.map((c) => [c.id, c.candidates])).toEqual([[spring.id, 24]]);
		expect(agency.tables.every((t) => t.groups.every((g) => g.tested >= 5))).toBe(true);
	});
});
