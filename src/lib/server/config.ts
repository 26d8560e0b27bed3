import { z } from 'zod';
import { DEFAULT_RETEST_INTERVAL_MONTHS } from './retests/interval';

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
		.optional(),
	/**
	 * Months at least between two tests of the same person (matched by contact in the agency):
	 * a registration closer to another test is refused unless the adviser overrides it with a
	 * reason. 0: no interval (retests are still flagged and get other parallel forms).
	 */
	RETEST_INTERVAL_MONTHS: z.coerce
		.number()
		.int()
		.min(0)
		.max(60)
		.default(DEFAULT_RETEST_INTERVAL_MONTHS),
	/** Hours a staff login session lasts at most, active or not: then the person logs in again. */
	SESSION_MAX_HOURS: z.coerce
		.number()
		.int()
		.positive()
		.max(24 * 30)
		.default(12),
	/**
	 * `1`: the demo (seeded on an empty database, its published password accepted); `0`: a real
	 * deployment, which refuses to start while demo accounts can log in. Unset: the demo, unless
	 * `NODE_ENV=production`.
	 */
	HABILE_DEMO: z.enum(['0', '1']).optional(),
	NODE_ENV: z.string().optional(),
	/**
	 * `1` behind a reverse proxy that sets X-Forwarded-For and X-Forwarded-Proto: the client's
	 * address and protocol are read from them. Unset (or `0`), they are ignored.
	 */
	TRUST_PROXY: z
		.enum(['', '0', '1'], { error: 'must be 1 (behind a trusted proxy) or 0' })
		.default('')
		.transform((v) => v === '1'),
	/** How many trusted proxies in a row append to X-Forwarded-For (with TRUST_PROXY=1). */
	TRUST_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1)
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

/** Whether this server runs the demo (see `HABILE_DEMO`). */
export function demoEnabled(config: Pick<Config, 'HABILE_DEMO' | 'NODE_ENV'>): boolean {
	return config.HABILE_DEMO ? config.HABILE_DEMO === '1' : config.NODE_ENV !== 'production';
}

/** How long staff sessions last, from the configuration. */
export function sessionLifetime(config: Config): { idleMinutes: number; maxHours: number } {
	return { idleMinutes: config.SESSION_IDLE_MINUTES, maxHours: config.SESSION_MAX_HOURS };
}
