import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, latestAfterPaint } from './after-paint';

describe('afterPaint', () => {
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('runs the task after the next frame, once', () => {
		vi.useFakeTimers();
		const frames: FrameRequestCallback[] = [];
		vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
		const task = vi.fn();
		afterPaint(task);
		vi.advanceTimersByTime(10);
		expect(task).not.toHaveBeenCalled();
		frames.shift()!(16);
		expect(task).not.toHaveBeenCalled(); // the frame is not painted yet
		vi.advanceTimersByTime(0);
		expect(task).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(1000); // the hidden-page fallback does not run it again
		expect(task).toHaveBeenCalledTimes(1);
	});

	it('runs it anyway when no frame comes (a hidden page)', () => {
		vi.useFakeTimers();
		vi.stubGlobal('requestAnimationFrame', () => 0);
		const task = vi.fn();
		afterPaint(task);
		vi.advanceTimersByTime(249);
		expect(task).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(task).toHaveBeenCalledTimes(1);
	});
});

describe('latestAfterPaint', () => {
	const manual = () => {
		const tasks: (() => void)[] = [];
		return {
			schedule: (t: () => void) => tasks.push(t),
			paint: () => tasks.splice(0).forEach((t) => t())
		};
	};

	it('applies a value only once the frame is painted', () => {
		const frame = manual();
		const applied: string[] = [];
		const push = latestAfterPaint<string>((v) => applied.push(v), frame.schedule);
		push('feedback');
		expect(applied).toEqual([]);
		frame.paint();
		expect(applied).toEqual(['feedback']);
	});

	it('drops a value superseded before the paint', () => {
		const frame = manual();
		const applied: (string | null)[] = [];
		const push = latestAfterPaint<string | null>((v) => applied.push(v), frame.schedule);
		push('feedback');
		push(null);
		frame.paint();
		expect(applied).toEqual([null]);
		push('again');
		frame.paint();
		expect(applied).toEqual([null, 'again']);
	});
});
