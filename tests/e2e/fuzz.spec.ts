import { readFileSync } from 'node:fs';
import { expect, request, test } from '@playwright/test';
import { newAttempt } from './data';
import { loggedIn, matrix, matrixFixture, rawRequest, type Role } from './route-matrix';

/**
 * No input gives a 5xx: a bounded, seeded fuzz of every route of the matrix — each page's form
 * actions, each API — with malformed bodies (broken multipart, wrong content types, odd JSON,
 * huge, control and prototype-polluting fields) and odd query strings, as each kind of caller.
 * Same seed, same requests: a failure prints what to replay.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
/** Requests per caller and route: about 3,000 in all. */
const PER_ROUTE = 14;

function mulberry32(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Field names the app's forms use, and a few that attack the parsers. `locale` is left out on
 * purpose: a valid one would switch the shared demo accounts' language under other journeys.
 */
const FIELDS = [
	'name',
	'email',
	'password',
	'currentPassword',
	'newPassword',
	'personId',
	'attemptId',
	'userId',
	'session',
	'sessionId',
	'count',
	'value',
	'back',
	'redirectTo',
	'code',
	'date',
	'time',
	'reason',
	'decision',
	'action',
	'versionId',
	'exercise',
	'threshold',
	'rating',
	'accepted',
	'firstSeq',
	'events',
	'__proto__',
	'constructor',
	'prototype'
];
const VALUES = [
	'',
	' ',
	'0',
	'-1',
	'1e309',
	'-1e309',
	'NaN',
	'Infinity',
	'99999999999999999999',
	'0x10',
	'2026-13-45',
	'2026-02-30T25:61',
	'true',
	'null',
	'[]',
	'{}',
	'../../../etc/passwd',
	'<script>alert(1)</script>',
	"'; drop table users; --",
	'\r\nSet-Cookie: x=1',
	'\u0000',
	'-v',
	'--help',
	'%00',
	'%E0%A4%A',
	'\ud800',
	'é'.repeat(3000),
	'x'.repeat(70_000),
	'/\t/evil.example',
	'00000000-0000-0000-0000-000000000000',
	'__proto__'
];
const JSONS = [
	'null',
	'[]',
	'{}',
	'"x"',
	'1e309',
	'{"accepted":"yes"}',
	'{"accepted":true,"x":1}',
	'{"firstSeq":-1,"sentT":0,"events":[]}',
	'{"firstSeq":0,"sentT":0,"events":[null]}',
	'{"firstSeq":0,"sentT":0,"events":[{"seq":0,"t":-1,"type":"x","data":{}}]}',
	'{"__proto__":{"admin":true}}',
	'{"textSize":"huge","contrast":1}',
	'[[[[[[[[[[[[]]]]]]]]]]]]',
	'{"a":' + '['.repeat(5000) + ']'.repeat(5000) + '}',
	'{',
	'{"x":"\\ud800"}'
];

const QUERY_KEYS = [
	'page',
	'session',
	'essayer',
	'texte',
	'action',
	'code',
	'redirectTo',
	'/default'
];

type Payload = { label: string; method: string; query: string; type?: string; body?: string };

function pick<T>(rng: () => number, list: readonly T[]): T {
	return list[Math.floor(rng() * list.length)]!;
}

function form(rng: () => number): string {
	const params = new URLSearchParams();
	const n = 1 + Math.floor(rng() * 5);
	for (let i = 0; i < n; i++) params.append(pick(rng, FIELDS), pick(rng, VALUES));
	return params.toString();
}

/** One malformed request for a route, its actions being `?/name` queries. */
function payload(rng: () => number, actions: string[], isEndpoint: boolean): Payload {
	const action = actions.length ? `?/${pick(rng, actions)}` : '';
	// Short enough for Node's 16 KB header limit: beyond it Node answers 431 itself.
	const query = `?${new URLSearchParams({ [pick(rng, QUERY_KEYS)]: pick(rng, VALUES).slice(0, 1000) })}`;
	switch (Math.floor(rng() * 7)) {
		case 0:
			return { label: 'GET odd query', method: 'GET', query };
		case 1:
			return {
				label: 'broken multipart',
				method: 'POST',
				query: action,
				type: 'multipart/form-data; boundary=habile',
				body: `--habile\r\nContent-Disposition: form-data; name="${pick(rng, FIELDS)}"\r\n\r\n${pick(rng, VALUES).slice(0, 50)}`
			};
		case 2:
			return {
				label: 'multipart without boundary',
				method: 'POST',
				query: action,
				type: 'multipart/form-data',
				body: form(rng)
			};
		case 3:
			return {
				label: 'JSON as text/plain',
				method: 'POST',
				query: action,
				type: 'text/plain',
				body: pick(rng, JSONS)
			};
		case 4:
			return {
				label: 'JSON',
				method: 'POST',
				query: isEndpoint ? '' : action,
				type: 'application/json',
				body: pick(rng, JSONS)
			};
		default:
			return {
				label: 'form',
				method: 'POST',
				query: action,
				type: 'application/x-www-form-urlencoded',
				body: form(rng)
			};
	}
}

/** The named actions of a page, read from its source (and from the shared follow-up forms). */
function actionsOf(routeId: string): string[] {
	let source: string;
	try {
		source = readFileSync(`src/routes${routeId === '/' ? '' : routeId}/+page.server.ts`, 'utf8');
	} catch {
		return [];
	}
	const start = source.indexOf('export const actions');
	if (start < 0) return [];
	const block = source.slice(start, source.indexOf('satisfies Actions', start));
	const names = [...block.matchAll(/^\t(\w+):/gm)].map((m) => m[1]!);
	if (block.includes('followUpActions')) {
		const shared = readFileSync('src/lib/server/hiring/page.ts', 'utf8');
		names.push(...[...shared.matchAll(/^\t\t(\w+): action\(/gm)].map((m) => m[1]!));
	}
	return names.length ? names : ['default'];
}

/**
 * Routes whose well-formed posts change what other journeys running beside this one rely on:
 * logging out ends the caller's own session; wrong logins and codes feed the per-address
 * throttles shared by the whole machine. They still get every malformed body.
 */
const WELL_FORMED_SKIPPED = new Set(['/(staff)/deconnexion', '/(staff)/connexion', '/kiosque']);

/** A tablet that entered a fresh candidate's code: the kiosk API's own caller. */
async function kioskContext(baseURL: string) {
	const attempt = await newAttempt();
	const context = await request.newContext({ baseURL });
	const entered = await context.post('/kiosque', {
		form: { code: attempt.kioskCode },
		headers: { origin: baseURL, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(entered.status(), 'the kiosk enters its code').toBe(303);
	return context;
}

test('no malformed request gets a 5xx from any route, whoever sends it', async ({ baseURL }) => {
	test.setTimeout(240_000);
	const { ids, logins } = await matrixFixture();
	const routes = matrix(ids);
	const rng = mulberry32(SEED);
	const callers: (Role | 'kiosk')[] = ['anon', 'adviser', 'employer', 'admin', 'kiosk'];
	const failures: string[] = [];
	let sent = 0;
	for (const role of callers) {
		const context =
			role === 'kiosk' ? await kioskContext(baseURL!) : await loggedIn(baseURL!, role, logins);
		const cookie = (await context.storageState()).cookies
			.map((c) => `${c.name}=${c.value}`)
			.join('; ');
		for (const [route, { path }] of Object.entries(routes)) {
			const isEndpoint = route.startsWith('/api/') || route.endsWith('.csv') || route === '/langue';
			const actions = isEndpoint ? [] : actionsOf(route);
			const base = path.split('?')[0]!;
			for (let i = 0; i < PER_ROUTE; i++) {
				const p = payload(rng, actions, isEndpoint);
				if (p.label === 'form' && WELL_FORMED_SKIPPED.has(route)) continue;
				const target = base + p.query;
				const { status } = await rawRequest(baseURL!, p.method, target, cookie, {
					type: p.type,
					body: p.body
				}).catch((e: Error) => ({ status: 599, error: e.message }));
				sent++;
				if (status >= 500)
					failures.push(
						`${role} ${p.method} ${target.slice(0, 200)} [${p.label}] ${(p.body ?? '').slice(0, 120)}: ${status}`
					);
			}
		}
		await context.dispose();
	}
	// The malformed inputs of the security report, every time.
	const reported: [Role, string, string, string?][] = [
		['admin', 'GET', '/admin/journal?page=1e309'],
		['admin', 'GET', '/admin/journal?page=-5'],
		['adviser', 'GET', '/api/kiosque/voix?texte=--help'],
		['anon', 'GET', '/connexion?redirectTo=%2F%0D%0ALocation%3A%20https%3A%2F%2Fevil.example'],
		[
			'adviser',
			'POST',
			`/conseiller/campagnes/${ids.campaign}/resultats?/decide`,
			'__proto__=x&personId=__proto__'
		],
		['admin', 'POST', '/admin?/createUser', '__proto__[role]=admin&constructor=1']
	];
	for (const [role, method, path, body] of reported) {
		const context = await loggedIn(baseURL!, role, logins);
		const cookie = (await context.storageState()).cookies
			.map((c) => `${c.name}=${c.value}`)
			.join('; ');
		const { status } = await rawRequest(baseURL!, method, path, cookie, { body });
		if (status >= 500) failures.push(`${role} ${method} ${path} ${body ?? ''}: ${status}`);
		await context.dispose();
	}
	expect(sent).toBeGreaterThan(2000);
	expect(failures, `seed ${SEED}`).toEqual([]);
});
