import type { ExerciseDefinition, ExerciseServer } from '$lib/engine/contract';
import affirmer from './affirmer';
import { affirmerServer } from './affirmer/exercise.server';
import attention from './attention';
import { attentionServer } from './attention/exercise.server';
import consignes from './consignes';
import { consignesServer } from './consignes/exercise.server';
import initiative from './initiative';
import { initiativeServer } from './initiative/exercise.server';
import relationService from './relation-service';
import { relationServiceServer } from './relation-service/exercise.server';
import type { ExerciseId } from './registry';

export interface RegisteredExercise {
	definition: ExerciseDefinition;
	server: ExerciseServer;
}

/**
 * Each exercise with its server half (items with answers, scorer, bot). Server-only: the
 * bundler refuses to ship this file, and what it imports, to the kiosk.
 */
// Each entry is typed with its own config; the registry erases that to the base config. Safe
// because every config goes through its definition's `configSchema` before reaching the server.
const registry = {
	consignes: { definition: consignes, server: consignesServer },
	attention: { definition: attention, server: attentionServer },
	'relation-service': { definition: relationService, server: relationServiceServer },
	affirmer: { definition: affirmer, server: affirmerServer },
	initiative: { definition: initiative, server: initiativeServer }
} as unknown as Record<ExerciseId, RegisteredExercise>;

export function registeredExercise(id: string): RegisteredExercise | undefined {
	return Object.hasOwn(registry, id) ? registry[id as ExerciseId] : undefined;
}

export function registeredExercises(): RegisteredExercise[] {
	return Object.values(registry);
}
