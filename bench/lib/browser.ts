/** Chromium for the benchmarks, launched exactly as the Playwright journeys launch it. */
import { chromium, type Browser, type LaunchOptions } from '@playwright/test';
import config from '../../playwright.config';

export function launchOptions(): LaunchOptions {
	const fromConfig = config.projects?.[0]?.use?.launchOptions ?? config.use?.launchOptions;
	if (!fromConfig) throw new Error('playwright.config.ts has no launchOptions');
	return fromConfig;
}

export function launchBrowser(): Promise<Browser> {
	return chromium.launch(launchOptions());
}

/** The browser's version, e.g. "156.0.8078.108". */
export const browserVersion = (browser: Browser) => browser.version();
