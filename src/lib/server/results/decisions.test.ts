import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decisionSchema } from '$lib/domain/shortlist';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { testDatabases } from '../testing/db';
import { makeAdviserCampaign } from '../testing/factories';
import { makePlayedSession, type PlayedCandidate } from '../testing/results';
import { bulkDecide, recordDecision, setRetention } from './decisions';
import { campaignResults } from './results';

describe('the decision form', () => {
	const issues = (values: Record<string, string>) =>
		decisionSchema.safeParse(values).error?.issues.map((i) => i.message) ?? [];
	it('needs a reason that goes with the decision, and a note for “other”', () => {
		expect(issues({ decision: 'present', reason: 'thresholds-met' })).toEqual([]);
		expect(issues({ decision: 'present', reason: 'withdrew' })).toEqual([
			'shortlist.reason.mismatch'
		]);
		expect(issues({ decision: 'not-present', reason: 'other' })).toEqual([
			'shortlist.note.required'
		]);
		expect(issues({ decision: 'not-present' })).toEqual(['shortlist.reason.required']);
	});
});

describe.each(testDatabases())('shortlist decisions [$name]', ({ open }) => {
	let db: Db;
	let adviser: SessionUser;
	let campaignId: string;
	let candidates: PlayedCandidate[];
	let sessionId: string;
	const NOW = new Date('2026-12-03T12:00:00Z');

	beforeEach(async () => {
		db = await open();
		({ adviser, campaignId } = await makeAdviserCampaign(db));
		// Skill 1 gets 10 out of 10, above the threshold of 8; skill 0 guesses, far below it; the
		// third never came.
		const played = await makePlayedSession(db, adviser, campaignId, {
			skills: [1, 0, null],
			threshold: 8,
			sem: 0.5
		});
		candidates = played.candidates;
		sessionId = played.session.id;
	});
	afterEach(async () => db.destroy());

	const resultOf = async (c: PlayedCandidate) =>
		(await campaignResults(db, campaignId)).find((r) => r.personId === c.personId)!;

	it('records a decision, keeps the history when it changes, and audits both', async () => {
		const [best] = candidates;
		expect(
			await recordDecision(
				db,
				adviser,
				campaignId,
				best!.personId,
				{ decision: 'present', reason: 'thresholds-met' },
				NOW
			)
		).toEqual({ ok: true });
		// A change in the same millisecond still comes after the first decision.
		await recordDecision(
			db,
			adviser,
			campaignId,
			best!.personId,
			{ decision: 'not-present', reason: 'withdrew', note: 'A trouvé un emploi.' },
			NOW
		);
		expect((await resultOf(best!)).decision).toMatchObject({
			decision: 'not-present',
			reason: 'withdrew',
			note: 'A trouvé un emploi.',
			decidedBy: adviser.name
		});
		expect(await db.selectFrom('decisions').select('id').execute()).toHaveLength(2);
		// The same refusal again changes nothing: no new row, no new audit entry.
		expect(
			await recordDecision(db, adviser, campaignId, best!.personId, {
				decision: 'not-present',
				reason: 'withdrew',
				note: 'A trouvé un emploi.'
			})
		).toEqual({ ok: true });
		expect(await db.selectFrom('decisions').select('id').execute()).toHaveLength(2);
		const audits = await db
			.selectFrom('audit_log')
			.select(['details', 'actor_id'])
			.where('action', '=', 'shortlist.decided')
			.orderBy('at')
			.execute();
		expect(audits.map((a) => JSON.parse(a.details))).toMatchObject([
			{ decision: 'present', reason: 'thresholds-met', previous: null, status: 'admis' },
			{
				decision: 'not-present',
				reason: 'withdrew',
				previous: { decision: 'present', reason: 'thresholds-met' }
			}
		]);
	});

	it('refuses to present who did not finish, and people of other campaigns', async () => {
		const absent = candidates[2]!;
		expect(
			await recordDecision(db, adviser, campaignId, absent.personId, {
				decision: 'present',
				reason: 'other',
				note: 'x'
			})
		).toEqual({ ok: false, reason: 'not-finished' });
		expect(
			await recordDecision(db, adviser, campaignId, absent.personId, {
				decision: 'not-present',
				reason: 'unavailable'
			})
		).toEqual({ ok: true });
		const other = await makeAdviserCampaign(db);
		expect(
			await recordDecision(db, other.adviser, other.campaignId, candidates[0]!.personId, {
				decision: 'present',
				reason: 'thresholds-met'
			})
		).toEqual({ ok: false, reason: 'not-found' });
	});

	it('decides in bulk only on finished candidates without a decision', async () => {
		const [best, worst] = candidates;
		expect((await resultOf(best!)).status).toBe('admis');
		expect((await resultOf(worst!)).status).toBe('non-admis');
		await recordDecision(db, adviser, campaignId, worst!.personId, {
			decision: 'present',
			reason: 'uncertain-interview'
		});
		expect(await bulkDecide(db, adviser, campaignId, 'present-admis', { sessionId })).toBe(1);
		expect(await bulkDecide(db, adviser, campaignId, 'present-admis', { sessionId })).toBe(0);
		// The individual decision on the non admis stands.
		expect(await bulkDecide(db, adviser, campaignId, 'not-present-non-admis')).toBe(0);
		expect((await resultOf(best!)).decision).toMatchObject({
			decision: 'present',
			reason: 'thresholds-met'
		});
		expect((await resultOf(worst!)).decision?.reason).toBe('uncertain-interview');
		expect((await resultOf(candidates[2]!)).decision).toBeNull();
		const bulk = await db
			.selectFrom('audit_log')
			.select('details')
			.where('action', '=', 'shortlist.decided')
			.execute();
		expect(bulk.map((a) => JSON.parse(a.details).bulk ?? false).sort()).toEqual([false, true]);
	});

	it('records the agreement to keep results two years, and its withdrawal, audited', async () => {
		const [best] = candidates;
		expect(await setRetention(db, adviser, campaignId, best!.personId, true, NOW)).toBe(true);
		const person = () =>
			db
				.selectFrom('persons')
				.select(['retention', 'retention_at'])
				.where('id', '=', best!.personId)
				.executeTakeFirstOrThrow();
		expect(await person()).toEqual({ retention: 'two-years', retention_at: NOW.toISOString() });
		// Agreeing again is no change: the first date stays, nothing more is audited.
		expect(await setRetention(db, adviser, campaignId, best!.personId, true)).toBe(true);
		expect(await person()).toEqual({ retention: 'two-years', retention_at: NOW.toISOString() });
		await setRetention(db, adviser, campaignId, best!.personId, false, NOW);
		expect(await setRetention(db, adviser, campaignId, best!.personId, false, NOW)).toBe(true);
		expect(await person()).toEqual({ retention: 'standard', retention_at: null });
		expect(await setRetention(db, adviser, 'another-campaign', best!.personId, true)).toBe(false);
		const actions = await db
			.selectFrom('audit_log')
			.select('action')
			.where('subject_id', '=', best!.personId)
			.where('action', 'like', 'retention.%')
			.execute();
		expect(actions.map((a) => a.action).sort()).toEqual([
			'retention.agreed',
			'retention.withdrawn'
		]);
	});
});
