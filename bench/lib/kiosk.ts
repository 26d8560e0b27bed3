/** Driving the kiosk in a browser, as the Playwright journeys do (tests/e2e/helpers.ts). */
import { expect, type Page } from '@playwright/test';
import { migrateToLatest, openDatabase } from '../../src/lib/server/db';
import { makeAttempt } from '../../src/lib/server/testing/factories';

/** A new attempt (through the real services) on the app's database. */
export async function newAttempt(databaseUrl: string, options: Parameters<typeof makeAttempt>[1]) {
	const db = openDatabase(databaseUrl);
	try {
		await migrateToLatest(db);
		return await makeAttempt(db, options);
	} finally {
		await db.destroy();
	}
}

/** A tablet: landscape 1280×800, touch. */
export const TABLET = {
	viewport: { width: 1280, height: 800 },
	hasTouch: true,
	isMobile: false,
	locale: 'fr-FR'
} as const;

/**
 * From the code screen to the first exercise's instructions: enters the code, accepts, sets a
 * display preference (large text) and starts.
 */
export async function openKiosk(page: Page, baseUrl: string, code: string): Promise<void> {
	await page.goto(`${baseUrl}/kiosque`);
	await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1);
	await page.getByLabel('Votre code').fill(code);
	await page.getByRole('button', { name: 'Valider' }).tap();
	await page.getByRole('button', { name: 'J’accepte' }).tap();
	await page.getByRole('button', { name: 'Grande', exact: true }).tap();
	await page.getByRole('button', { name: 'C’est bon, on commence' }).tap();
}
