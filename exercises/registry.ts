import type { ExerciseDefinition } from '$lib/engine/contract';

/**
 * Every exercise, loaded on demand: the kiosk downloads only the exercises of its battery.
 * Add a line here when a folder is added (see README.md).
 */
export const exerciseLoaders = {
	consignes: () => import('./consignes'),
	attention: () => import('./attention'),
	'relation-service': () => import('./relation-service'),
	affirmer: () => import('./affirmer'),
	initiative: () => import('./initiative')
} satisfies Record<string, () => Promise<{ default: ExerciseDefinition }>>;

export type ExerciseId = keyof typeof exerciseLoaders;
export const EXERCISE_IDS = Object.keys(exerciseLoaders) as ExerciseId[];

export function isExerciseId(id: string): id is ExerciseId {
	return Object.hasOwn(exerciseLoaders, id);
}

export async function loadExercise(id: ExerciseId): Promise<ExerciseDefinition> {
	return (await exerciseLoaders[id]()).default;
}
