/**
 * The kiosk app: the candidate's pages (`/kiosque`) are a Svelte app of their own, built apart
 * from the SvelteKit client so that a tablet loads only what a kiosk runs (no router, no staff
 * runtime). SvelteKit serves their shells and data (`src/routes/kiosque`), the form action and
 * the API; this build writes the app's files to `static/kiosk-app/` (a build output, not a
 * source) with a manifest the shells read (`src/lib/server/kiosk/app.ts`). `vite build` runs it
 * first (vite.config.ts); `vite dev` serves the entries from their sources instead.
 */
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

const KIOSK_APP_DIR = 'static/kiosk-app';

/** Server-only code, as SvelteKit defines it: answer keys and scorers must never reach a tablet. */
export const isServerOnly = (id: string) =>
	/\.server\.[jt]s$/.test(id.split('?')[0]!) || /[/\\]src[/\\]lib[/\\]server[/\\]/.test(id);

/** SvelteKit refuses to bundle server-only modules into client code; this build refuses too. */
export function serverOnlyGuard(): Plugin {
	return {
		name: 'habile:server-only-guard',
		load(id) {
			if (isServerOnly(id))
				this.error(`${id} is server-only: the kiosk app cannot import it (answer keys, scorers).`);
		}
	};
}

export default defineConfig({
	root: path('.'),
	base: '/kiosk-app/',
	publicDir: false,
	plugins: [serverOnlyGuard(), svelte({ configFile: path('svelte.config.js') })],
	resolve: { alias: { $lib: path('src/lib'), $exercises: path('exercises') } },
	build: {
		outDir: path(KIOSK_APP_DIR),
		emptyOutDir: true,
		manifest: true,
		// Entries are loaded by <script type="module"> from the shells: no HTML, no polyfill.
		modulePreload: { polyfill: false },
		rollupOptions: {
			input: { code: path('src/kiosk/code.ts'), passation: path('src/kiosk/passation.ts') }
		}
	}
});
