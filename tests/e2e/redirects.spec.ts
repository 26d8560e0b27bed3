import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO, DEMO_PASSWORD } from './helpers';

/** Spellings of another site that browsers follow once they drop tabs and line breaks. */
const OFF_SITE = [
	'/\t/evil.example',
	'/\n/evil.example',
	'/\r\n/evil.example',
	'//evil.example',
	'/\\evil.example',
	'\\/evil.example',
	'https://evil.example/',
	'javascript:alert(1)'
];

async function post(request: APIRequestContext, baseURL: string, path: string, form: object) {
	return request.post(path, {
		form: form as Record<string, string>,
		headers: { origin: baseURL, accept: 'text/html' },
		maxRedirects: 0
	});
}

/** A Location of this site: a path a browser cannot read as another host. */
function expectOnSite(location: string | undefined, baseURL: string) {
	expect(location).toBeDefined();
	const url = new URL(location!.replace(/[\t\n\r]/g, ''), baseURL);
	expect(url.origin).toBe(new URL(baseURL).origin);
}

for (const target of OFF_SITE) {
	test(`the login never sends the browser off the site: ${JSON.stringify(target)}`, async ({
		request,
		baseURL
	}) => {
		const path = `/connexion?redirectTo=${encodeURIComponent(target)}`;
		const response = await post(request, baseURL!, path, {
			email: DEMO.adviser,
			password: DEMO_PASSWORD
		});
		expect(response.status()).toBe(303);
		expect(response.headers().location).toBe('/conseiller');
		// Already logged in: the page itself redirects, through the same rule.
		const again = await request.get(path, { maxRedirects: 0 });
		expect(again.status()).toBe(303);
		expect(again.headers().location).toBe('/conseiller');
	});
}

test('the login still goes back to the page asked for, with its query', async ({
	request,
	baseURL
}) => {
	const response = await post(
		request,
		baseURL!,
		`/connexion?redirectTo=${encodeURIComponent('/conseiller?vue=1')}`,
		{ email: DEMO.adviser, password: DEMO_PASSWORD }
	);
	expect(response.headers().location).toBe('/conseiller?vue=1');
});

test('the language switch never sends the browser off the site', async ({ request, baseURL }) => {
	for (const back of [...OFF_SITE, '/conseiller\r\nSet-Cookie: x=1']) {
		const response = await post(request, baseURL!, '/langue', { locale: 'en', back });
		expect(response.status(), JSON.stringify(back)).toBe(303);
		expectOnSite(response.headers().location, baseURL!);
		expect(response.headers()['set-cookie']).not.toContain('x=1');
	}
	const home = await post(request, baseURL!, '/langue', { locale: 'fr', back: '/connexion?a=1' });
	expect(home.headers().location).toBe('/connexion?a=1');
});
