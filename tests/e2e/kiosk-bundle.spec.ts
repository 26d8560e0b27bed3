import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Answer keys and scorers live in `*.server.ts` files and must never reach a browser. SvelteKit
 * refuses to bundle server-only modules into client code; this checks the result: no string
 * literal that only server files contain appears in the built client JavaScript.
 * (Runs after the web server of the test run has built the app.)
 */
function files(dir: string, keep: (path: string) => boolean): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : files(path, keep);
		return keep(path) ? [path] : [];
	});
}

const literals = (source: string) =>
	[...source.matchAll(/'([^'\\\n]{12,})'|`([^`\\\n$]{12,})`/g)].map((m) => m[1] ?? m[2]!);

test('the client bundle holds nothing that only server files hold (answer keys, scorers)', () => {
	const sources = [
		...files('src', (p) => /\.(ts|svelte)$/.test(p)),
		...files('exercises', (p) => /\.(ts|svelte)$/.test(p))
	].filter((p) => !p.endsWith('.test.ts'));
	const isServer = (p: string) => p.endsWith('.server.ts') || p.includes(`lib${'/'}server${'/'}`);
	const clientText = sources
		.filter((p) => !isServer(p))
		.map((p) => readFileSync(p, 'utf8'))
		.join('\n');
	const serverOnly = new Set(
		sources
			.filter((p) => p.startsWith('exercises') && p.endsWith('.server.ts'))
			.flatMap((p) => literals(readFileSync(p, 'utf8')))
			.filter((s) => !clientText.includes(s))
	);
	expect(serverOnly.size).toBeGreaterThan(5);

	const bundle = files(join('build', 'client'), (p) => p.endsWith('.js'))
		.map((p) => readFileSync(p, 'utf8'))
		.join('\n');
	expect(bundle.length).toBeGreaterThan(10_000);
	expect([...serverOnly].filter((s) => bundle.includes(s))).toEqual([]);
	// And the exercises' own client code is there, loaded on demand.
	expect(bundle).toContain('Le poste de tri');
});

test('the kiosk app is a production build: no package’s development build, no dev-mode component', () => {
	const dir = join('static', 'kiosk-app');
	const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8')) as Record<
		string,
		{ file: string }
	>;
	const chunks = Object.entries(manifest);
	expect(chunks.length).toBeGreaterThan(5);
	// A package's `development` export (xstate's, e.g.) lands in a chunk named after its file.
	expect(chunks.map(([key]) => key).filter((key) => key.includes('.development.'))).toEqual([]);
	// Svelte's dev mode stamps every component with its source file's name.
	const withSourcePaths = chunks
		.filter(([, c]) => c.file.endsWith('.js'))
		.filter(([, c]) => /["'`][^"'`\n]*\.svelte["'`]/.test(readFileSync(join(dir, c.file), 'utf8')))
		.map(([key]) => key);
	expect(withSourcePaths).toEqual([]);
});
