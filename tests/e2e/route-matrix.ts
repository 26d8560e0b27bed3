import { request as httpRequest } from 'node:http';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, request, type APIRequestContext } from '@playwright/test';
import { createUser } from '../../src/lib/server/auth/users';
import { DEMO, DEMO_PASSWORD } from './helpers';
import { newShortlistedDemoCampaign, withDb } from './data';

/**
 * The authorization matrix: every route and API of the app, for every role and for anonymous
 * visitors, with the status each must get. A route added without its line here fails the test.
 *
 * Roles: `anon` (no session), `adviser` (the demo agency's adviser, whose campaign it is),
 * `outsider` (an adviser of another agency), `employer` (the campaign's company), `employerB`
 * (another company of the same agency), `admin`.
 */
export const ROLES = ['anon', 'adviser', 'outsider', 'employer', 'employerB', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type Expected = Record<Role, number>;

const OTHER_PASSWORD = 'authorization matrix password';

/** The staff areas, whose pages' data requests the matrix also tries. */
export const AREAS = ['conseiller', 'employeur', 'admin'];
/** What a page's data request gives, by the status the page gets. */
export const DATA_OUTCOME: Record<number, string> = {
	200: 'data',
	303: 'redirect',
	403: '403',
	404: 'error'
};

/** Every page and endpoint under src/routes, as route ids (`/(staff)/conseiller`…). */
export function routeIds(): string[] {
	const root = 'src/routes';
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			// `+page@.svelte` and the like: a page that resets its layouts.
			else if (/^\+page(@.*)?\.svelte$/.test(name) || name === '+server.ts')
				found.push(`/${relative(root, dir).split('\\').join('/')}`.replace(/\/$/, '') || '/');
		}
	};
	walk(root);
	return [...new Set(found)].sort();
}

/** Adviser pages: the agency's advisers only; another agency's ids are not found. */
const adviserPage = (byId = true): Expected => ({
	anon: 303,
	adviser: 200,
	outsider: byId ? 404 : 200,
	employer: 403,
	employerB: 403,
	admin: 403
});
/** Employer pages: the company's employers only; another company's ids are not found. */
const employerPage = (byId = true): Expected => ({
	anon: 303,
	adviser: 403,
	outsider: 403,
	employer: 200,
	employerB: byId ? 404 : 200,
	admin: 403
});
const adminPage: Expected = {
	anon: 303,
	adviser: 403,
	outsider: 403,
	employer: 403,
	employerB: 403,
	admin: 200
};
/** Pages for everyone. */
const open: Expected = {
	anon: 200,
	adviser: 200,
	outsider: 200,
	employer: 200,
	employerB: 200,
	admin: 200
};
/** Kiosk APIs: only a kiosk that entered a code; staff sessions give no access. */
const kioskOnly: Expected = {
	anon: 401,
	adviser: 401,
	outsider: 401,
	employer: 401,
	employerB: 401,
	admin: 401
};
/** Staff-only pages that send a logged-in user home and a visitor on (login page, root). */
const visitorsOnly: Expected = {
	anon: 200,
	adviser: 303,
	outsider: 303,
	employer: 303,
	employerB: 303,
	admin: 303
};

/**
 * Other spellings of a path that reach the same route: the router decodes percent-encoding and
 * the URL parser removes dot segments, so each must get exactly what the plain path gets. The
 * upper-case spelling matches no route (routes are case-sensitive) and must find nothing.
 */
export function spellings(
	path: string,
	plain: Expected
): { spelling: string; path: string; expected: Expected }[] {
	const [pathname = '/', query = ''] = path.split('?');
	const q = query ? `?${query}` : '';
	if (pathname === '/') return [];
	const first = pathname.charCodeAt(1).toString(16);
	const notFound = Object.fromEntries(ROLES.map((r) => [r, 404])) as Expected;
	return [
		{ spelling: 'percent-encoded', path: `/%${first}${pathname.slice(2)}${q}`, expected: plain },
		{ spelling: 'dot-segment', path: `/x/..${pathname}${q}`, expected: plain },
		{ spelling: 'encoded dot-segment', path: `/x/%2e%2e${pathname}${q}`, expected: plain },
		{ spelling: 'upper-case', path: `${pathname.toUpperCase()}${q}`, expected: notFound }
	];
}

