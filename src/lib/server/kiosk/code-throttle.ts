import type { ThrottleKey } from '../auth/throttle';
import { hashKioskToken } from './binding';

/**
 * Failed kiosk codes allowed per tablet (its device cookie) within the throttle's window before
 * each further one blocks that tablet, for a delay that doubles (`auth/throttle.ts`).
 */
export const CODE_FAILURES_PER_DEVICE = 10;

/**
 * The same per address. A room of 15 tablets behind one address shares it: it must not be
 * blocked by a few mistyped codes, and one tablet guessing is stopped by its own limit first.
 * A client that drops its device cookie (a script) meets this one: with 8-character codes, a
 * hundred guesses per quarter of an hour, then fewer and fewer, find nothing.
 */
export const CODE_FAILURES_PER_ADDRESS = 100;

/** The throttle keys of a code typed on a kiosk: its tablet's and its address's. */
export function codeThrottleKeys(ip: string, device: string): ThrottleKey[] {
	return [
		{ key: `kiosk-device:${hashKioskToken(device)}`, free: CODE_FAILURES_PER_DEVICE },
		{ key: `kiosk-ip:${ip}`, free: CODE_FAILURES_PER_ADDRESS }
	];
}
