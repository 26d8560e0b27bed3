/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, version } from '$service-worker';

/**
 * Keeps the kiosk working without network once loaded: the app's code and static files are
 * cached at install; kiosk pages (and their data) are fetched from the network when possible and
 * served from the cache otherwise, so that a reload during a network cut still resumes the run.
 * Staff pages and the API are never cached.
 */
const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `habile-${version}`;
const ASSETS = new Set([...build, ...files]);
// Kiosk pages and the spoken instructions they played (the kiosk must work offline once loaded).
const KIOSK = /^\/(kiosque(\/|$)|api\/kiosque\/voix$)/;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll([...ASSETS]))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

async function networkFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		if (response.ok) await cache.put(request, response.clone());
		return response;
	} catch (error) {
		const cached = await cache.match(request);
		if (cached) return cached;
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (ASSETS.has(url.pathname)) {
		event.respondWith(caches.match(request).then((cached) => cached ?? fetch(request)));
	} else if (KIOSK.test(url.pathname)) {
		event.respondWith(networkFirst(request));
	}
});
