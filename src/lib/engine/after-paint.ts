/** A hidden page gets no frames: past this, the task runs anyway. */
const HIDDEN_PAGE_MS = 250;

/**
 * Runs `task` once the next frame has been painted: requestAnimationFrame fires just before the
 * paint, and a timeout queued there runs after it. Work that can wait (storing, sending) thus
 * never delays the frame that answers a tap.
 */
export function afterPaint(task: () => void): void {
	let done = false;
	const run = () => {
		if (done) return;
		done = true;
		clearTimeout(fallback);
		task();
	};
	const fallback = setTimeout(run, HIDDEN_PAGE_MS);
	if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
}

/**
 * Applies the latest of the values it is given once the next frame has been painted; a value
 * superseded before that is dropped. For what a tap brings in a frame late (see `settled`).
 */
export function latestAfterPaint<T>(
	apply: (value: T) => void,
	schedule: (task: () => void) => void = afterPaint
): (value: T) => void {
	let latest = 0;
	return (value) => {
		const ticket = ++latest;
		schedule(() => {
			if (ticket === latest) apply(value);
		});
	};
}
