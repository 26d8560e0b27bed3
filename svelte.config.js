import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere in our code; third-party Svelte 4 components keep their own mode.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter(),
		alias: {
			$exercises: 'exercises'
		},
		csrf: { trustedOrigins: [] },
		// Content-Security-Policy of every page, staff and kiosk: only this site's own files run.
		// SvelteKit adds a nonce (a hash on prerendered pages) for the one inline script it writes
		// to start a staff page; kiosk pages have none (`csr = false`, the kiosk app is a file).
		// Styles also allow inline: pages render `style` attributes with computed values (bars,
		// positions of exercise items), which no nonce or hash can cover, and a style cannot run
		// code. Speech is audio from /api/kiosque/voix ('self'), charts are canvas drawing.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'media-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
