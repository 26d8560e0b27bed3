/**
 * What an exercise may import: its own folder, the shared mechanics (`exercises/mechanics/`) and
 * its toolkit in `$lib` (the contract, the phased skeleton, the bot, forms, random draws, the
 * kiosk's UI pieces, the statistics it scores with); never another exercise, the kiosk's runtime
 * (runner, recorder, outbox, sync: the kiosk drives the exercise, not the other way round), the
 * server, SvelteKit's modules or the staff UI. A mechanic imports no exercise. A file the kiosk
 * loads imports no `.server` module (the kiosk build refuses them too, later).
 */
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const EXERCISES = resolve(ROOT, 'exercises');

/** `$lib` modules an exercise may import (a prefix each: `$lib/ui/kiosk/` and what is in it). */
export const TOOLKIT = [
	'$lib/engine/contract',
	'$lib/engine/contract.schema',
	'$lib/engine/phased-machine',
	'$lib/engine/bot',
	'$lib/engine/forms',
	'$lib/engine/random',
	'$lib/engine/event-log',
	'$lib/engine/snapshot',
	'$lib/engine/testing/',
	'$lib/ui/kiosk/',
	'$lib/psychometrics/',
	'$lib/domain/records'
];

const allowedLib = (source) =>
	TOOLKIT.some((entry) =>
		entry.endsWith('/')
			? source.startsWith(entry)
			: source === entry || source.startsWith(`${entry}.`)
	);

/** The top folder under `exercises/` a path lies in (`null`: not in one). */
function folderOf(path) {
	const rel = relative(EXERCISES, path);
	if (rel.startsWith('..') || !rel.includes(sep)) return null;
	return rel.split(sep)[0];
}

/** Kiosk-side: not a server module, not a test, not a test helper. */
const kioskSide = (file) => !/\.server\.|\.test\.|[\\/]testing\.ts$/.test(file);

/** @type {import('eslint').Rule.RuleModule} */
export const exerciseBoundary = {
	meta: {
		type: 'problem',
		docs: { description: 'What an exercise, or a mechanic, may import' },
		schema: [],
		messages: {
			otherExercise:
				'An exercise imports its own folder and `exercises/mechanics/` only, not "{{source}}".',
			exerciseFromMechanic: 'A mechanic imports no exercise ("{{source}}").',
			outsideToolkit:
				'"{{source}}" is outside an exercise\'s toolkit (see TOOLKIT in eslint/exercise-boundary.js).',
			serverFromKiosk: 'A file the kiosk loads imports no server module ("{{source}}").'
		}
	},
	create(context) {
		const file = context.filename;
		const own = folderOf(file);
		if (own === null) return {};
		const check = (node) => {
			const source = node.source?.value;
			if (typeof source !== 'string') return;
			const report = (messageId) => context.report({ node, messageId, data: { source } });
			if (source.startsWith('$')) {
				if (!allowedLib(source)) report('outsideToolkit');
				return;
			}
			if (!source.startsWith('.')) return;
			const target = resolve(dirname(file), source);
			const folder = folderOf(target);
			if (own === 'mechanics' && folder !== 'mechanics') report('exerciseFromMechanic');
			else if (folder !== own && folder !== 'mechanics') report('otherExercise');
			// A type import is erased from the build: the kiosk gets none of the module.
			else if (kioskSide(file) && node.importKind !== 'type' && /\.server(\.|$)/.test(source))
				report('serverFromKiosk');
		};
		return {
			ImportDeclaration: check,
			ImportExpression: check,
			ExportNamedDeclaration: check,
			ExportAllDeclaration: check
		};
	}
};

export default { rules: { 'exercise-boundary': exerciseBoundary } };
