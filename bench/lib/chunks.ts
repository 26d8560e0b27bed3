/**
 * What a built client chunk holds. Chunk names are bare hashes: we tell them by strings only
 * that code has (error links, internal names, UI texts, exercise titles).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registeredExercises } from '../../exercises/registry.server';
import { en } from '../../src/lib/i18n/en';
import { fr } from '../../src/lib/i18n/fr';
import { WORK } from './app';

export const CHART_JS = /Chart\.js|chartjs/i;

const MARKERS: [string, RegExp | string][] = [
	['zod', /ZodError|\._zod\b/],
	['svelte', /svelte\.dev\/e\//],
	['sveltekit', /__sveltekit/],
	['xstate', /xstate\.init|Actor logic '/],
	['chart.js', CHART_JS],
	['i18n fr', fr['kiosk.code.label']],
	['i18n en', en['kiosk.code.label']],
	['staff texts', fr['adviser.campaigns.empty']],
	...registeredExercises().map(
		(e) => [`exercise ${e.definition.id}`, e.definition.title] as [string, string]
	)
];

/** Names of what the chunk's text holds, e.g. ['zod'] or ['exercise consignes']. */
export function chunkContents(text: string): string[] {
	return MARKERS.filter(([, m]) => (typeof m === 'string' ? text.includes(m) : m.test(text))).map(
		([name]) => name
	);
}

const cache = new Map<string, string>();

/** For a URL of the app's built client: the file name and what it holds (from the snapshot). */
export function describeUrl(url: string): string {
	if (!cache.has(url)) {
		let label = url;
		try {
			const path = new URL(url).pathname;
			const text = readFileSync(join(WORK, 'app', 'build', 'client', path), 'utf8');
			const name = path.replace(/^\/(_app\/immutable|kiosk-app)\//, '');
			const contents = chunkContents(text);
			label = contents.length ? `${contents.join('+')} (${name})` : name;
		} catch {
			// Not a file of the build (inline script, extension, …): keep the URL.
		}
		cache.set(url, label);
	}
	return cache.get(url)!;
}
