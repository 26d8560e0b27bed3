/**
 * Asks the service worker to keep the app files this page has loaded so far, so that a reload
 * without network still finds them. The worker caches what a kiosk page loads once it controls
 * the page; this covers what was loaded before (the first visit) and is cheap to repeat.
 */
export function keepLoadedCodeOffline(): void {
	if (!('serviceWorker' in navigator)) return;
	void navigator.serviceWorker.ready.then((registration) =>
		registration.active?.postMessage({
			type: 'cache',
			urls: performance
				.getEntriesByType('resource')
				.map((e) => e.name)
				.filter((url) => new URL(url).pathname.startsWith('/kiosk-app/'))
		})
	);
}

/**
 * Installs the service worker (`src/service-worker.ts`), as SvelteKit does on its own pages: the
 * kiosk pages run without SvelteKit's client, so the kiosk app registers it once loaded.
 */
export function registerServiceWorker(): void {
	if (!('serviceWorker' in navigator)) return;
	const register = () =>
		// In development SvelteKit serves the worker as an ES module.
		navigator.serviceWorker.register('/service-worker.js', {
			type: import.meta.env.DEV ? 'module' : 'classic'
		});
	if (document.readyState === 'complete') void register();
	else addEventListener('load', () => void register(), { once: true });
}