/**
 * A request sent as written: Playwright's client, like browsers, would resolve the dot segments
 * before sending. Answers the status and, for a data request, what its JSON says it is.
 */
export function rawRequest(
	baseURL: string,
	method: string,
	path: string,
	cookie: string,
	send: { type?: string; body?: string } = {}
): Promise<{ status: number; body: string }> {
	const body = Buffer.from(send.body ?? '');
	const { hostname, port } = new URL(baseURL);
	return new Promise((resolve, reject) => {
		const req = httpRequest(
			{
				host: hostname,
				port,
				// A connection of its own: a reused one may be closed by the server after a refusal.
				agent: false,
				method,
				path,
				headers: {
					cookie,
					origin: baseURL,
					accept: 'text/html',
					'content-type': send.type ?? 'application/x-www-form-urlencoded',
					'content-length': String(body.length)
				}
			},
			(res) => {
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (chunk) => (body += chunk));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
			}
		);
		req.on('error', reject);
		req.end(body);
	});
}

/** What a data request (`__data.json`) gave: its data, a redirect, or a refusal by status. */
export function dataOutcome({ status, body }: { status: number; body: string }): string {
	if (status !== 200) return String(status);
	const type = (JSON.parse(body) as { type?: string }).type;
	return type === 'data' && /"type":"error"/.test(body) ? 'error' : (type ?? '?');
}

export interface Ids {
	campaign: string;
	session: string;
	attempt: string;
	person: string;
	run: string;
}

