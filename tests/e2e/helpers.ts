import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { zonedDate } from '../../src/lib/domain/time';

export const DEMO_PASSWORD = 'demo-habile-2026';
export const DEMO = {
	admin: 'admin@habile.demo',
	adviser: 'conseiller@habile.demo',
	employer: 'employeur@habile.demo'
} as const;

/**
 * Waits until Svelte has hydrated the page: a click before that does nothing. Several kiosks
 * starting at once on a busy 2-core machine can take longer than the default 5 s.
 */
export async function hydrated(page: Page): Promise<void> {
	await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1, { timeout: 20_000 });
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

/** Opens an attempt on the kiosk and goes through the welcome and display screens. */
export async function openKiosk(page: Page, code: string): Promise<void> {
	await page.goto('/kiosque');
	await hydrated(page);
	await page.getByLabel('Votre code').fill(code);
	await page.getByRole('button', { name: 'Valider' }).tap();
	await page.getByRole('button', { name: 'J’accepte' }).tap();
	await page.getByRole('button', { name: 'C’est bon, on commence' }).tap();
}

/** In the sorting station: from the instructions, through practice, to the timed part. */
export async function practiseSorting(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Je m’entraîne' }).tap();
	for (let i = 0; i < 4; i++) {
		await page.getByRole('button', { name: /^A / }).tap();
		await page.getByRole('button', { name: 'Continuer' }).tap();
	}
	await page.getByRole('button', { name: 'Commencer l’exercice' }).tap();
}

/** Places the parcel on screen (its reference is checked first) in bin A. */
export async function placeParcel(page: Page, number: number): Promise<void> {
	await expect(page.getByText(`Colis ${number}`, { exact: true })).toBeVisible();
	await page.getByRole('button', { name: /^A / }).tap();
}

/** The date `days` from today in France (where sessions are held), as a date field holds it. */
export const agencyDate = (days: number): string => zonedDate(new Date(), days);
