import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, request, test, type APIRequestContext } from '@playwright/test';
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
const ROLES = ['anon', 'adviser', 'outsider', 'employer', 'employerB', 'admin'] as const;
type Role = (typeof ROLES)[number];
type Expected = Record<Role, number>;

const OTHER_PASSWORD = 'authorization matrix password';

/** Every page and endpoint under src/routes, as route ids (`/(staff)/conseiller`…). */
function routeIds(): string[] {
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

interface Ids {
	campaign: string;
	session: string;
	attempt: string;
	person: string;
	run: string;
}

/** How to request each route, and what each role must get. */
function matrix(
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

test('every route answers each role as the authorization matrix says', async ({ baseURL }) => {
	test.setTimeout(180_000);
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

	const routes = matrix(ids.ids);
	// A route without its line in the matrix fails here: add it with what each role must get.
	expect(Object.keys(routes).sort()).toEqual(routeIds());

	const logins: Record<Role, [string, string] | null> = {
		anon: null,
		adviser: [DEMO.adviser, DEMO_PASSWORD],
		outsider: [ids.outsider, OTHER_PASSWORD],
		employer: [DEMO.employer, DEMO_PASSWORD],
		employerB: [ids.employerB, OTHER_PASSWORD],
		admin: [DEMO.admin, DEMO_PASSWORD]
	};
	const failures: string[] = [];
	for (const role of ROLES) {
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
		await context.dispose();
	}
	expect(failures).toEqual([]);
});
