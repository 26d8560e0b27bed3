import { describe, expect, it } from 'vitest';
import { zonedToUtc } from '$lib/domain/time';
import { codeWindow, outsideWindow } from './code-window';

describe("a session's code window", () => {
	// Thursday 3 December 2026 at 09:00 in France (08:00 UTC).
	const startsAt = zonedToUtc('2026-12-03', '09:00').toISOString();
	const at = (date: string, time: string) => zonedToUtc(date, time);

	it("opens on the session's day only, by default", () => {
		const window = codeWindow(startsAt);
		expect(outsideWindow(window, at('2026-12-02', '23:59'))).toBe('early');
		expect(outsideWindow(window, at('2026-12-03', '00:00'))).toBeNull();
		expect(outsideWindow(window, at('2026-12-03', '17:30'))).toBeNull();
		expect(outsideWindow(window, at('2026-12-03', '23:59'))).toBeNull();
		expect(outsideWindow(window, at('2026-12-04', '00:00'))).toBe('over');
	});

	it('opens a set number of minutes before the start when configured', () => {
		const window = codeWindow(startsAt, 30);
		expect(outsideWindow(window, at('2026-12-03', '08:29'))).toBe('early');
		expect(outsideWindow(window, at('2026-12-03', '08:30'))).toBeNull();
		expect(outsideWindow(window, at('2026-12-04', '00:00'))).toBe('over');
	});

	it('follows the French day across a change of offset', () => {
		// Summer time ends on 25 October 2026: that day has 25 hours.
		const window = codeWindow(zonedToUtc('2026-10-25', '14:00').toISOString());
		expect(window.opensAt.toISOString()).toBe('2026-10-24T22:00:00.000Z');
		expect(window.closesAt.toISOString()).toBe('2026-10-25T23:00:00.000Z');
	});
});
