import { registeredExercise } from '$exercises/registry.server';
import { suppressed } from '$lib/psychometrics/fairness';
import type { Db } from '../db';
import { campaignResults, latestFrozenBattery } from '../results/results';
import {
	BATTERY,
	FAIRNESS_DIMENSIONS,
	fairnessTables,
	fairnessWarnings,
	groupsOf,
	mergeCells,
	tally,
	type AggregateCell,
	type CandidateFacts,
	type FairnessDimension,
	type FairnessTable,
	type FairnessWarning
} from './tally';

/**
 * The finished candidates of a campaign (only `personIds` if given): their groups and whether
 * they passed each exercise (score at or above its threshold, the uncertainty zone aside) and
 * the battery (admis).
 */
export async function candidateFacts(
	db: Db,
	campaignId: string,
	personIds?: ReadonlySet<string>
): Promise<CandidateFacts[]> {
	const results = (await campaignResults(db, campaignId)).filter(
		(r) => r.status !== null && (!personIds || personIds.has(r.personId))
	);
	if (results.length === 0) return [];
	const attempts = await db
		.selectFrom('attempts')
		.select(['id', 'accommodations', 'preferences'])
		.where(
			'id',
			'in',
			results.map((r) => r.attemptId)
		)
		.execute();
	const attemptOf = new Map(attempts.map((a) => [a.id, a]));
	return results.map((r) => {
		const a = attemptOf.get(r.attemptId)!;
		const passes: Record<string, boolean> = { [BATTERY]: r.status === 'admis' };
		for (const e of r.exercises) if (e.raw !== null) passes[e.exerciseId] = e.raw >= e.threshold;
		return { sessionId: r.sessionId, groups: groupsOf(a.accommodations, a.preferences), passes };
	});
}

/** The counts the purge kept of a campaign's deleted candidates. */
export async function archivedCells(db: Db, campaignIds: readonly string[]) {
	if (campaignIds.length === 0) return [];
	const rows = await db
		.selectFrom('fairness_aggregates')
		.select(['campaign_id', 'exercise', 'dimension', 'grp', 'tested', 'passed'])
		.where('campaign_id', 'in', [...campaignIds])
		.execute();
	return rows.map((r) => ({
		campaignId: r.campaign_id,
		exercise: r.exercise,
		dimension: r.dimension,
		group: r.grp,
		tested: Number(r.tested),
		passed: Number(r.passed)
	}));
}

/**
 * Before the purge deletes these candidates, adds their counts to their campaign's anonymised
 * aggregate (no id, no session, no date: see `FairnessAggregateTable`). Call it in the purge's
 * transaction. Returns how many candidates were counted.
 */
export async function archiveAggregates(
	db: Db,
	personIds: readonly string[],
	now = new Date()
): Promise<number> {
	if (personIds.length === 0) return 0;
	const persons = await db
		.selectFrom('persons')
		.select(['id', 'campaign_id'])
		.where('id', 'in', [...personIds])
		.where('kind', '=', 'candidate')
		.execute();
	let counted = 0;
	for (const campaignId of new Set(persons.map((p) => p.campaign_id))) {
		const ids = new Set(persons.filter((p) => p.campaign_id === campaignId).map((p) => p.id));
		const facts = await candidateFacts(db, campaignId, ids);
		counted += facts.length;
		const existing = await archivedCells(db, [campaignId]);
		for (const cell of tally(facts)) {
			const dimension = cell.dimension as FairnessDimension;
			const before = existing.find(
				(e) => e.exercise === cell.exercise && e.dimension === dimension && e.group === cell.group
			);
			if (before)
				await db
					.updateTable('fairness_aggregates')
					.set({
						tested: before.tested + cell.tested,
						passed: before.passed + cell.passed,
						updated_at: now.toISOString()
					})
					.where('campaign_id', '=', campaignId)
					.where('exercise', '=', cell.exercise)
					.where('dimension', '=', dimension)
					.where('grp', '=', cell.group)
					.execute();
			else
				await db
					.insertInto('fairness_aggregates')
					.values({
						campaign_id: campaignId,
						exercise: cell.exercise,
						dimension,
						grp: cell.group,
						tested: cell.tested,
						passed: cell.passed,
						updated_at: now.toISOString()
					})
					.execute();
		}
	}
	return counted;
}

const titleOf = (exercise: string) =>
	exercise === BATTERY ? null : (registeredExercise(exercise)?.definition.title ?? exercise);

