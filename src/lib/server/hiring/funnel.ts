import type { Db } from '../db';
import { zonedDate } from '$lib/domain/time';
import { campaignResults, funnel as resultsFunnel } from '../results/results';
import { dueDate } from './hiring';

/** The recruitment funnel's steps, in order. */
export const FUNNEL_STEPS = [
	'invited',
	'present',
	'completed',
	'admis',
	'presented',
	'interviewed',
	'hired',
	'inPostDay90'
] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export interface Funnel {
	counts: Record<FunnelStep, number>;
	/** Hires among presented candidates (null before anyone is presented). */
	hireRate: number | null;
	/** Hires whose day 90 has come: the base of `inPostDay90`. */
	day90Due: number;
	/** Reporting codes recorded: selected (presented), hired, training. */
	codes: { selected: number; hired: number; training: number };
}

const empty = (): Funnel => ({
	counts: Object.fromEntries(FUNNEL_STEPS.map((s) => [s, 0])) as Record<FunnelStep, number>,
	hireRate: null,
	day90Due: 0,
	codes: { selected: 0, hired: 0, training: 0 }
});

/**
 * A campaign's funnel: invited (registered) → present (came and answered the welcome screen) →
 * completed → admis → presented to the employer → interviewed → hired → still in post at day 90
 * (among hires whose day 90 has come, a contract that did not end before it).
 */
export async function campaignFunnel(
	db: Db,
	campaignId: string,
	now = new Date()
): Promise<Funnel> {
	const funnel = empty();
	const results = await campaignResults(db, campaignId);
	if (results.length === 0) return funnel;
	const ids = results.map((r) => r.attemptId);
	const [interviews, outcomes, breaks, placements] = await Promise.all([
		db
			.selectFrom('interviews')
			.select(['attempt_id', 'starts_at'])
			.where('attempt_id', 'in', ids)
			.execute(),
		db
			.selectFrom('outcomes')
			.select(['attempt_id', 'outcome', 'details'])
			.where('attempt_id', 'in', ids)
			.execute(),
		db
			.selectFrom('contract_breaks')
			.select(['attempt_id', 'ended_on'])
			.where('attempt_id', 'in', ids)
			.execute(),
		db
			.selectFrom('placements')
			.select(['attempt_id', 'code'])
			.where('attempt_id', 'in', ids)
			.execute()
	]);
	const today = zonedDate(now);
	const c = funnel.counts;
	// The steps up to the shortlist, as the results page counts them.
	const upToShortlist = resultsFunnel(results);
	c.invited = upToShortlist.registered;
	// Present: came and answered the welcome screen (a refusal too).
	c.present = results.filter((r) => r.progress !== 'pending').length;
	c.completed = upToShortlist.finished;
	c.admis = upToShortlist.admis;
	c.presented = upToShortlist.presented;
	// One row per attempt in each (their primary keys or a unique index): looked up by attempt.
	const byAttempt = <T extends { attempt_id: string }>(rows: T[]) =>
		new Map(rows.map((row) => [row.attempt_id, row]));
	const outcomeOf = byAttempt(outcomes);
	const interviewOf = byAttempt(interviews);
	const breakOf = byAttempt(breaks);
	for (const r of results) {
		if (r.decision?.decision !== 'present') continue;
		const outcome = outcomeOf.get(r.attemptId);
		const interview = interviewOf.get(r.attemptId);
		if (outcome || (interview && interview.starts_at <= now.toISOString())) c.interviewed++;
		if (outcome?.outcome !== 'hired') continue;
		c.hired++;
		const start = (JSON.parse(outcome.details) as { startDate: string }).startDate;
		const day90 = dueDate(start, 90);
		if (day90 > today) continue;
		funnel.day90Due++;
		const ended = breakOf.get(r.attemptId);
		if (!ended || ended.ended_on >= day90) c.inPostDay90++;
	}
	funnel.hireRate = c.presented ? c.hired / c.presented : null;
	for (const p of placements) funnel.codes[p.code]++;
	return funnel;
}

/** The agency's funnel: the sum of its campaigns'. */
export async function agencyFunnel(db: Db, agencyId: string, now = new Date()): Promise<Funnel> {
	const campaigns = await db
		.selectFrom('campaigns')
		.select('id')
		.where('agency_id', '=', agencyId)
		.execute();
	const total = empty();
	for (const { id } of campaigns) {
		const f = await campaignFunnel(db, id, now);
		for (const step of FUNNEL_STEPS) total.counts[step] += f.counts[step];
		total.day90Due += f.day90Due;
		for (const code of ['selected', 'hired', 'training'] as const)
			total.codes[code] += f.codes[code];
	}
	total.hireRate = total.counts.presented ? total.counts.hired / total.counts.presented : null;
	return total;
}
