import type { Action } from 'svelte/action';

/**
 * A response control: calls back with the input event's own timestamp, at pointerdown (a tap
 * counts when the finger touches, not at the click after release). Keyboard activation (a click
 * with no pointer, detail 0) counts at its click. The click that follows a pointer is ignored.
 */
export const tap: Action<HTMLElement, (at: number) => void> = (node, handler) => {
	let current = handler;
	const down = (e: PointerEvent) => {
		if (e.isPrimary && e.button === 0) current(e.timeStamp);
	};
	const click = (e: MouseEvent) => {
		if (e.detail === 0) current(e.timeStamp);
	};
	node.addEventListener('pointerdown', down);
	node.addEventListener('click', click);
	return {
		update: (next) => {
			current = next;
		},
		destroy: () => {
			node.removeEventListener('pointerdown', down);
			node.removeEventListener('click', click);
		}
	};
};