export interface CampaignFairness {
	/** `battery` first, then the exercise ids in battery order. */
	exercises: { id: string; title: string | null }[];
	tables: FairnessTable[];
	warnings: FairnessWarning[];
	/** Session id → its start, for the session tables. */
	sessions: Record<string, string>;
	/** Candidates counted from the anonymised aggregate (purged since). */
	archived: number;
	/** Candidates counted from live data. */
	live: number;
}

function exerciseOrder(battery: string[], cells: readonly AggregateCell[]): string[] {
	const more = cells.map((c) => c.exercise).filter((e) => e !== BATTERY && !battery.includes(e));
	return [BATTERY, ...battery, ...new Set(more)];
}

/**
 * A campaign's pass rates by time multiplier, spoken instructions, kiosk language (live
 * candidates plus what the purge kept) and by session (live only), each group against the best.
 */
export async function campaignFairness(db: Db, campaignId: string): Promise<CampaignFairness> {
	const [facts, archived, battery, sessions] = await Promise.all([
		candidateFacts(db, campaignId),
		archivedCells(db, [campaignId]),
		latestFrozenBattery(db, campaignId),
		db
			.selectFrom('sessions')
			.select(['id', 'starts_at'])
			.where('campaign_id', '=', campaignId)
			.execute()
	]);
	const cells = mergeCells(tally(facts, true), archived);
	const ids = exerciseOrder(battery?.exercises.map((e) => e.exerciseId) ?? [], cells);
	const startOf = new Map(sessions.map((s) => [s.id, s.starts_at]));
	// Sessions in date order, not in the order of their random ids.
	const tables = fairnessTables(cells, ids).map((table) =>
		table.dimension === 'session'
			? {
					...table,
					groups: [...table.groups].sort((a, b) =>
						(startOf.get(a.group) ?? '').localeCompare(startOf.get(b.group) ?? '')
					)
				}
			: table
	);
	const archivedBattery = archived
		.filter((c) => c.exercise === BATTERY && c.dimension === FAIRNESS_DIMENSIONS[0])
		.reduce((s, c) => s + c.tested, 0);
	return {
		exercises: ids.map((id) => ({ id, title: titleOf(id) })),
		tables,
		warnings: fairnessWarnings(tables),
		sessions: Object.fromEntries(startOf),
		archived: archivedBattery,
		live: facts.length
	};
}

export interface AgencyFairness {
	campaigns: { id: string; jobTitle: string; company: string; candidates: number | null }[];
	exercises: { id: string; title: string | null }[];
	/** Groups under 5 people are suppressed: they are neither listed nor compared. */
	tables: FairnessTable[];
	warnings: FairnessWarning[];
}

/**
 * The agency's closed campaigns pooled (live candidates and what the purge kept), with the
 * suppression rule of anonymised aggregates: a group of 1 to 4 people is neither shown nor
 * compared (k = 5). No session: a session's date and a small count could point to a person.
 */
export async function agencyFairness(db: Db, agencyId: string): Promise<AgencyFairness> {
	const campaigns = await db
		.selectFrom('campaigns as c')
		.innerJoin('companies as co', 'co.id', 'c.company_id')
		.select(['c.id', 'c.job_title', 'co.name as company'])
		.where('c.agency_id', '=', agencyId)
		.where('c.status', '=', 'closed')
		.orderBy('c.created_at')
		.execute();
	const archived = await archivedCells(
		db,
		campaigns.map((c) => c.id)
	);
	const perCampaign: { id: string; cells: AggregateCell[] }[] = [];
	for (const c of campaigns)
		perCampaign.push({
			id: c.id,
			cells: mergeCells(
				tally(await candidateFacts(db, c.id)),
				archived.filter((a) => a.campaignId === c.id)
			)
		});
	const pooled = mergeCells(...perCampaign.map((p) => p.cells));
	const visible = pooled.filter((c) => !suppressed(c.tested));
	const ids = exerciseOrder([], pooled).filter((id) => visible.some((c) => c.exercise === id));
	const tables = fairnessTables(visible, ids);
	return {
		campaigns: campaigns.map((c) => {
			const n = perCampaign
				.find((p) => p.id === c.id)!
				.cells.filter((cell) => cell.exercise === BATTERY && cell.dimension === 'time')
				.reduce((s, cell) => s + cell.tested, 0);
			return {
				id: c.id,
				jobTitle: c.job_title,
				company: c.company,
				candidates: suppressed(n) ? null : n
			};
		}),
		exercises: ids.map((id) => ({ id, title: titleOf(id) })),
		tables,
		warnings: fairnessWarnings(tables)
	};
}
