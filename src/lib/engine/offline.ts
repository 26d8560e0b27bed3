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
				.filter((url) => url.includes('/_app/immutable/'))
		})
	);
}
