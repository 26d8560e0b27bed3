/**
 * The Habile side of the response-time benchmark: the real RunRecorder and the real `tap`
 * action, on a button, with the in-memory run store (the preview's) in place of the IndexedDB
 * outbox. The harness shows each stimulus as the kiosk views do (insert, then mark it with `stimulus()` in the same task).
 */
import { tap } from '../../src/lib/engine/input';
import { MemoryRunStore, newRunRecord, type StoredEvent } from '../../src/lib/engine/outbox';
import { RunRecorder } from '../../src/lib/engine/recorder';

export interface HabileBench {
	events: StoredEvent[];
	show(key: string, label: string): void;
	clear(): void;
}

declare global {
	interface Window {
		habileBench: HabileBench;
	}
}

const outbox = new MemoryRunStore();
const recorder = new RunRecorder(outbox, newRunRecord('bench-run'));
const stage = document.getElementById('stage')!;
let current: string | null = null;
tap(document.getElementById('respond')!, (at) => {
	if (current) void recorder.log('item.placed', { item: current, bin: 'A' }, at);
	current = null;
});

window.habileBench = {
	events: outbox.events,
	show(key, label) {
		const node = document.createElement('p');
		node.className = 'stimulus';
		node.textContent = label;
		stage.replaceChildren(node);
		recorder.stimulus(node, key);
		window.harness.frameAfter(key);
		current = key;
	},
	clear() {
		stage.replaceChildren();
	}
};
