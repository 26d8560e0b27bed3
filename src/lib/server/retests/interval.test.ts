import { describe, expect, it } from 'vitest';
import { addMonths, retestVerdict } from './interval';

// Expected dates by hand, on the Gregorian calendar.
describe('addMonths', () => {
	it('keeps the day and the time', () => {
		expect(addMonths(new Date('2026-03-15T08:30:00Z'), 6).toISOString()).toBe(
			'2026-09-15T08:30:00.000Z'
		);
	});

	it('crosses the year', () => {
		expect(addMonths(new Date('2026-10-04T09:00:00Z'), 6).toISOString()).toBe(
			'2027-04-04T09:00:00.000Z'
		);
	});

	it('takes the last day of a shorter month', () => {
		expect(addMonths(new Date('2026-08-31T09:00:00Z'), 6).toISOString()).toBe(
			'2027-02-28T09:00:00.000Z'
		);
		expect(addMonths(new Date('2027-08-31T09:00:00Z'), 6).toISOString()).toBe(
			'2028-02-29T09:00:00.000Z'
		);
	});
});

describe('retestVerdict', () => {
	const tested = '2026-06-10T09:00:00.000Z';

	it('refuses a test within the interval and says from when the person may come back', () => {
		expect(retestVerdict([tested], '2026-09-01T09:00:00.000Z', 6)).toEqual({
			ok: false,
			testAt: tested,
			eligibleFrom: '2026-12-10T09:00:00.000Z'
		});
	});

	it('accepts a test the interval after, to the minute', () => {
		expect(retestVerdict([tested], '2026-12-10T09:00:00.000Z', 6)).toEqual({ ok: true });
		expect(retestVerdict([tested], '2026-12-10T08:59:00.000Z', 6).ok).toBe(false);
	});

	it('counts a test planned later too: two tests must be the interval apart either way', () => {
		expect(retestVerdict(['2026-12-01T09:00:00.000Z'], '2026-10-01T09:00:00.000Z', 6)).toEqual({
			ok: false,
			testAt: '2026-12-01T09:00:00.000Z',
			eligibleFrom: '2027-06-01T09:00:00.000Z'
		});
	});

	it('names the latest of several tests too close', () => {
		const verdict = retestVerdict(
			['2025-01-10T09:00:00.000Z', '2026-05-02T09:00:00.000Z', '2026-07-20T09:00:00.000Z'],
			'2026-09-01T09:00:00.000Z',
			6
		);
		expect(verdict).toEqual({
			ok: false,
			testAt: '2026-07-20T09:00:00.000Z',
			eligibleFrom: '2027-01-20T09:00:00.000Z'
		});
	});

	it('accepts a first test, old tests, and any test when the rule is off', () => {
		expect(retestVerdict([], '2026-09-01T09:00:00.000Z', 6)).toEqual({ ok: true });
		expect(retestVerdict(['2025-01-10T09:00:00.000Z'], '2026-09-01T09:00:00.000Z', 6)).toEqual({
			ok: true
		});
		expect(retestVerdict([tested], '2026-06-11T09:00:00.000Z', 0)).toEqual({ ok: true });
	});
});
