/**
 * Screens a kiosk needs only after its first exercise: loaded on demand, so that they do not
 * weigh on reaching the first exercise, and prefetched once the person is busy with it (for
 * offline use).
 */
export const loadBreakScreen = () => import('./BreakScreen.svelte');
export const loadEndScreen = () => import('./EndScreen.svelte');
