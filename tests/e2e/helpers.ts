import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-habile-2026';
export const DEMO = {
	admin: 'admin@habile.demo',
	adviser: 'conseiller@habile.demo',
	employer: 'employeur@habile.demo'
} as const;

/** Waits until Svelte has hydrated the page: a click before that does nothing. */
export async function hydrated(page: Page): Promise<void> {
	await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
}

export async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
	await page.goto('/connexion');
	await hydrated(page);
	await page.getByLabel('Adresse e-mail').fill(email);
	await page.getByLabel('Mot de passe').fill(password);
	await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** WCAG 2.2 AA: axe must find no violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
}
