import { describe, expect, it } from 'vitest';
import { build } from 'vite';
import { isServerOnly, serverOnlyGuard } from '../../vite.kiosk.config';

/** The kiosk app is built by plain Vite (vite.kiosk.config.ts), not by SvelteKit. */
describe('the kiosk build refuses server-only code', () => {
	it('tells server-only modules apart', () => {
		expect(isServerOnly('/app/exercises/consignes/score.server.ts')).toBe(true);
		expect(isServerOnly('/app/src/lib/server/db/instance.ts')).toBe(true);
		expect(isServerOnly('/app/exercises/consignes/machine.ts')).toBe(false);
		expect(isServerOnly('/app/src/lib/engine/recorder.ts')).toBe(false);
	});

	it('fails the build when the kiosk imports a scorer', async () => {
		const attempt = build({
			configFile: false,
			logLevel: 'silent',
			plugins: [serverOnlyGuard()],
			build: {
				write: false,
				rollupOptions: { input: 'exercises/consignes/score.server.ts' }
			}
		});
		await expect(attempt).rejects.toThrow(/score\.server\.ts is server-only/);
	});
});
