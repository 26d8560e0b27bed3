import { habileteIdSchema, type HabileteId } from '$lib/domain/habiletes';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';

export interface CampaignSummary {
	id: string;
	jobTitle: string;
	companyName: string;
	posts: number;
	place: string;
	status: 'draft' | 'calibration' | 'open' | 'closed';
	habiletes: HabileteId[];
}

/** Which campaigns a staff member may see: an adviser their agency's, an employer their company's. */
function scoped(db: Db, user: SessionUser) {
	const query = db
		.selectFrom('campaigns as c')
		.innerJoin('companies as co', 'co.id', 'c.company_id');
	if (user.role === 'adviser') return query.where('c.agency_id', '=', user.agency_id ?? '');
	if (user.role === 'employer') return query.where('c.company_id', '=', user.company_id ?? '');
	return query.where('c.id', '=', '');
}

export async function listCampaigns(db: Db, user: SessionUser): Promise<CampaignSummary[]> {
	const rows = await scoped(db, user)
		.select([
			'c.id',
			'c.job_title',
			'co.name as company_name',
			'c.posts',
			'c.place',
			'c.status',
			'c.created_at'
		])
		.orderBy('c.created_at', 'desc')
		.execute();
	const habiletes = rows.length
		? await db
				.selectFrom('campaign_habiletes')
				.select(['campaign_id', 'habilete'])
				.where(
					'campaign_id',
					'in',
					rows.map((r) => r.id)
				)
				.orderBy('position')
				.execute()
		: [];
	return rows.map((r) => ({
		id: r.id,
		jobTitle: r.job_title,
		companyName: r.company_name,
		posts: r.posts,
		place: r.place,
		status: r.status,
		habiletes: habiletes
			.filter((h) => h.campaign_id === r.id)
			.map((h) => habileteIdSchema.parse(h.habilete))
	}));
}

export interface CampaignDetail extends CampaignSummary {
	romeCode: string | null;
	contractType: 'cdi' | 'cdd' | 'interim' | 'alternance';
	analysis: { habilete: HabileteId; note: string }[];
	/** The adviser shows employers raw scores, not only levels. */
	shareScores: boolean;
}

/** One campaign, or null when it does not exist or the user may not see it. */
export async function getCampaign(
	db: Db,
	user: SessionUser,
	id: string
): Promise<CampaignDetail | null> {
	const row = await scoped(db, user)
		.select([
			'c.id',
			'c.job_title',
			'co.name as company_name',
			'c.posts',
			'c.place',
			'c.status',
			'c.rome_code',
			'c.contract_type',
			'c.share_scores'
		])
		.where('c.id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	const analysis = (
		await db
			.selectFrom('campaign_habiletes')
			.select(['habilete', 'note'])
			.where('campaign_id', '=', id)
			.orderBy('position')
			.execute()
	).map((a) => ({ habilete: habileteIdSchema.parse(a.habilete), note: a.note }));
	return {
		id: row.id,
		jobTitle: row.job_title,
		companyName: row.company_name,
		posts: row.posts,
		place: row.place,
		status: row.status,
		romeCode: row.rome_code,
		contractType: row.contract_type,
		habiletes: analysis.map((a) => a.habilete),
		analysis,
		shareScores: row.share_scores === 1
	};
}
