import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { testDatabases } from '../testing/db';
import { auditIdentityView, VIEW_REPEAT_MS } from './log';

describe.each(testDatabases())('auditing views of identities [$name]', ({ open }) => {
	let db: Db;
	beforeEach(async () => {
		db = await open();
	});
	afterEach(async () => db.destroy());

	const T0 = new Date('2026-12-03T09:00:00Z');
	const later = (ms: number) => new Date(T0.getTime() + ms);
	const view = {
		page: '/(staff)/conseiller/campagnes/[id]/resultats',
		subjectType: 'campaign',
		subjectId: 'c1',
		personIds: ['p2', 'p1']
	};
	const entries = async () =>
		(
			await db
				.selectFrom('audit_log')
				.select(['actor_id', 'subject_id', 'details'])
				.where('action', '=', 'identity.viewed')
				.orderBy('at')
				.execute()
		).map((e) => ({ ...e, details: JSON.parse(e.details) }));

	it('records one entry per page view, listing the persons shown', async () => {
		await auditIdentityView(db, 'adviser', view, T0);
		expect(await entries()).toEqual([
			{
				actor_id: 'adviser',
				subject_id: 'c1',
				details: { page: view.page, persons: ['p1', 'p2'] }
			}
		]);
	});

	it('does not record the same view again for a while, but a new one at once', async () => {
		await auditIdentityView(db, 'adviser', view, T0);
		await auditIdentityView(db, 'adviser', { ...view, personIds: ['p1', 'p2'] }, later(1000));
		expect(await entries()).toHaveLength(1);
		// Someone else, other persons, another subject: recorded.
		await auditIdentityView(db, 'other', view, later(2000));
		await auditIdentityView(db, 'adviser', { ...view, personIds: ['p1'] }, later(3000));
		await auditIdentityView(db, 'adviser', { ...view, subjectId: 'c2' }, later(4000));
		expect(await entries()).toHaveLength(4);
		// After the repeat window, the same view is recorded again.
		await auditIdentityView(db, 'adviser', view, later(VIEW_REPEAT_MS + 1));
		expect(await entries()).toHaveLength(5);
	});

	it('records nothing for a page that showed no one', async () => {
		await auditIdentityView(db, 'adviser', { ...view, personIds: [] }, T0);
		expect(await entries()).toEqual([]);
	});
});
