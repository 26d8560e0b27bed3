import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, hydrated, logIn, openKiosk, practiseSorting } from './helpers';
import { newAttempt, newShortlistedDemoCampaign } from './data';

/**
 * Every Content-Security-Policy violation the page reports (the `securitypolicyviolation` event
 * and the console's "Refused to …"), across navigations.
 */
async function watchCsp(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('__reportCsp', (v: string) => violations.push(v));
	await page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
				`${location.pathname}: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`
			)
		)
	);
	page.on('pageerror', (e) => violations.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') violations.push(m.text());
	});
	return violations;
}

test('staff pages run under a nonce-based CSP with no violation, charts included', async ({
	page
}) => {
	const violations = await watchCsp(page);
	const login = await page.goto('/connexion');
	const csp = login!.headers()['content-security-policy']!;
	expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
	expect(csp).toContain("frame-ancestors 'none'");
	expect(csp).toContain("object-src 'none'");
	expect(csp).not.toContain('unsafe-eval');
	await logIn(page, DEMO.adviser);
	await expect(page).toHaveURL(/\/conseiller$/);
	await page.getByRole('link', { name: 'Préparateur / préparatrice de commandes' }).click();
	await expect(page.getByRole('heading', { name: 'Analyse du poste' })).toBeVisible();
	await page.getByRole('link', { name: 'Statistiques d’étalonnage' }).click();
	await expect(page.locator('canvas').first()).toBeVisible();
	await page.reload();
	await hydrated(page);
	await expect(page.locator('canvas').first()).toBeVisible();
	await page.goBack();
	await page.getByRole('link', { name: 'Résultats', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: /^Résultats/ })).toBeVisible();
	await page.reload();
	await hydrated(page);
	await page.waitForFunction(async () => !!(await navigator.serviceWorker.ready).active);
	expect(violations).toEqual([]);
});

test.describe('kiosk', () => {
	test.use({ hasTouch: true });

	test('kiosk pages, speech and the service worker run under the CSP with no violation', async ({
		page
	}) => {
		const violations = await watchCsp(page);
		const attempt = await newAttempt({
			exercises: [
				{ exerciseId: 'consignes', config: { itemCount: 10, difficulty: 1 } },
				{ exerciseId: 'attention', config: {} }
			]
		});
		const shell = await page.goto('/kiosque');
		expect(shell!.headers()['content-security-policy']).toContain("script-src 'self'");
		await openKiosk(page, attempt.kioskCode);
		await expect(page.getByRole('heading', { name: 'Le poste de tri' })).toBeVisible();
		const voice = page.waitForResponse((r) => r.url().includes('/api/kiosque/voix'));
		await page.getByRole('button', { name: 'Réécouter' }).tap();
		expect((await voice).status()).toBe(200);
		await practiseSorting(page);
		await expect(page.getByText('Colis 1', { exact: true })).toBeVisible();
		await page.waitForFunction(
			async () =>
				!!(await navigator.serviceWorker.ready).active && !!navigator.serviceWorker.controller
		);
		await page.reload();
		await expect(page.getByText('Colis 1', { exact: true })).toBeVisible();
		expect(violations).toEqual([]);
	});
});

test('pages with candidates’ data are never stored; after logging out, Back shows nothing', async ({
	page,
	request
}) => {
	const { attempts } = await newShortlistedDemoCampaign('Cariste (en-têtes)', ['Awa'], ['Awa']);
	const pages = [
		[DEMO.adviser, `/conseiller/candidats/${attempts.Awa}`],
		[DEMO.employer, `/employeur/candidats/${attempts.Awa}`]
	] as const;
	for (const [email, path] of pages) {
		await logIn(page, email);
		await expect(page).not.toHaveURL(/connexion/);
		const response = await page.goto(path);
		expect(response!.headers()['cache-control']).toBe('no-store');
		await expect(page.getByText(/07\d{8}/)).toBeVisible();
		const data = await page.request.get(`${path}/__data.json`);
		expect(data.status()).toBe(200);
		expect(data.headers()['cache-control']).toMatch(/(^|, )no-store$/);

		await page.getByRole('button', { name: 'Se déconnecter' }).click();
		await expect(page.getByText('Vous êtes déconnecté.')).toBeVisible();
		await page.goBack();
		await expect(page).toHaveURL(/\/connexion/);
		await expect(page.getByText(/07\d{8}/)).toHaveCount(0);
	}
	// Anonymous: the login page and the API too (nothing the app answers is kept).
	expect((await request.get('/connexion')).headers()['cache-control']).toBe('no-store');
	expect((await request.get('/api/kiosque/state')).headers()['cache-control']).toBe('no-store');
});

test('over plain http, no HSTS, and cookies are not Secure on a local network address', async ({
	request,
	baseURL
}) => {
	// A tablet reaching the server by its address on the room's network.
	const lan = `http://192.168.1.10:${new URL(baseURL!).port}`;
	const headers = { host: new URL(lan).host, origin: lan, accept: 'text/html' };
	const lang = await request.post('/langue', {
		headers,
		form: { locale: 'en', back: '/connexion' },
		maxRedirects: 0
	});
	expect(lang.status()).toBe(303);
	expect(lang.headers()['strict-transport-security']).toBeUndefined();
	expect(lang.headers()['set-cookie']).toMatch(/^lang=en;/);
	expect(lang.headers()['set-cookie']).not.toMatch(/;\s*secure/i);

	const login = await request.post('/connexion', {
		headers,
		form: { email: DEMO.adviser, password: DEMO_PASSWORD },
		maxRedirects: 0
	});
	expect(login.headers()['set-cookie']).not.toMatch(/;\s*secure/i);
	const logout = await request.post('/deconnexion', { headers, form: {}, maxRedirects: 0 });
	expect(logout.status()).toBe(303);
	const deletion = logout.headers()['set-cookie']!;
	expect(deletion).toMatch(/Max-Age=0/);
	expect(deletion).not.toMatch(/;\s*secure/i);
});
