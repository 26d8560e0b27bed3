import type { KioskMessageKey } from '$lib/engine/contract';
import type { Voice } from './types';

/**
 * What the kiosk asks, names the confirm button and says of a better choice, in each voice (a
 * module of its own: `types.ts` holds the zod schemas, which never reach a tablet).
 */
export const VOICE_TEXTS = {
	said: { ask: 'kiosk.chooseReply', confirm: 'kiosk.confirmReply', better: 'kiosk.betterReply' },
	seen: { ask: 'kiosk.chooseAction', confirm: 'kiosk.confirmAction', better: 'kiosk.betterAction' }
} as const satisfies Record<Voice, Record<string, KioskMessageKey>>;
