import { mount, type Component } from 'svelte';
import { registerServiceWorker } from '$lib/engine/offline';

/**
 * Starts a kiosk page: its shell (server-rendered, `src/routes/kiosque/Shell.svelte`) holds the
 * page's data in `#kiosk[data-props]` and a placeholder that the app replaces.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each page has its own props
export function start<Props extends Record<string, any>>(App: Component<Props>): void {
	const target = document.getElementById('kiosk');
	if (!target?.dataset.props)
		throw new Error('This page is not a kiosk shell (#kiosk[data-props]).');
	const props = JSON.parse(target.dataset.props) as Props;
	target.replaceChildren();
	mount(App, { target, props });
	registerServiceWorker();
	// Tests wait for this marker before interacting, as on the staff pages.
	document.body.dataset.hydrated = 'true';
}
