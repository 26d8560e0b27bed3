import { untrack } from 'svelte';
import { latestAfterPaint } from '$lib/engine/after-paint';

/**
 * `source`, one painted frame late. A view shows with it what can wait a frame after a tap
 * (a practice feedback panel, with its layout and its text): the frame that answers the tap
 * then only shows the pressed button, and the panel comes in the next one. Call it while a
 * component initialises.
 */
export function settled<T>(source: () => T): { readonly current: T } {
	let current = $state.raw(untrack(source));
	const push = latestAfterPaint<T>((value) => (current = value));
	$effect(() => push(source()));
	return {
		get current() {
			return current;
		}
	};
}
