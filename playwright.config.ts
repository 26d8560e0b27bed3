import { defineConfig, devices } from '@playwright/test';

/** E2E_PORT lets two checkouts run their journeys side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4173);

/** Debian's chromium: Playwright cannot download its own browser on these machines. */
const launchOptions = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		'--disable-quic'
	]
};

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: true,
	retries: 0,
	// Kiosk journeys play whole exercises: give them room on a busy 2-core machine.
	timeout: 90_000,
	reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		locale: 'fr-FR',
		trace: 'retain-on-failure',
		launchOptions
	},
	projects: [
		{
			name: 'desktop',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions }
		}
	],
	webServer: {
		// The real start path (build if needed, migrate, seed the demo) on a fresh database.
		command: 'rm -f data/e2e.db data/e2e.db-* && tsx cli/start.ts',
		url: `http://127.0.0.1:${PORT}/connexion`,
		env: { DATABASE_URL: 'data/e2e.db', PORT: String(PORT), HOST: '127.0.0.1' },
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
