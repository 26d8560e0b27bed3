import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { createSession, validateSession, type SessionUser } from '../auth/sessions';
import { testDatabases } from '../testing/db';
import { makeAgency, makeUser, TEST_LIFETIME } from '../testing/factories';
import {
	campaignSchema,
	createCampaign,
	jobAnalysisSchema,
	setJobAnalysis,
	updateCampaign
} from './edit';
import { getCampaign } from './queries';

const input = campaignSchema.parse({
	companyName: 'Boulangerie Martin',
	jobTitle: 'Vendeur',
	romeCode: 'd1106',
	posts: '3',
	contractType: 'cdd',
	place: 'Lyon'
});
const analysis = jobAnalysisSchema.parse(
	['relation-service', 'tension', 'organiser', 'communiquer'].map((habilete) => ({
		habilete,
		note: `Pour ${habilete}`
	}))
);

describe.each(testDatabases())('campaign editing [$name]', ({ open }) => {
	let db: Db;
	let adviser: SessionUser;
	let other: SessionUser;
	beforeEach(async () => {
		db = await open();
		const as = async (id: string) =>
			(await validateSession(db, await createSession(db, id, TEST_LIFETIME), TEST_LIFETIME))!;
		adviser = await as(
			(await makeUser(db, { role: 'adviser', agencyId: await makeAgency(db, 'A') })).id
		);
		other = await as(
			(await makeUser(db, { role: 'adviser', agencyId: await makeAgency(db, 'B') })).id
		);
	});
	afterEach(async () => db.destroy());

	it('creates a campaign in the adviser’s agency, reusing a company by name, with audit entries', async () => {
		const first = await createCampaign(db, adviser, input);
		const second = await createCampaign(db, adviser, { ...input, jobTitle: 'Vendeuse' });
		expect(await db.selectFrom('companies').select('id').execute()).toHaveLength(1);
		const campaign = await getCampaign(db, adviser, first);
		expect(campaign).toMatchObject({
			romeCode: 'D1106',
			posts: 3,
			contractType: 'cdd',
			companyName: 'Boulangerie Martin'
		});
		expect(await getCampaign(db, other, second)).toBeNull();
		const actions = (await db.selectFrom('audit_log').select('action').execute()).map(
			(a) => a.action
		);
		expect(actions.filter((a) => a === 'campaign.created')).toHaveLength(2);
	});

	it('lets only the agency’s advisers update it or set its job analysis', async () => {
		const id = await createCampaign(db, adviser, input);
		expect(await updateCampaign(db, other, id, { ...input, posts: 9 })).toBe(false);
		expect(await setJobAnalysis(db, other, id, analysis)).toBe(false);
		expect(await updateCampaign(db, adviser, id, { ...input, posts: 9 })).toBe(true);
		expect(await setJobAnalysis(db, adviser, id, analysis)).toBe(true);
		const campaign = await getCampaign(db, adviser, id);
		expect(campaign?.posts).toBe(9);
		expect(campaign?.analysis.map((a) => a.habilete)).toEqual([
			'relation-service',
			'tension',
			'organiser',
			'communiquer'
		]);
		// Setting it again replaces it.
		expect(await setJobAnalysis(db, adviser, id, analysis.slice().reverse())).toBe(true);
		expect((await getCampaign(db, adviser, id))?.analysis[0]?.habilete).toBe('communiquer');
	});

	it('writes nothing when another agency’s adviser edits a campaign, not even a company', async () => {
		const id = await createCampaign(db, adviser, input);
		const before = await db.selectFrom('companies').select(['id', 'agency_id']).execute();
		const audited = await db.selectFrom('audit_log').select('id').execute();
		expect(await updateCampaign(db, other, id, { ...input, companyName: 'Société nouvelle' })).toBe(
			false
		);
		expect(await db.selectFrom('companies').select(['id', 'agency_id']).execute()).toEqual(before);
		expect(await db.selectFrom('audit_log').select('id').execute()).toEqual(audited);
	});
});

describe('campaign and job analysis validation', () => {
	const errors = (schema: typeof campaignSchema | typeof jobAnalysisSchema, value: unknown) =>
		schema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);

	it('explains each mistake with a catalogue key', () => {
		expect(errors(campaignSchema, { ...input, romeCode: 'N11' })).toEqual([
			'romeCode:campaign.rome.invalid'
		]);
		expect(errors(campaignSchema, { ...input, posts: '0' })).toEqual([
			'posts:campaign.posts.invalid'
		]);
		expect(errors(campaignSchema, { ...input, posts: 'deux' })).toEqual([
			'posts:campaign.posts.invalid'
		]);
		expect(errors(jobAnalysisSchema, analysis.slice(0, 3))).toEqual([':analysis.count']);
		expect(errors(jobAnalysisSchema, [...analysis, ...analysis.slice(0, 3)])).toEqual([
			':analysis.count'
		]);
		expect(
			errors(jobAnalysisSchema, [{ ...analysis[0], note: ' ' }, ...analysis.slice(1)])
		).toEqual(['0.note:analysis.note.required']);
	});
});
