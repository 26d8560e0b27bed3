import { z } from 'zod';

/** Server configuration, read once from the environment and validated. */
const configSchema = z.object({
	/**
	 * `postgres://…` (or `postgresql://…`) runs on PostgreSQL; anything else is a SQLite file
	 * path (`file:` prefix allowed). Default: the embedded database under `data/`.
	 */
	DATABASE_URL: z.string().trim().min(1).default('data/habile.db'),
	/** Minutes a staff login session lasts without activity. */
	SESSION_IDLE_MINUTES: z.coerce
		.number()
		.int()
		.positive()
		.default(8 * 60),
	/**
	 * Minutes before a session starts that its kiosk codes open. Unset: from the start of the
	 * session's day (France time). Either way they close at the end of that day.
	 */
	KIOSK_CODE_OPENS_MINUTES_BEFORE: z.coerce
		.number()
		.int()
		.min(0)
		.max(7 * 24 * 60)
		.optional()
});

export type Config = z.infer<typeof configSchema>;

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
	const parsed = configSchema.safeParse(env);
	if (!parsed.success) {
		const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
		throw new Error(`Invalid configuration: ${details.join('; ')}`);
	}
	return parsed.data;
}
