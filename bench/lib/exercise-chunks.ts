/**
 * Each exercise's own share of the kiosk app, from Vite's build manifest: the chunks its
 * definition (`exercises/<id>/index.ts`) and its view bring that the kiosk's entries do not
 * already load, told apart into those only it needs and those it shares with other exercises
 * (a mechanic's view and machine: downloaded once for all the exercises on it).
 */

/** The part of a Vite manifest entry read here. */
export interface ManifestChunk {
	file: string;
	imports?: string[];
	dynamicImports?: string[];
	isEntry?: boolean;
}
export type Manifest = Record<string, ManifestChunk>;

export interface ExerciseChunks {
	id: string;
	/** Files only this exercise needs. */
	own: string[];
	/** Files it needs beyond the entries, shared with at least one other exercise. */
	shared: string[];
}

/** The keys a chunk loads with it: itself and its static imports, transitively. */
function closure(manifest: Manifest, roots: string[], withDynamic = false): Set<string> {
	const seen = new Set<string>();
	const visit = (key: string) => {
		if (seen.has(key) || !manifest[key]) return;
		seen.add(key);
		for (const imported of manifest[key].imports ?? []) visit(imported);
		if (withDynamic) for (const imported of manifest[key].dynamicImports ?? []) visit(imported);
	};
	roots.forEach(visit);
	return seen;
}

/**
 * Every exercise's chunks beyond the entries': its definition, then its view (loaded when its
 * run opens), each with its static imports. `ids`: the exercises in the kiosk's registry.
 */
export function exerciseChunks(manifest: Manifest, ids: readonly string[]): ExerciseChunks[] {
	const entries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
	const base = closure(manifest, entries);
	const needs = new Map(
		ids.map((id) => {
			const definition = `exercises/${id}/index.ts`;
			if (!manifest[definition]) throw new Error(`The kiosk manifest has no ${definition}`);
			// The definition and what it loads on demand: its view (not other exercises').
			const keys = closure(manifest, [definition, ...(manifest[definition]!.dynamicImports ?? [])]);
			return [id, [...keys].filter((k) => !base.has(k))] as const;
		})
	);
	return ids.map((id) => {
		const mine = needs.get(id)!;
		const sharedKeys = mine.filter((k) =>
			ids.some((other) => other !== id && needs.get(other)!.includes(k))
		);
		return {
			id,
			own: mine.filter((k) => !sharedKeys.includes(k)).map((k) => manifest[k]!.file),
			shared: sharedKeys.map((k) => manifest[k]!.file)
		};
	});
}
