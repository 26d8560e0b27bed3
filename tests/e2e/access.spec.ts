import { expect, test, type Page } from '@playwright/test';
import { DEMO, logIn } from './helpers';

/** Every staff page, with the one role allowed in it. */
const PAGES = [
	{ path: '/conseiller', role: 'adviser' },
	{ path: '/employeur', role: 'employer' },
	{ path: '/admin', role: 'admin' }
] as const;

async function status(page: Page, path: string): Promise<number> {
	const response = await page.goto(path);
	return response!.status();
}

for (const role of ['adviser', 'employer', 'admin'] as const) {
	test(`the ${role} enters only their own area`, async ({ page }) => {
		await logIn(page, DEMO[role]);
		await expect(page).not.toHaveURL(/connexion/);
		for (const p of PAGES) {
			expect(await status(page, p.path), p.path).toBe(p.role === role ? 200 : 403);
		}
	});
}

test('the refusal page is in French and offers a way back', async ({ page }) => {
	await logIn(page, DEMO.employer);
	await expect(page).toHaveURL(/employeur/);
	const response = await page.goto('/conseiller');
	expect(response!.status()).toBe(403);
	await expect(page.getByText('Vous n’avez pas accès à cette page.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Retour à l’accueil' })).toBeVisible();
});

test('form actions and data requests are guarded too, not only pages', async ({ page }) => {
	await logIn(page, DEMO.adviser);
	await expect(page).toHaveURL(/conseiller/);
	const origin = new URL(page.url()).origin;
	const action = await page.request.post('/admin?/createUser', {
		headers: { origin },
		form: { name: 'X', email: 'x@x.fr', role: 'admin', password: 'long enough password' }
	});
	expect(action.status()).toBe(403);
	const data = await page.request.get('/admin/__data.json');
	expect(data.status()).toBe(403);
});

test('a visitor is sent to the login from every staff page', async ({ page }) => {
	for (const p of PAGES) {
		await page.goto(p.path);
		await expect(page).toHaveURL(
			new RegExp(`/connexion\\?redirectTo=${encodeURIComponent(p.path)}`)
		);
	}
});

test("an adviser cannot open another agency's campaign", async ({ page }) => {
	await logIn(page, DEMO.adviser);
	await expect(page).toHaveURL(/conseiller/);
	expect(await status(page, '/conseiller/campagnes/00000000-0000-0000-0000-000000000000')).toBe(
		404
	);
});
