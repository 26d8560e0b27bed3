/**
 * The harness's own half inside the page, installed before any page script: it observes when
 * each stimulus is presented (Element Timing, its own observer) and the frame that follows its
 * insertion (requestAnimationFrame), and can load the main thread with periodic long tasks.
 * It knows nothing of the recorder: the truth is measured here, compared in Node.
 */

/** Element Timing's entry (not in TypeScript's DOM library yet). */
interface ElementTiming extends PerformanceEntry {
	identifier: string;
	renderTime: number;
	loadTime: number;
	paintTime?: number;
	presentationTime?: number;
}

export interface Paint {
	/** Presentation time of the frame that first showed the element (the true onset). */
	renderTime: number;
	paintTime: number | null;
	/** When the harness heard of it (performance.now()). */
	seenAt: number;
}

export interface Harness {
	paints: Record<string, Paint>;
	/** requestAnimationFrame timestamp of the first frame after the stimulus was inserted. */
	frames: Record<string, number>;
	/** timeStamp of the last pointerdown seen anywhere (to check the injected timestamps). */
	lastDown: number | null;
	frameAfter(key: string): void;
	startLoad(busyMs: number, periodMs: number): void;
	stopLoad(): void;
}

declare global {
	interface Window {
		harness: Harness;
	}
}

let load: ReturnType<typeof setInterval> | undefined;
const harness: Harness = {
	paints: {},
	frames: {},
	lastDown: null,
	frameAfter(key) {
		requestAnimationFrame((ts) => (harness.frames[key] = ts));
	},
	startLoad(busyMs, periodMs) {
		load = setInterval(() => {
			const end = performance.now() + busyMs;
			while (performance.now() < end) {
				// A long task: the main thread is busy.
			}
		}, periodMs);
	},
	stopLoad() {
		clearInterval(load);
	}
};
window.harness = harness;

new PerformanceObserver((list) => {
	for (const entry of list.getEntries() as ElementTiming[]) {
		harness.paints[entry.identifier] ??= {
			renderTime: entry.renderTime || entry.loadTime,
			paintTime: entry.paintTime ?? null,
			seenAt: performance.now()
		};
	}
}).observe({ type: 'element', buffered: true });
addEventListener('pointerdown', (e) => (harness.lastDown = e.timeStamp), { capture: true });
