import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { testDatabases } from '../testing/db';
import { makeAdviserCampaign } from '../testing/factories';
import { shortlistedCampaign } from '../testing/shortlist';
import { shortlistedAttempt } from './access';
import { recordContractBreak, recordOutcome, scheduleInterview } from './hiring';
import { agencyFunnel, campaignFunnel } from './funnel';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);
const iso = (n: number) => day(n).toISOString().slice(0, 10);

describe.each(testDatabases())('recruitment funnel [$name]', ({ open }) => {
	let db: Db;
	let adviser: SessionUser;
	let campaignId: string;
	let agencyId: string;
	beforeEach(async () => {
		db = await open();
		({ adviser, campaignId, agencyId } = await makeAdviserCampaign(db));
	});
	afterEach(async () => db.destroy());

	it('counts each step, the hire rate among presented candidates and who is in post at day 90', async () => {
		const { attempts, employer } = await shortlistedCampaign(
			db,
			adviser,
			campaignId,
			['Awa', 'Bruno', 'Chloé', 'Dan'],
			['Awa', 'Bruno', 'Chloé']
		);
		// Awa hired on day 10 and still there; Bruno hired on day 10, left on day 50; Chloé
		// interviewed on day 5, not retained.
		for (const name of ['Awa', 'Bruno', 'Chloé']) {
			const a = (await shortlistedAttempt(db, employer, attempts[name]!))!;
			await scheduleInterview(
				db,
				employer,
				a,
				{ date: iso(5), time: '10:00', place: 'Siège' },
				day(0)
			);
			const outcome =
				name === 'Chloé'
					? ({ outcome: 'not-retained', reason: 'motivation' } as const)
					: ({ outcome: 'hired', contractType: 'cdi', startDate: iso(10) } as const);
			await recordOutcome(db, employer, a, outcome, day(6));
		}
		const bruno = (await shortlistedAttempt(db, employer, attempts.Bruno!))!;
		await recordContractBreak(
			db,
			employer,
			bruno,
			{ endedOn: iso(50), reason: 'resignation' },
			day(51)
		);

		const early = await campaignFunnel(db, campaignId, day(60));
		expect(early.counts).toEqual({
			invited: 4,
			present: 4,
			completed: 4,
			admis: early.counts.admis,
			presented: 3,
			interviewed: 3,
			hired: 2,
			inPostDay90: 0
		});
		expect(early.counts.admis).toBeGreaterThan(0);
		expect(early.hireRate).toBeCloseTo(2 / 3, 12);
		expect(early.day90Due).toBe(0);
		expect(early.codes).toEqual({ selected: 3, hired: 2, training: 0 });

		// Day 100 after the start: Awa counts, Bruno (gone on day 50) does not.
		const late = await campaignFunnel(db, campaignId, day(110));
		expect(late.day90Due).toBe(2);
		expect(late.counts.inPostDay90).toBe(1);
		expect((await agencyFunnel(db, agencyId, day(110))).counts).toEqual(late.counts);
		expect((await agencyFunnel(db, 'another-agency', day(110))).counts.invited).toBe(0);
	});
});
