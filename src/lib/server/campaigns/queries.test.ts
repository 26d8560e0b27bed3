import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { validateSession, createSession, type SessionUser } from '../auth/sessions';
import { testDatabases } from '../testing/db';
import {
	makeAgency,
	makeCampaign,
	makeCompany,
	makeUser,
	TEST_LIFETIME
} from '../testing/factories';
import { getCampaign, listCampaigns } from './queries';

describe.each(testDatabases())('campaign visibility [$name]', ({ open }) => {
	let db: Db;
	const as = async (id: string): Promise<SessionUser> =>
		(await validateSession(db, await createSession(db, id, TEST_LIFETIME), TEST_LIFETIME))!;

	let ids: Record<string, string>;
	beforeEach(async () => {
		db = await open();
		const agencyA = await makeAgency(db, 'A');
		const agencyB = await makeAgency(db, 'B');
		const companyA = await makeCompany(db, agencyA, 'Company A');
		const companyA2 = await makeCompany(db, agencyA, 'Company A2');
		const companyB = await makeCompany(db, agencyB, 'Company B');
		const adviserA = await makeUser(db, { role: 'adviser', agencyId: agencyA });
		const adviserB = await makeUser(db, { role: 'adviser', agencyId: agencyB });
		const employerA = await makeUser(db, { role: 'employer', companyId: companyA });
		const admin = await makeUser(db, { role: 'admin' });
		ids = {
			adviserA: adviserA.id,
			adviserB: adviserB.id,
			employerA: employerA.id,
			admin: admin.id,
			campaignA: await makeCampaign(db, {
				agencyId: agencyA,
				companyId: companyA,
				adviserId: adviserA.id,
				jobTitle: 'Cariste'
			}),
			campaignA2: await makeCampaign(db, {
				agencyId: agencyA,
				companyId: companyA2,
				adviserId: adviserA.id,
				jobTitle: 'Agent'
			}),
			campaignB: await makeCampaign(db, {
				agencyId: agencyB,
				companyId: companyB,
				adviserId: adviserB.id,
				jobTitle: 'Vendeur'
			})
		};
	});
	afterEach(async () => db.destroy());

	it('shows an adviser the campaigns of their agency only', async () => {
		const list = await listCampaigns(db, await as(ids.adviserA!));
		expect(list.map((c) => c.jobTitle).sort()).toEqual(['Agent', 'Cariste']);
		expect(list[0]!.habiletes).toEqual(['consignes', 'attention', 'tension', 'equipe']);
		expect(await getCampaign(db, await as(ids.adviserA!), ids.campaignB!)).toBeNull();
	});

	it('shows an employer the campaigns of their company only', async () => {
		const employer = await as(ids.employerA!);
		expect((await listCampaigns(db, employer)).map((c) => c.jobTitle)).toEqual(['Cariste']);
		expect(await getCampaign(db, employer, ids.campaignA2!)).toBeNull();
		expect((await getCampaign(db, employer, ids.campaignA!))?.analysis).toHaveLength(4);
	});

	it('shows an admin no campaign content', async () => {
		expect(await listCampaigns(db, await as(ids.admin!))).toEqual([]);
	});
});
