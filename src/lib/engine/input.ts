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

/**
 * A response control that can be taken back (WCAG 2.5.2, pointer cancellation): the response
 * counts at its pointerdown's timestamp, but only once the finger lifts on the control; a finger
 * that slides off before lifting, or a touch the browser cancels (a scroll, a palm), commits
 * nothing. Keyboard activation (a click with no pointer) counts at its click. Like `tap`, a
 * finger's release is cancelled so that the browser makes no mouse events nor click of it.
 *
 * For a choice that matters (a reply to confirm), not for a paced task where the press itself is
 * the response (`tap`).
 */
export const press: Action<HTMLElement, (at: number) => void> = (node, handler) => {
	let current = handler;
	let pressed: { id: number; at: number } | null = null;
	const down = (e: PointerEvent) => {
		if (!e.isPrimary || e.button !== 0) return;
		pressed = { id: e.pointerId, at: e.timeStamp };
		// A touch is captured by the control it started on; a mouse is captured here, so that its
		// release comes here wherever it ends.
		node.setPointerCapture?.(e.pointerId);
	};
	const up = (e: PointerEvent) => {
		if (!pressed || e.pointerId !== pressed.id) return;
		const { at } = pressed;
		pressed = null;
		const box = node.getBoundingClientRect();
		const inside =
			e.clientX >= box.left &&
			e.clientX <= box.right &&
			e.clientY >= box.top &&
			e.clientY <= box.bottom;
		if (inside) current(at);
	};
	const cancel = () => {
		pressed = null;
	};
	const click = (e: MouseEvent) => {
		if (e.detail === 0) current(e.timeStamp);
	};
	const release = (e: TouchEvent) => {
		if (e.cancelable) e.preventDefault();
	};
	node.addEventListener('pointerdown', down);
	node.addEventListener('pointerup', up);
	node.addEventListener('pointercancel', cancel);
	node.addEventListener('click', click);
	node.addEventListener('touchend', release);
	return {
		update: (next) => {
			current = next;
		},
		destroy: () => {
			node.removeEventListener('pointerdown', down);
			node.removeEventListener('pointerup', up);
			node.removeEventListener('pointercancel', cancel);
			node.removeEventListener('click', click);
		}
	};
};
