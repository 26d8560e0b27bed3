import { describe, expect, it } from 'vitest';
import { exerciseChunks, type Manifest } from './exercise-chunks';

// A kiosk build in small: the entry loads xstate; two exercises share a mechanic's view and
// machine; a third has its own view that imports the entry's helper.
const manifest: Manifest = {
	'src/kiosk/passation.ts': {
		file: 'passation.js',
		isEntry: true,
		imports: ['_xstate.js'],
		dynamicImports: ['exercises/a/index.ts', 'exercises/b/index.ts', 'exercises/c/index.ts']
	},
	'_xstate.js': { file: 'xstate.js' },
	'_machine.js': { file: 'machine.js', imports: ['_xstate.js'] },
	'_ScenarioView.js': { file: 'ScenarioView.js', imports: ['_machine.js'] },
	'exercises/a/index.ts': {
		file: 'a.js',
		imports: ['_machine.js'],
		dynamicImports: ['exercises/a/View.svelte']
	},
	'exercises/a/View.svelte': { file: 'View-a.js', imports: ['_ScenarioView.js'] },
	'exercises/b/index.ts': {
		file: 'b.js',
		imports: ['_machine.js'],
		dynamicImports: ['exercises/b/View.svelte']
	},
	'exercises/b/View.svelte': { file: 'View-b.js', imports: ['_ScenarioView.js'] },
	'exercises/c/index.ts': {
		file: 'c.js',
		imports: ['src/kiosk/passation.ts'],
		dynamicImports: ['exercises/c/View.svelte']
	},
	'exercises/c/View.svelte': { file: 'View-c.js', imports: ['_xstate.js'] }
};

describe('each exercise’s share of the kiosk app', () => {
	it('counts what it brings beyond the entries, its own apart from what it shares', () => {
		expect(exerciseChunks(manifest, ['a', 'b', 'c'])).toEqual([
			{ id: 'a', own: ['a.js', 'View-a.js'], shared: ['machine.js', 'ScenarioView.js'] },
			{ id: 'b', own: ['b.js', 'View-b.js'], shared: ['machine.js', 'ScenarioView.js'] },
			{ id: 'c', own: ['c.js', 'View-c.js'], shared: [] }
		]);
	});

	it('refuses an exercise the build does not hold', () => {
		expect(() => exerciseChunks(manifest, ['d'])).toThrow(/no exercises\/d\/index.ts/);
	});
});
