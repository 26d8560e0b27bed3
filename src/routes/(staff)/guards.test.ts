import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import type { Role } from '$lib/domain/records';

/**
 * Defence in depth: every load, action and endpoint of a staff area stops a visitor and every
 * other role by itself, before it reads or writes anything — even if the `authorize` hook let
 * the request through. The database is replaced by one that fails the test when touched.
 */
vi.mock('$lib/server/db/instance', () => ({
	database: () => {
		throw new Error('the database was touched before the role was checked');
	}
}));

type Handler = (event: unknown) => unknown;
interface RouteModule {
	load?: Handler;
	actions?: Record<string, Handler>;
	[method: string]: unknown;
}

const modules = {
	adviser: import.meta.glob<RouteModule>('./conseiller/**/+{page,layout}.server.ts'),
	employer: import.meta.glob<RouteModule>('./employeur/**/+{page,layout}.server.ts'),
	admin: import.meta.glob<RouteModule>('./admin/**/+{page,layout}.server.ts')
} satisfies Partial<Record<Role, unknown>>;
const endpoints = {
	adviser: import.meta.glob<RouteModule>('./conseiller/**/+server.ts'),
	employer: import.meta.glob<RouteModule>('./employeur/**/+server.ts'),
	admin: import.meta.glob<RouteModule>('./admin/**/+server.ts')
} satisfies Partial<Record<Role, unknown>>;

const ROLES: Role[] = ['adviser', 'employer', 'admin'];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

function locals(role: Role | null): App.Locals {
	return {
		user: role
			? {
					id: 'intruder',
					email: 'intruder@test.example',
					name: 'Intrus',
					role,
					agency_id: 'agency',
					company_id: 'company',
					locale: 'fr'
				}
			: null,
		locale: 'fr',
		ip: '127.0.0.1',
		kioskAttemptId: null
	};
}

/** A request event as Kit builds it, with every route parameter set. */
function event(role: Role | null, file: string, method: string) {
	const url = new URL('http://habile.test/x?session=s&essayer=consignes');
	return {
		locals: locals(role),
		params: new Proxy({}, { get: () => '00000000-0000-0000-0000-000000000000' }),
		url,
		route: { id: file },
		request: new Request(url, {
			method,
			...(method === 'GET' ? {} : { body: new URLSearchParams({ name: 'x', personId: 'p' }) })
		}),
		cookies: { get: () => undefined, set() {}, delete() {}, getAll: () => [], serialize: () => '' },
		setHeaders() {},
		depends() {},
		untrack: <T>(fn: () => T) => fn(),
		parent: async () => ({}),
		getClientAddress: () => '127.0.0.1',
		fetch
	};
}

async function outcome(run: () => unknown): Promise<string> {
	try {
		await run();
		return 'went through';
	} catch (e) {
		if (isRedirect(e)) return `redirect ${e.status} ${e.location}`;
		if (isHttpError(e)) return `error ${e.status}`;
		return `threw: ${(e as Error).message}`;
	}
}

/** Every entry point of a module: its load, each named action, each HTTP method. */
function entryPoints(mod: RouteModule): [string, string, Handler][] {
	const found: [string, string, Handler][] = [];
	if (mod.load) found.push(['load', 'GET', mod.load]);
	for (const [name, action] of Object.entries(mod.actions ?? {}))
		found.push([`action ${name}`, 'POST', action]);
	for (const method of METHODS)
		if (typeof mod[method] === 'function') found.push([method, method, mod[method] as Handler]);
	return found;
}

describe.each(ROLES)('the %s area', (owner) => {
	const files = {
		...modules[owner as keyof typeof modules],
		...endpoints[owner as keyof typeof endpoints]
	};

	it('has loads, actions and endpoints to guard', () => {
		expect(Object.keys(files).length).toBeGreaterThan(0);
	});

	it.each(Object.keys(files))('%s refuses visitors and other roles itself', async (file) => {
		const mod = await files[file]!();
		const points = entryPoints(mod);
		expect(points.length, 'an exported load, action or handler').toBeGreaterThan(0);
		const results: Record<string, string> = {};
		const expected: Record<string, string> = {};
		for (const [name, method, handler] of points)
			for (const role of [null, ...ROLES.filter((r) => r !== owner)]) {
				const key = `${name} as ${role ?? 'visitor'}`;
				results[key] = await outcome(() => handler(event(role, file, method)));
				expected[key] = role ? 'error 403' : 'redirect 303 /connexion';
			}
		expect(results).toEqual(expected);
	});
});