/** How to request each route, and what each role must get. */
export function matrix(
	ids: Ids
): Record<string, { method?: 'GET' | 'POST'; path: string; expected: Expected }> {
	const c = `/conseiller/campagnes/${ids.campaign}`;
	const s = `${c}/sessions/${ids.session}`;
	return {
		'/(staff)': { path: '/', expected: visitorsOnly },
		'/(staff)/connexion': { path: '/connexion', expected: visitorsOnly },
		'/(staff)/deconnexion': {
			path: '/deconnexion',
			expected: { ...open, anon: 303 }
		},
		// Every staff member's own account page.
		'/(staff)/compte': { path: '/compte', expected: { ...open, anon: 303 } },
		'/(staff)/admin': { path: '/admin', expected: adminPage },
		'/(staff)/admin/journal': { path: '/admin/journal', expected: adminPage },
		'/(staff)/conseiller': { path: '/conseiller', expected: adviserPage(false) },
		'/(staff)/conseiller/campagnes/nouvelle': {
			path: '/conseiller/campagnes/nouvelle',
			expected: adviserPage(false)
		},
		'/(staff)/conseiller/campagnes/[id]': { path: c, expected: adviserPage() },
		'/(staff)/conseiller/campagnes/[id]/analyse': { path: `${c}/analyse`, expected: adviserPage() },
		'/(staff)/conseiller/campagnes/[id]/batterie': {
			path: `${c}/batterie`,
			expected: adviserPage()
		},
		'/(staff)/conseiller/campagnes/[id]/etalonnage': {
			path: `${c}/etalonnage`,
			expected: adviserPage()
		},
		'/(staff)/conseiller/campagnes/[id]/etalonnage/codes': {
			path: `${c}/etalonnage/codes`,
			expected: adviserPage()
		},
		'/(staff)/conseiller/campagnes/[id]/modifier': {
			path: `${c}/modifier`,
			expected: adviserPage()
		},
		'/(staff)/conseiller/campagnes/[id]/seuils': { path: `${c}/seuils`, expected: adviserPage() },
		'/(staff)/conseiller/campagnes/[id]/statistiques': {
			path: `${c}/statistiques`,
			expected: adviserPage()
		},
		'/(staff)/conseiller/campagnes/[id]/sessions': {
			path: `${c}/sessions`,
			expected: adviserPage()
		},
		'/(staff)/conseiller/campagnes/[id]/sessions/[sessionId]': { path: s, expected: adviserPage() },
		'/(staff)/conseiller/campagnes/[id]/sessions/[sessionId]/convocations': {
			path: `${s}/convocations`,
			expected: adviserPage()
		},
		'/(staff)/conseiller/campagnes/[id]/sessions/[sessionId]/suivi': {
			path: `${s}/suivi`,
			expected: adviserPage()
		},
		'/(staff)/conseiller/entonnoir': {
			path: '/conseiller/entonnoir',
			expected: adviserPage(false)
		},
		'/(staff)/conseiller/campagnes/[id]/entonnoir': {
			path: `${c}/entonnoir`,
			expected: adviserPage()
		},
		'/(staff)/conseiller/campagnes/[id]/validite': {
			path: `${c}/validite`,
			expected: adviserPage()
		},
		'/(staff)/conseiller/campagnes/[id]/equite': {
			path: `${c}/equite`,
			expected: adviserPage()
		},
		'/(staff)/conseiller/equite': {
			path: '/conseiller/equite',
			expected: adviserPage(false)
		},
		'/(staff)/conseiller/campagnes/[id]/resultats': {
			path: `${c}/resultats`,
			expected: adviserPage()
		},
		'/(staff)/conseiller/campagnes/[id]/preselection': {
			path: `${c}/preselection`,
			expected: adviserPage()
		},
		'/(staff)/conseiller/campagnes/[id]/rapport': { path: `${c}/rapport`, expected: adviserPage() },
		'/(staff)/conseiller/campagnes/[id]/export.csv': {
			path: `${c}/export.csv`,
			expected: adviserPage()
		},
		'/(staff)/conseiller/campagnes/[id]/candidats/[personId]/restitution': {
			path: `${c}/candidats/${ids.person}/restitution`,
			expected: adviserPage()
		},
		'/(staff)/conseiller/campagnes/[id]/candidats/[personId]/donnees': {
			path: `${c}/candidats/${ids.person}/donnees`,
			expected: adviserPage()
		},
		'/(staff)/conseiller/campagnes/[id]/candidats/[personId]/donnees.json': {
			path: `${c}/candidats/${ids.person}/donnees.json`,
			expected: adviserPage()
		},
		'/(staff)/conseiller/candidats/[attemptId]': {
			path: `/conseiller/candidats/${ids.attempt}`,
			expected: adviserPage()
		},
		'/(staff)/employeur': { path: '/employeur', expected: employerPage(false) },
		'/(staff)/employeur/campagnes/[id]': {
			path: `/employeur/campagnes/${ids.campaign}`,
			expected: employerPage()
		},
		'/(staff)/employeur/candidats/[attemptId]': {
			path: `/employeur/candidats/${ids.attempt}`,
			expected: employerPage()
		},
		'/(staff)/employeur/candidats/[attemptId]/convocation': {
			path: `/employeur/candidats/${ids.attempt}/convocation`,
			expected: employerPage()
		},
		'/kiosque': { path: '/kiosque', expected: open },
		'/kiosque/passation': {
			path: '/kiosque/passation',
			expected: {
				anon: 303,
				adviser: 303,
				outsider: 303,
				employer: 303,
				employerB: 303,
				admin: 303
			}
		},
		'/api/kiosque/consent': { method: 'POST', path: '/api/kiosque/consent', expected: kioskOnly },
		'/api/kiosque/preferences': {
			method: 'POST',
			path: '/api/kiosque/preferences',
			expected: kioskOnly
		},
		'/api/kiosque/pulse': { method: 'POST', path: '/api/kiosque/pulse', expected: kioskOnly },
		'/api/kiosque/state': { path: '/api/kiosque/state', expected: kioskOnly },
		// Advisers too: their preview reads the instructions aloud as a kiosk does.
		'/api/kiosque/voix': {
			path: '/api/kiosque/voix?texte=Bonjour',
			expected: { ...kioskOnly, adviser: 200, outsider: 200 }
		},
		'/(staff)/conseiller/campagnes/[id]/batterie/essayer': {
			path: `${c}/batterie/essayer?essayer=consignes`,
			expected: adviserPage()
		},
		'/api/runs/[runId]/events': {
			method: 'POST',
			path: `/api/runs/${ids.run}/events`,
			expected: kioskOnly
		},
		// Switching the language is for anyone; it sends back to the page.
		'/langue': {
			method: 'POST',
			path: '/langue',
			expected: {
				anon: 303,
				adviser: 303,
				outsider: 303,
				employer: 303,
				employerB: 303,
				admin: 303
			}
		}
	};
}

