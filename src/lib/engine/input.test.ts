import { describe, expect, it } from 'vitest';
import { tap } from './input';

/** A button stand-in: the action only listens for events. */
function control() {
	const node = new EventTarget() as HTMLElement;
	const taps: number[] = [];
	const action = tap(node, (at) => taps.push(at))!;
	const send = (type: string, init: Record<string, unknown> = {}, cancelable = false) => {
		const event = new Event(type, { cancelable });
		// An Event's timeStamp is read-only: what a PointerEvent or MouseEvent would carry.
		for (const [key, value] of Object.entries(init)) Object.defineProperty(event, key, { value });
		node.dispatchEvent(event);
		return event;
	};
	return { taps, action, send };
}

describe('tap', () => {
	it('counts a press at its pointerdown, with the event’s own timestamp', () => {
		const { taps, send } = control();
		send('pointerdown', { isPrimary: true, button: 0, timeStamp: 1234.5 });
		send('click', { detail: 1, timeStamp: 1300 });
		expect(taps).toEqual([1234.5]);
	});

	it('ignores a second finger and other mouse buttons', () => {
		const { taps, send } = control();
		send('pointerdown', { isPrimary: false, button: 0, timeStamp: 1 });
		send('pointerdown', { isPrimary: true, button: 2, timeStamp: 2 });
		expect(taps).toEqual([]);
	});

	it('counts a keyboard activation (a click with no pointer) at its click', () => {
		const { taps, send } = control();
		send('click', { detail: 0, timeStamp: 42 });
		expect(taps).toEqual([42]);
	});

	it('cancels a finger’s release, so that the browser makes no mouse events nor click of it', () => {
		const { send } = control();
		expect(send('touchend', {}, true).defaultPrevented).toBe(true);
		// A release the browser says cannot be cancelled (a scroll under way) is left alone.
		expect(send('touchend', {}, false).defaultPrevented).toBe(false);
	});

	it('follows a new handler, and stops counting taps when destroyed', () => {
		const { action, send } = control();
		const later: number[] = [];
		action.update!((at) => later.push(at));
		send('pointerdown', { isPrimary: true, button: 0, timeStamp: 7 });
		expect(later).toEqual([7]);
		action.destroy!();
		send('pointerdown', { isPrimary: true, button: 0, timeStamp: 8 });
		expect(later).toEqual([7]);
		// A finger pressed before the control went lifts after: its release is still cancelled,
		// or the browser would click what took the control's place.
		expect(send('touchend', {}, true).defaultPrevented).toBe(true);
	});
});
