/** Test factories shared by this exercise's tests. */
import type { z } from 'zod';
import type { RunSetup } from '$lib/engine/contract';
import { configSchema, type AttentionConfig } from './config.schema';

/** A run setup from a partial config (theme industrie unless given) and a seed. */
export function runSetup(
	config: Partial<z.input<typeof configSchema>> = {},
	seed = 1
): RunSetup<AttentionConfig> {
	return { config: configSchema.parse({ theme: 'industrie', ...config }), seed };
}
