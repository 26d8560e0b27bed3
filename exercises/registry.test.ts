import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXERCISE_IDS, loadExercise } from './registry';
import { registeredExercise, registeredExercises } from './registry.server';

const here = import.meta.dirname;

/** Folders that are exercises: they have an `index.ts` (`mechanics/` holds the shared mechanics). */
const exerciseFolders = readdirSync(here, { withFileTypes: true })
	.filter((entry) => entry.isDirectory() && existsSync(join(here, entry.name, 'index.ts')))
	.map((entry) => entry.name)
	.sort();

describe('exercise registries', () => {
	it('list every exercise folder in the kiosk registry', () => {
		expect([...EXERCISE_IDS].sort()).toEqual(exerciseFolders);
	});

	it('list every exercise folder in the server registry', () => {
		const ids = registeredExercises()
			.map((entry) => entry.definition.id)
			.sort();
		expect(ids).toEqual(exerciseFolders);
		for (const folder of exerciseFolders) expect(registeredExercise(folder)).toBeDefined();
	});

	it('key each definition by its own id', async () => {
		for (const id of EXERCISE_IDS) {
			expect((await loadExercise(id)).id).toBe(id);
			expect(registeredExercise(id)?.definition.id).toBe(id);
		}
	});
});
