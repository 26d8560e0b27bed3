import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { testDatabases } from '../testing/db';
import { audit } from './log';
import { AUDIT_PAGE_SIZE, readAudit } from './read';

describe.each(testDatabases())('reading the audit log [$name]', ({ open }) => {
	let db: Db;
	afterEach(async () => db.destroy());

	it('reads newest first, by action prefix, by pages', async () => {
		db = await open();
		for (let i = 0; i < AUDIT_PAGE_SIZE + 2; i++)
			await audit(
				db,
				{
					actorId: null,
					action: i % 2 ? 'threshold.set' : 'identity.viewed',
					subjectType: 'x',
					subjectId: String(i)
				},
				new Date(Date.UTC(2026, 0, 1, 0, 0, i))
			);
		const first = await readAudit(db);
		expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
		expect(first.more).toBe(true);
		expect(first.rows[0]!.subjectId).toBe(String(AUDIT_PAGE_SIZE + 1));
		expect((await readAudit(db, { page: 1 })).rows).toHaveLength(2);
		const thresholds = await readAudit(db, { action: 'threshold' });
		expect(thresholds.rows.every((r) => r.action === 'threshold.set')).toBe(true);
		expect(thresholds.rows).toHaveLength((AUDIT_PAGE_SIZE + 2) / 2);
	});
});
