import type { Role } from '$lib/domain/records';

/** The staff areas and the one role that may enter each. */
export const AREAS = [
	{ prefix: '/conseiller', role: 'adviser' },
	{ prefix: '/employeur', role: 'employer' },
	{ prefix: '/admin', role: 'admin' }
] as const satisfies readonly { prefix: string; role: Role }[];

export type Area = (typeof AREAS)[number];

/** The area of a path as written (not decoded): see `areaOfRoute` for the one to trust. */
export function areaOf(pathname: string): Area | undefined {
	return AREAS.find((a) => pathname === a.prefix || pathname.startsWith(a.prefix + '/'));
}

/**
 * The area of the route the router resolved (`event.route.id`, e.g. `/(staff)/admin/journal`),
 * whatever spelling of the path reached it (`/adm%69n`, `/x/../admin`). Layout groups such as
 * `(staff)` are not part of the URL and are left out.
 */
export function areaOfRoute(routeId: string | null): Area | undefined {
	if (routeId === null) return undefined;
	return areaOf(routeId.replace(/\/\([^/)]*\)(?=\/|$)/g, '') || '/');
}

/** Where a role lands after logging in. */
export function homeOf(role: Role): string {
	return AREAS.find((a) => a.role === role)!.prefix;
}

/**
 * `target` resolved against `origin` if it names a page of this site, else null. Parsed as a
 * browser parses a `Location` (tabs and line breaks dropped, a backslash read as a slash), so no
 * spelling that a browser follows to another host gets through: `/<tab>/evil.example`,
 * `/\evil.example`, `https://evil.example`, `javascript:…`.
 */
function sameOriginUrl(target: string | null, origin: string): URL | null {
	if (!target) return null;
	try {
		const url = new URL(target, origin);
		// `blob:` URLs carry the origin they were made on: only a page's own URL is a page.
		return url.origin === origin && /^https?:$/.test(url.protocol) ? url : null;
	} catch {
		return null;
	}
}

/**
 * The path, query and fragment of `target` if it names a page of this site, else null. What is
 * returned is always a valid `Location` (no line break can reach the header).
 */
export function localPath(target: string | null, origin: string): string | null {
	const url = sameOriginUrl(target, origin);
	return url && url.pathname + url.search + url.hash;
}

/** A post-login redirect target is only ever a page of this site, in the user's own area. */
export function safeRedirectTarget(target: string | null, role: Role, origin: string): string {
	const url = sameOriginUrl(target, origin);
	const area = url && areaOf(url.pathname);
	return url && (!area || area.role === role) ? url.pathname + url.search + url.hash : homeOf(role);
}
