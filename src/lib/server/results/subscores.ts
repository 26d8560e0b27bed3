import { z } from 'zod';
import type { SubscoreValue } from '$lib/domain/subscores';
import { registeredExercise } from '$exercises/registry.server';

export type { SubscoreValue };

const storedSchema = z.record(z.string(), z.number().nullable().catch(null));

/**
 * The subscores `exerciseId` declares (`ExerciseServer.subscores`), in its order, with their
 * values from a stored score (`scores.subscores`, JSON). A subscore the run did not store (an
 * older version of the exercise) is left out; a value that is not a number reads as undefined.
 */
export function subscoreValues(exerciseId: string, stored: string): SubscoreValue[] {
	const specs = registeredExercise(exerciseId)?.server.subscores ?? [];
	const parsed = storedSchema.safeParse(JSON.parse(stored));
	if (!parsed.success) return [];
	const values = parsed.data;
	return specs
		.filter((spec) => spec.key in values)
		.map(({ outOf, plain, ...spec }) => ({
			...spec,
			value: values[spec.key] ?? null,
			outOf: outOf === undefined ? null : (values[outOf] ?? null),
			plain: plain ?? false
		}));
}
