import { z } from 'zod';
import { HABILETE_IDS, JOB_ANALYSIS_MAX, JOB_ANALYSIS_MIN } from '$lib/domain/habiletes';
import { CONTRACT_TYPES } from '$lib/domain/records';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { audit } from '../audit/log';
import { newId, nowIso } from '../ids';

const text = (max: number) =>
	z
		.string({ error: 'form.required' })
		.trim()
		.min(1, { error: 'form.required' })
		.max(max, { error: 'form.tooLong' });

/** The campaign form. Error messages are catalogue keys. */
export const campaignSchema = z.object({
	companyName: text(200),
	jobTitle: text(200),
	romeCode: z
		.string()
		.trim()
		.toUpperCase()
		.regex(/^[A-Z]\d{4}$/, { error: 'campaign.rome.invalid' })
		.optional(),
	posts: z.coerce
		.number({ error: 'campaign.posts.invalid' })
		.int({ error: 'campaign.posts.invalid' })
		.min(1, { error: 'campaign.posts.invalid' })
		.max(500, { error: 'campaign.posts.invalid' }),
	contractType: z.enum(CONTRACT_TYPES, { error: 'form.choose' }),
	place: text(200)
});
export type CampaignInput = z.infer<typeof campaignSchema>;

/** The company of that name in the adviser's agency, created when it is new. */
async function companyFor(db: Db, agencyId: string, name: string, at: string): Promise<string> {
	const found = await db
		.selectFrom('companies')
		.select('id')
		.where('agency_id', '=', agencyId)
		.where('name', '=', name)
		.executeTakeFirst();
	if (found) return found.id;
	const id = newId();
	await db
		.insertInto('companies')
		.values({ id, agency_id: agencyId, name, created_at: at })
		.execute();
	return id;
}

export async function createCampaign(
	db: Db,
	user: SessionUser,
	input: CampaignInput,
	now = new Date()
): Promise<string> {
	const agencyId = user.agency_id!;
	const at = nowIso(now);
	return db.transaction().execute(async (trx) => {
		const id = newId();
		await trx
			.insertInto('campaigns')
			.values({
				id,
				agency_id: agencyId,
				company_id: await companyFor(trx, agencyId, input.companyName, at),
				adviser_id: user.id,
				job_title: input.jobTitle,
				rome_code: input.romeCode ?? null,
				posts: input.posts,
				contract_type: input.contractType,
				place: input.place,
				created_at: at,
				updated_at: at
			})
			.execute();
		await audit(
			trx,
			{
				actorId: user.id,
				action: 'campaign.created',
				subjectType: 'campaign',
				subjectId: id,
				details: { jobTitle: input.jobTitle }
			},
			now
		);
		return id;
	});
}

/** Updates a campaign of the adviser's agency; false when there is none with that id. */
export async function updateCampaign(
	db: Db,
	user: SessionUser,
	id: string,
	input: CampaignInput,
	now = new Date()
): Promise<boolean> {
	const at = nowIso(now);
	return db.transaction().execute(async (trx) => {
		// Scope first: a refused edit must not leave a new company in the caller's agency.
		const campaign = await trx
			.selectFrom('campaigns')
			.select('id')
			.where('id', '=', id)
			.where('agency_id', '=', user.agency_id!)
			.executeTakeFirst();
		if (!campaign) return false;
		await trx
			.updateTable('campaigns')
			.set({
				company_id: await companyFor(trx, user.agency_id!, input.companyName, at),
				job_title: input.jobTitle,
				rome_code: input.romeCode ?? null,
				posts: input.posts,
				contract_type: input.contractType,
				place: input.place,
				updated_at: at
			})
			.where('id', '=', id)
			.execute();
		await audit(
			trx,
			{ actorId: user.id, action: 'campaign.updated', subjectType: 'campaign', subjectId: id },
			now
		);
		return true;
	});
}

/** The job analysis: 4 to 6 habiletés, each with the note saying why the job needs it. */
export const jobAnalysisSchema = z
	.array(
		z.object({
			habilete: z.enum(HABILETE_IDS),
			note: z
				.string()
				.trim()
				.min(1, { error: 'analysis.note.required' })
				.max(2000, { error: 'form.tooLong' })
		})
	)
	.min(JOB_ANALYSIS_MIN, { error: 'analysis.count' })
	.max(JOB_ANALYSIS_MAX, { error: 'analysis.count' })
	.refine((items) => new Set(items.map((i) => i.habilete)).size === items.length, {
		error: 'form.invalid'
	});
export type JobAnalysis = z.infer<typeof jobAnalysisSchema>;

export async function setJobAnalysis(
	db: Db,
	user: SessionUser,
	campaignId: string,
	analysis: JobAnalysis,
	now = new Date()
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const campaign = await trx
			.selectFrom('campaigns')
			.select('id')
			.where('id', '=', campaignId)
			.where('agency_id', '=', user.agency_id!)
			.executeTakeFirst();
		if (!campaign) return false;
		await trx.deleteFrom('campaign_habiletes').where('campaign_id', '=', campaignId).execute();
		await trx
			.insertInto('campaign_habiletes')
			.values(
				analysis.map((a, position) => ({
					campaign_id: campaignId,
					habilete: a.habilete,
					note: a.note,
					position
				}))
			)
			.execute();
		await trx
			.updateTable('campaigns')
			.set({ updated_at: nowIso(now) })
			.where('id', '=', campaignId)
			.execute();
		await audit(
			trx,
			{
				actorId: user.id,
				action: 'campaign.analysis.set',
				subjectType: 'campaign',
				subjectId: campaignId,
				details: { habiletes: analysis.map((a) => a.habilete) }
			},
			now
		);
		return true;
	});
}

/** Companies of the adviser's agency, for the campaign form's suggestions. */
export async function agencyCompanies(db: Db, user: SessionUser): Promise<string[]> {
	const rows = await db
		.selectFrom('companies')
		.select('name')
		.where('agency_id', '=', user.agency_id!)
		.orderBy('name')
		.execute();
	return rows.map((r) => r.name);
}

/**
 * Whether the employer sees the presented candidates' raw scores, or only levels (the default).
 * Audited: it changes what the employer learns about people.
 */
export async function setShareScores(
	db: Db,
	user: SessionUser,
	campaignId: string,
	share: boolean,
	now = new Date()
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await trx
			.updateTable('campaigns')
			.set({ share_scores: share ? 1 : 0, updated_at: nowIso(now) })
			.where('id', '=', campaignId)
			.execute();
		await audit(
			trx,
			{
				actorId: user.id,
				action: share ? 'campaign.scores.shared' : 'campaign.scores.unshared',
				subjectType: 'campaign',
				subjectId: campaignId
			},
			now
		);
	});
}
