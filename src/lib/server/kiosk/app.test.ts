import { describe, expect, it } from 'vitest';
import { assetsOf, type Manifest } from './app';

/** A manifest as Vite writes it for the two entries sharing the Svelte runtime. */
const manifest: Manifest = {
	'src/kiosk/code.ts': {
		file: 'assets/code-1.js',
		isEntry: true,
		imports: ['_start-2.js'],
		css: ['assets/code-1.css']
	},
	'src/kiosk/passation.ts': {
		file: 'assets/passation-3.js',
		isEntry: true,
		imports: ['_start-2.js', '_engine-4.js'],
		css: ['assets/passation-3.css']
	},
	'_start-2.js': { file: 'assets/start-2.js', css: ['assets/start-2.css'] },
	// Imports the entry back (a cycle) and the runtime again.
	'_engine-4.js': {
		file: 'assets/engine-4.js',
		imports: ['src/kiosk/passation.ts', '_start-2.js']
	},
	'exercises/consignes/View.svelte': { file: 'assets/View-5.js', imports: ['_start-2.js'] }
};

describe('the kiosk app files a shell links', () => {
	it('starts an entry, preloads what it imports at once, links every style once', () => {
		expect(assetsOf(manifest, 'passation')).toEqual({
			script: '/kiosk-app/assets/passation-3.js',
			preload: ['/kiosk-app/assets/start-2.js', '/kiosk-app/assets/engine-4.js'],
			styles: ['/kiosk-app/assets/passation-3.css', '/kiosk-app/assets/start-2.css']
		});
	});

	it('leaves out what the entry loads on demand (the exercises)', () => {
		const code = assetsOf(manifest, 'code');
		expect(code.preload).toEqual(['/kiosk-app/assets/start-2.js']);
		expect(JSON.stringify(code)).not.toContain('View');
	});

	it('refuses a manifest without the entry, with a reason', () => {
		expect(() => assetsOf({}, 'code')).toThrow(/no entry src\/kiosk\/code\.ts/);
	});
});
