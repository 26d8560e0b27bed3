import { describe, expect, it } from 'vitest';
import { press, tap } from './input';

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

describe('press', () => {
	/** A control 100 × 50 px at (10, 10). */
	function pressable() {
		const node = new EventTarget() as HTMLElement;
		node.getBoundingClientRect = () => ({ left: 10, top: 10, right: 110, bottom: 60 }) as DOMRect;
		const presses: number[] = [];
		const action = press(node, (at) => presses.push(at))!;
		const send = (type: string, init: Record<string, unknown> = {}, cancelable = false) => {
			const event = new Event(type, { cancelable });
			for (const [key, value] of Object.entries(init)) Object.defineProperty(event, key, { value });
			node.dispatchEvent(event);
			return event;
		};
		const finger = { isPrimary: true, button: 0, pointerId: 3 };
		return { presses, action, send, finger };
	}

	it('counts a press at its pointerdown once the finger lifts on the control', () => {
		const { presses, send, finger } = pressable();
		send('pointerdown', { ...finger, timeStamp: 500 });
		expect(presses).toEqual([]);
		send('pointerup', { ...finger, clientX: 50, clientY: 30, timeStamp: 640 });
		expect(presses).toEqual([500]);
		// A click after it (a mouse) is not a second press.
		send('click', { detail: 1, timeStamp: 650 });
		expect(presses).toEqual([500]);
	});

	it('takes nothing when the finger slides off before lifting, or the touch is cancelled', () => {
		const { presses, send, finger } = pressable();
		send('pointerdown', { ...finger, timeStamp: 1 });
		send('pointerup', { ...finger, clientX: 200, clientY: 30, timeStamp: 2 });
		send('pointerdown', { ...finger, timeStamp: 3 });
		send('pointercancel', { ...finger });
		send('pointerup', { ...finger, clientX: 50, clientY: 30, timeStamp: 4 });
		expect(presses).toEqual([]);
	});

	it('ignores a second finger, other buttons, and a lift with no press', () => {
		const { presses, send, finger } = pressable();
		send('pointerdown', { ...finger, isPrimary: false, timeStamp: 1 });
		send('pointerdown', { ...finger, button: 2, timeStamp: 2 });
		send('pointerup', { ...finger, clientX: 50, clientY: 30, timeStamp: 3 });
		expect(presses).toEqual([]);
	});

	it('counts a keyboard activation at its click, and cancels a finger’s release', () => {
		const { presses, send } = pressable();
		send('click', { detail: 0, timeStamp: 42 });
		expect(presses).toEqual([42]);
		expect(send('touchend', {}, true).defaultPrevented).toBe(true);
	});

	it('follows a new handler, and stops when destroyed', () => {
		const { presses, action, send, finger } = pressable();
		const later: number[] = [];
		action.update!((at) => later.push(at));
		send('pointerdown', { ...finger, timeStamp: 7 });
		send('pointerup', { ...finger, clientX: 50, clientY: 30 });
		action.destroy!();
		send('pointerdown', { ...finger, timeStamp: 8 });
		send('pointerup', { ...finger, clientX: 50, clientY: 30 });
		expect([presses, later]).toEqual([[], [7]]);
	});
});
