/**
 * When the time-left clock (whole seconds, rounded up) must be drawn again: just after the
 * second it shows changes, and not before, so that a cheap tablet is not woken for nothing
 * between taps. `null`: the time is up, nothing changes any more. Without a deadline yet, in a
 * second.
 */
export function msUntilNextSecond(deadline: number | null, now: number): number | null {
	if (deadline === null) return 1000;
	if (deadline <= now) return null;
	// On a whole second, the clock has just changed: the next change is a second away.
	return ((deadline - now) % 1000 || 1000) + 1;
}
