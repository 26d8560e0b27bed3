import { expect, test } from '@playwright/test';
import {
	DATA_OUTCOME,
	AREAS,
	dataOutcome,
	loggedIn,
	matrix,
	matrixFixture,
	rawRequest,
	ROLES,
	routeIds,
	spellings
} from './route-matrix';

test('every route answers each role as the authorization matrix says', async ({ baseURL }) => {
	test.setTimeout(180_000);
	const { ids, logins } = await matrixFixture();
	const routes = matrix(ids);
	// A route without its line in the matrix fails here: add it with what each role must get.
	expect(Object.keys(routes).sort()).toEqual(routeIds());

	const failures: string[] = [];
	for (const role of ROLES) {
		const context = await loggedIn(baseURL!, role, logins);
		for (const [route, { method = 'GET', path, expected }] of Object.entries(routes)) {
			const response = await context.fetch(path, {
				method,
				headers: {
					origin: baseURL!,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded'
				},
				data: method === 'POST' ? '' : undefined,
				maxRedirects: 0
			});
			if (response.status() !== expected[role])
				failures.push(
					`${role} ${method} ${route}: ${response.status()} (expected ${expected[role]})`
				);
		}
		const cookie = (await context.storageState()).cookies
			.map((c) => `${c.name}=${c.value}`)
			.join('; ');
		for (const [route, { method = 'GET', path, expected: plain }] of Object.entries(routes)) {
			for (const { spelling, path: spelled, expected } of spellings(path, plain)) {
				const { status } = await rawRequest(baseURL!, method, spelled, cookie);
				if (status !== expected[role])
					failures.push(
						`${role} ${method} ${route} ${spelling} ${spelled}: ${status} (expected ${expected[role]})`
					);
			}
		}
		// Staff pages' data requests, under another spelling too: data only for the area's role.
		// Files (`export.csv`, `donnees.json`) are endpoints: they have no data request.
		for (const [route, { path, expected }] of Object.entries(routes)) {
			const [pathname = '/', query] = path.split('?');
			if (!AREAS.some((prefix) => route.startsWith(`/(staff)/${prefix}`))) continue;
			if (/\.[a-z]+$/.test(pathname)) continue;
			const encoded = `/%${pathname.charCodeAt(1).toString(16)}${pathname.slice(2)}`;
			const want = DATA_OUTCOME[expected[role]];
			for (const p of [`${pathname}/__data.json`, `${encoded}/__data.json`]) {
				const got = dataOutcome(
					await rawRequest(baseURL!, 'GET', query ? `${p}?${query}` : p, cookie)
				);
				if (got !== want) failures.push(`${role} data ${p}: ${got} (expected ${want})`);
			}
		}
		// The form actions of the report: creating an account, presenting a candidate.
		for (const [path, allowed] of [
			['/adm%69n?/createUser', 'admin'],
			[`/%63onseiller/campagnes/${ids.campaign}/resultats?/decide`, 'adviser']
		] as const) {
			const { status } = await rawRequest(baseURL!, 'POST', path, cookie);
			// An adviser of another agency is an adviser: for them the campaign does not exist.
			const refused =
				role === 'anon' ? 303 : role === 'outsider' && allowed === 'adviser' ? 404 : 403;
			if (role !== allowed && status !== refused)
				failures.push(`${role} POST ${path}: ${status} (expected ${refused})`);
		}
		await context.dispose();
	}
	expect(failures).toEqual([]);
});
