/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, version } from '$service-worker';

/**
 * Keeps the kiosk working without network once loaded. Only what a kiosk uses is cached: the
 * kiosk app's code as kiosk pages load it (the shell's entry, the language they show, the
 * battery's exercises), never staff pages or their charts; the files a kiosk page loaded before
 * this worker controlled it are sent by the page (`cache` message). Kiosk pages (and their data)
 * are fetched from the network when possible and served from the cache otherwise, so that a
 * reload during a network cut still resumes the run. Staff pages and the API are never cached.
 */
const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `habile-${version}`;
const CODE = new Set(build);
// The kiosk app, built apart (vite.kiosk.config.ts) into the static files, with hashed names
// like SvelteKit's own code: cached as kiosks load it, not installed on every browser.
const KIOSK_APP = '/kiosk-app/';
const isCode = (path: string) => CODE.has(path) || path.startsWith(KIOSK_APP);
const PRECACHED = files.filter((f) => !f.startsWith(KIOSK_APP));
// Kiosk pages and the spoken instructions they played (the kiosk must work offline once loaded).
const KIOSK = /^\/(kiosque(\/|$)|api\/kiosque\/voix$)/;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(PRECACHED))
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

/** A kiosk page asks for the app files it loaded before this worker controlled it. */
sw.addEventListener('message', (event) => {
	const data = event.data as { type?: string; urls?: unknown } | null;
	if (data?.type !== 'cache' || !Array.isArray(data.urls)) return;
	const paths = data.urls
		.map((u) => new URL(String(u), sw.location.origin))
		.filter((u) => u.origin === sw.location.origin && isCode(u.pathname))
		.map((u) => u.pathname);
	event.waitUntil(
		caches.open(CACHE).then(async (cache) => {
			const missing = [];
			for (const path of paths) if (!(await cache.match(path))) missing.push(path);
			await cache.addAll(missing);
		})
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

/** App code is immutable (hashed names): from the cache, else fetched (and kept for kiosks). */
async function appCode(event: FetchEvent): Promise<Response> {
	const cached = await caches.match(event.request);
	if (cached) return cached;
	const response = await fetch(event.request);
	if (response.ok) event.waitUntil(keepForKiosk(event, response.clone()));
	return response;
}

async function keepForKiosk(event: FetchEvent, response: Response): Promise<void> {
	const client = event.clientId ? await sw.clients.get(event.clientId) : undefined;
	if (client && KIOSK.test(new URL(client.url).pathname))
		await (await caches.open(CACHE)).put(event.request, response);
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (isCode(url.pathname)) {
		event.respondWith(appCode(event));
	} else if (PRECACHED.includes(url.pathname)) {
		event.respondWith(caches.match(request).then((cached) => cached ?? fetch(request)));
	} else if (KIOSK.test(url.pathname)) {
		event.respondWith(networkFirst(request));
	}
});
