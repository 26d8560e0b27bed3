import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { build, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * `vite build` first builds the kiosk app (vite.kiosk.config.ts), before SvelteKit lists the
 * static files (its service worker's `files`) and bundles the server that reads the kiosk's
 * manifest. SvelteKit runs a second Vite build (the client) in the same process with this config
 * loaded again: the promise is kept on `globalThis` so that the kiosk is built once.
 */
function kioskApp(): Plugin {
	const key = Symbol.for('habile.kioskAppBuild');
	const state = globalThis as { [key]?: Promise<unknown> };
	return {
		name: 'habile:kiosk-app',
		apply: 'build',
		config: {
			order: 'pre',
			async handler() {
				// The kiosk is always a production build. Vite picks packages' `development` or
				// `production` exports, and the Svelte plugin its dev mode, from NODE_ENV, which the
				// outer build has not set yet at this hook: unset, the tablets got xstate's
				// development build and Svelte's dev-mode components.
				process.env.NODE_ENV = 'production';
				state[key] ??= build({
					configFile: fileURLToPath(new URL('vite.kiosk.config.ts', import.meta.url)),
					logLevel: 'warn'
				});
				await state[key];
			}
		}
	};
}

export default defineConfig({
	plugins: [kioskApp(), sveltekit()],
	server: { port: 5173 },
	test: {
		include: [
			'src/**/*.test.ts',
			'exercises/**/*.test.ts',
			'cli/**/*.test.ts',
			'bench/**/*.test.ts',
			'eslint/**/*.test.ts'
		],
		environment: 'node',
		// Storage tests open real databases; keep files isolated but bounded for 2 cores.
		pool: 'forks',
		maxWorkers: 2,
		testTimeout: 20_000
	}
});