/**
 * The matrix's world: a shortlisted campaign of the demo agency, an adviser of another agency and
 * an employer of another company; the ids of the routes and each role's login.
 */
export async function matrixFixture(): Promise<{
	ids: Ids;
	logins: Record<Role, [string, string] | null>;
}> {
	const { campaignId, attempts } = await newShortlistedDemoCampaign(
		'Cariste (matrice)',
		['Bruno'],
		['Bruno']
	);
	const ids = await withDb(async (db) => {
		const attempt = await db
			.selectFrom('attempts')
			.select(['session_id', 'person_id'])
			.where('id', '=', attempts.Bruno!)
			.executeTakeFirstOrThrow();
		const run = await db
			.selectFrom('runs')
			.select('id')
			.where('attempt_id', '=', attempts.Bruno!)
			.executeTakeFirstOrThrow();
		// An adviser of another agency and an employer of another company of this agency.
		const demo = await db
			.selectFrom('users')
			.select(['agency_id'])
			.where('email', '=', DEMO.adviser)
			.executeTakeFirstOrThrow();
		const otherCompany = await db
			.selectFrom('companies')
			.select('id')
			.where('agency_id', '=', demo.agency_id!)
			.where('name', '=', 'Net’Services')
			.executeTakeFirstOrThrow();
		const agencyId = crypto.randomUUID();
		await db
			.insertInto('agencies')
			.values({ id: agencyId, name: 'Autre agence', created_at: new Date().toISOString() })
			.execute();
		const suffix = crypto.randomUUID().slice(0, 8);
		const made = await Promise.all([
			createUser(
				db,
				{
					name: 'Autre conseillère',
					email: `outsider-${suffix}@test.example`,
					role: 'adviser',
					agencyId,
					companyId: null,
					locale: 'fr',
					password: OTHER_PASSWORD
				},
				null
			),
			createUser(
				db,
				{
					name: 'Autre employeur',
					email: `employer-b-${suffix}@test.example`,
					role: 'employer',
					agencyId: null,
					companyId: otherCompany.id,
					locale: 'fr',
					password: OTHER_PASSWORD
				},
				null
			)
		]);
		if (!made.every((m) => m.ok)) throw new Error('matrix users not created');
		return {
			ids: {
				campaign: campaignId,
				session: attempt.session_id!,
				attempt: attempts.Bruno!,
				person: attempt.person_id,
				run: run.id
			},
			outsider: `outsider-${suffix}@test.example`,
			employerB: `employer-b-${suffix}@test.example`
		};
	});

	const logins: Record<Role, [string, string] | null> = {
		anon: null,
		adviser: [DEMO.adviser, DEMO_PASSWORD],
		outsider: [ids.outsider, OTHER_PASSWORD],
		employer: [DEMO.employer, DEMO_PASSWORD],
		employerB: [ids.employerB, OTHER_PASSWORD],
		admin: [DEMO.admin, DEMO_PASSWORD]
	};
	return { ids: ids.ids, logins };
}

/** A request context logged in as `role` (none for `anon`), the way a browser would be. */
export async function loggedIn(
	baseURL: string,
	role: Role,
	logins: Record<Role, [string, string] | null>
): Promise<APIRequestContext> {
	const context: APIRequestContext = await request.newContext({ baseURL });
	const login = logins[role];
	if (login) {
		const response = await context.post('/connexion', {
			form: { email: login[0], password: login[1] },
			headers: { origin: baseURL!, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(response.status(), `${role} logs in`).toBe(303);
	}
	return context;
}
