import { describe, expect, it } from 'vitest';
import { formatDate, formatTime, utcToZoned, zonedDate, zonedToUtc } from './time';

describe('agency time', () => {
	it('turns a Paris wall-clock time into the instant, in winter and in summer', () => {
		// Paris is UTC+1 in winter, UTC+2 in summer (tz database).
		expect(zonedToUtc('2026-12-03', '09:00').toISOString()).toBe('2026-12-03T08:00:00.000Z');
		expect(zonedToUtc('2026-07-03', '09:00').toISOString()).toBe('2026-07-03T07:00:00.000Z');
		// The morning the clocks go forward (29 March 2026, 02:00 → 03:00).
		expect(zonedToUtc('2026-03-29', '09:30').toISOString()).toBe('2026-03-29T07:30:00.000Z');
	});

	it('gives the wall-clock date and time back, and formats them', () => {
		expect(utcToZoned('2026-12-03T08:00:00.000Z')).toEqual({ date: '2026-12-03', time: '09:00' });
		expect(formatDate('2026-12-03T08:00:00.000Z', 'fr')).toBe('jeudi 3 décembre 2026');
		expect(formatTime('2026-12-03T08:00:00.000Z', 'fr')).toBe('09:00');
		expect(formatDate('2026-12-03T08:00:00.000Z', 'en')).toBe('Thursday, 3 December 2026');
	});

	it("gives today's date in France, not in UTC: after 23:00 UTC it is already tomorrow there", () => {
		const lateEvening = new Date('2026-12-04T23:30:00.000Z');
		expect(zonedDate(lateEvening)).toBe('2026-12-05');
		expect(zonedDate(lateEvening, 1)).toBe('2026-12-06');
		expect(zonedDate(new Date('2026-12-31T12:00:00.000Z'), 1)).toBe('2027-01-01');
		expect(zonedDate(new Date('2026-07-03T21:59:00.000Z'))).toBe('2026-07-03');
		expect(zonedDate(new Date('2026-07-03T22:00:00.000Z'))).toBe('2026-07-04');
	});
});
