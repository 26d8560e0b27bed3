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

/** A path of this site: starts with one slash (not `//` nor `/\`, which browsers read as another host). */
export function isLocalPath(target: string | null): target is string {
	return (
		!!target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\')
	);
}

/** A post-login redirect target is only ever a path on this site, in the user's own area. */
export function safeRedirectTarget(target: string | null, role: Role): string {
	if (isLocalPath(target)) {
		const area = areaOf(new URL(target, 'http://x').pathname);
		if (!area || area.role === role) return target;
	}
	return homeOf(role);
}
