import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What the kiosk's code imports, followed from its pages and the exercises it loads (value
 * imports and dynamic imports; `import type` costs nothing). Static, so it fails before a build
 * would ship zod or the staff catalogues to a tablet.
 */
const ROOT = resolve('.');
const ALIASES: [string, string][] = [
	['$lib/', 'src/lib/'],
	['$exercises/', 'exercises/']
];

function resolveImport(from: string, spec: string): string | null {
	let base: string | null = null;
	if (spec.startsWith('.')) base = resolve(dirname(from), spec);
	for (const [alias, dir] of ALIASES)
		if (spec.startsWith(alias)) base = join(ROOT, dir, spec.slice(alias.length));
	if (!base) return null;
	const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
	return [base, `${base}.ts`, join(base, 'index.ts')].find(isFile) ?? null;
}

function valueImports(file: string): string[] {
	const source = readFileSync(file, 'utf8');
	const specs = [
		...source.matchAll(/^\s*import\s+(?!type\b)(?:[^'";]*?\bfrom\s+)?['"]([^'"]+)['"]/gm),
		...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
		...source.matchAll(/^\s*export\s+(?!type\b)[^'";]*?\bfrom\s+['"]([^'"]+)['"]/gm)
	];
	return specs.map((m) => m[1]!);
}

/** Every module the kiosk can load, and the bare packages they import. */
function kioskGraph(): { files: Set<string>; packages: Set<string> } {
	const pages = ['src/kiosk/code.ts', 'src/kiosk/passation.ts'].map((f) => join(ROOT, f));
	const exercises = readdirSync('exercises', { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join('exercises', d.name, 'index.ts')))
		.map((d) => join(ROOT, 'exercises', d.name, 'index.ts'));
	const files = new Set<string>();
	const packages = new Set<string>();
	const todo = [...pages, ...exercises];
	while (todo.length) {
		const file = todo.pop()!;
		if (files.has(file)) continue;
		files.add(file);
		for (const spec of valueImports(file)) {
			const target = resolveImport(file, spec);
			if (target) todo.push(target);
			else if (!spec.startsWith('.')) packages.add(spec);
		}
	}
	return { files, packages };
}

describe('the kiosk bundle', () => {
	const { files, packages } = kioskGraph();
	const relative = [...files].map((f) => f.slice(ROOT.length + 1));

	it('follows the kiosk pages into the exercises and the engine', () => {
		expect(relative).toContain('src/kiosk/attempt.svelte.ts');
		expect(relative).toContain('exercises/consignes/View.svelte');
		expect(relative).toContain('src/lib/engine/runner.svelte.ts');
		expect(packages).toContain('xstate');
	});

	it('is a Svelte app of its own: nothing from SvelteKit', () => {
		expect(
			[...packages].filter((p) => p.startsWith('$app/') || p.startsWith('@sveltejs/kit'))
		).toEqual([]);
	});

	it('never loads zod: schemas live in server-side modules', () => {
		expect(packages).not.toContain('zod');
		expect(relative.filter((f) => f.includes('.schema.'))).toEqual([]);
	});

	it('loads only the kiosk catalogues, never the staff ones', () => {
		expect(relative).toContain('src/lib/i18n/kiosk-fr.ts');
		expect(relative).not.toContain('src/lib/i18n/index.ts');
		expect(relative).not.toContain('src/lib/i18n/fr.ts');
		expect(relative).not.toContain('src/lib/i18n/en.ts');
	});
});
