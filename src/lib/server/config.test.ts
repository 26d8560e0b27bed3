import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('RETEST_INTERVAL_MONTHS', () => {
	it('is 6 months unless set', () => {
		expect(readConfig({}).RETEST_INTERVAL_MONTHS).toBe(6);
		expect(readConfig({ RETEST_INTERVAL_MONTHS: '12' }).RETEST_INTERVAL_MONTHS).toBe(12);
		expect(readConfig({ RETEST_INTERVAL_MONTHS: '0' }).RETEST_INTERVAL_MONTHS).toBe(0);
	});

	it('refuses what is not a whole number of months from 0 to 60', () => {
		for (const value of ['-1', '1.5', 'six', '61'])
			expect(() => readConfig({ RETEST_INTERVAL_MONTHS: value }), value).toThrow(
				/RETEST_INTERVAL_MONTHS/
			);
	});
});
