import type { Cookies } from '@sveltejs/kit';

/**
 * Headers every response of the app carries (pages, their data, form actions, the API): set by
 * the `secure` hook, and by the direct events endpoint. Static files are served before the app
 * (adapter-node) and get none of them. The Content-Security-Policy is SvelteKit's, on pages only
 * (`kit.csp` in svelte.config.js), since it holds each page's nonce.
 */
export function securityHeaders(https: boolean): Record<string, string> {
	return {
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'same-origin',
		'X-Frame-Options': 'DENY',
		'Permissions-Policy': 'camera=(), geolocation=(), microphone=()',
		// Staff pages, their data and the kiosk API show candidates' names, contacts and results:
		// no copy is kept, so that after logging out, Back shows nothing. A route that serves
		// something cacheable says so with its own Cache-Control (see `headerDefaults`).
		'Cache-Control': 'no-store',
		// Over plain http (a kiosk room's local network) browsers ignore it, and it could not be
		// honoured there anyway: only sent when the page was served over https.
		...(https && { 'Strict-Transport-Security': 'max-age=31536000' })
	};
}

/** Headers that a route may set itself (for example cacheable audio): ours is only a default. */
export const headerDefaults: ReadonlySet<string> = new Set(['cache-control']);

/** Sets the security headers on `headers`, keeping a route's own value of `headerDefaults`. */
export function applySecurityHeaders(headers: Headers, https: boolean): void {
	for (const [name, value] of Object.entries(securityHeaders(https))) {
		if (!(headerDefaults.has(name.toLowerCase()) && headers.has(name))) headers.set(name, value);
	}
}

/**
 * Marks cookies `Secure` exactly when the request came over https. SvelteKit marks them Secure
 * unless the host is `localhost`, and over plain http on a local network address (tablets reach
 * the server by its IP) browsers then drop them: the chosen language, and the deletions at logout.
 * A call that passes `secure` itself keeps its choice.
 */
export function secureCookiesOnlyOverHttps(cookies: Cookies, https: boolean): void {
	const set = cookies.set.bind(cookies);
	const remove = cookies.delete.bind(cookies);
	cookies.set = (name, value, options) => set(name, value, { secure: https, ...options });
	cookies.delete = (name, options) => remove(name, { secure: https, ...options });
}
