import { dev } from '$app/environment';

/** An entry of the kiosk app (vite.kiosk.config.ts): the code screen or the passation. */
export type KioskEntry = 'code' | 'passation';

/** What a shell page links to start one entry of the kiosk app. */
export interface KioskAssets {
	script: string;
	/** Modules the entry imports, fetched alongside it rather than after it. */
	preload: string[];
	styles: string[];
}

/** The part of Vite's build manifest we read. */
export type Manifest = Record<
	string,
	{ file: string; css?: string[]; imports?: string[]; isEntry?: boolean }
>;

const SOURCES: Record<KioskEntry, string> = {
	code: 'src/kiosk/code.ts',
	passation: 'src/kiosk/passation.ts'
};
const BASE = '/kiosk-app/';

/** The files an entry loads at once: its chunk, the chunks it imports, their styles. */
export function assetsOf(manifest: Manifest, entry: KioskEntry): KioskAssets {
	const root = manifest[SOURCES[entry]];
	if (!root?.isEntry) throw new Error(`The kiosk app's manifest has no entry ${SOURCES[entry]}`);
	const chunks = new Set<string>();
	const visit = (key: string) => {
		if (chunks.has(key)) return;
		chunks.add(key);
		for (const imported of manifest[key]?.imports ?? []) visit(imported);
	};
	visit(SOURCES[entry]);
	const keys = [...chunks];
	return {
		script: BASE + root.file,
		preload: keys.slice(1).map((k) => BASE + manifest[k]!.file),
		styles: [...new Set(keys.flatMap((k) => manifest[k]!.css ?? []))].map((f) => BASE + f)
	};
}

// Written by the kiosk build, which `vite build` runs before this module is bundled.
const built = import.meta.glob<Manifest>('/static/kiosk-app/.vite/manifest.json', {
	eager: true,
	import: 'default'
});

/** The kiosk app's files for a shell: the built ones, or in development the sources. */
export function kioskAssets(entry: KioskEntry): KioskAssets {
	if (dev) return { script: `/${SOURCES[entry]}`, preload: [], styles: [] };
	const manifest = Object.values(built)[0];
	if (!manifest) throw new Error('The kiosk app is not built: run `npm run build`.');
	return assetsOf(manifest, entry);
}
