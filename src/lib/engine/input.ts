import type { Action } from 'svelte/action';

/**
 * A response control: calls back with the input event's own timestamp, at pointerdown (a tap
 * counts when the finger touches, not at the click after release). Keyboard activation (a click
 * with no pointer, detail 0) counts at its click. The click that follows a mouse press is ignored.
 *
 * A finger's release is cancelled (`touchend`): the browser then sends none of the mouse events
 * and click it would make of the tap, which this control ignores anyway. On a cheap tablet they
 * cost a round trip through the browser's gesture detector, a focus change and a frame, all
 * while the next item may be coming (bench/README.md, responsiveness). The release stays
 * cancelled when the control has gone meanwhile (in practice, the feedback takes the place of
 * "Rejeter" while the finger is down): the browser would otherwise still make its mouse events
 * and click, on whatever now lies under the finger.
 */
export const tap: Action<HTMLElement, (at: number) => void> = (node, handler) => {
	let current = handler;
	const down = (e: PointerEvent) => {
		if (e.isPrimary && e.button === 0) current(e.timeStamp);
	};
	const click = (e: MouseEvent) => {
		if (e.detail === 0) current(e.timeStamp);
	};
	const release = (e: TouchEvent) => {
		if (e.cancelable) e.preventDefault();
	};
	node.addEventListener('pointerdown', down);
	node.addEventListener('click', click);
	node.addEventListener('touchend', release);
	return {
		update: (next) => {
			current = next;
		},
		destroy: () => {
			node.removeEventListener('pointerdown', down);
			node.removeEventListener('click', click);
			// `release` stays: a finger still down on the control, now gone, lifts later.
		}
	};
};
