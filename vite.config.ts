import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 5173 },
	test: {
		include: ['src/**/*.test.ts', 'exercises/**/*.test.ts', 'cli/**/*.test.ts'],
		environment: 'node',
		// Storage tests open real databases; keep files isolated but bounded for 2 cores.
		pool: 'forks',
		maxWorkers: 2,
		testTimeout: 20_000
	}
});
