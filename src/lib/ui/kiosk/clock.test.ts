import { describe, expect, it } from 'vitest';
import { msUntilNextSecond } from './clock';

describe('the time-left clock', () => {
	it('wakes just after the second shown changes', () => {
		// 4.3 s left shows 0:05; at 4.0 s left it shows 0:04.
		expect(msUntilNextSecond(10_000, 5_700)).toBe(301);
		// Exactly on a second (3.0 s left shows 0:03): the next change is a whole second away.
		expect(msUntilNextSecond(10_000, 7_000)).toBe(1001);
		expect(msUntilNextSecond(10_000, 7_001)).toBe(1000);
	});

	it('stops when the time is up, and waits a second for a deadline', () => {
		expect(msUntilNextSecond(10_000, 10_000)).toBeNull();
		expect(msUntilNextSecond(10_000, 12_000)).toBeNull();
		expect(msUntilNextSecond(null, 5_000)).toBe(1000);
	});
});
