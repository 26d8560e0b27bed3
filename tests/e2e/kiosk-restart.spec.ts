import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { registeredExercises } from '../../exercises/registry.server';
import { openKiosk } from './helpers';
import { newAttempt } from './data';
import { atTestItem, expectWholeRun, playAttempt, playExercise } from './player';

/**
 * The server crashes and comes back in the middle of a run. This file runs its own server (the
 * same build, its own port and database) so that it can kill and restart it.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173) + 8;
const DB = 'data/e2e-restart.db';
let server: ChildProcess | undefined;

async function startServer(): Promise<void> {
	server = spawn('node_modules/.bin/tsx', ['cli/start.ts'], {
		env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', DATABASE_URL: DB },
		stdio: 'ignore',
		detached: true
	});
	await expect
		.poll(
			async () => {
				try {
					return (await fetch(`http://127.0.0.1:${PORT}/kiosque`)).status;
				} catch {
					return 0;
				}
			},
			{ timeout: 60_000 }
		)
		.toBe(200);
}

function crashServer(): void {
	// The whole process group, at once: a crash, not a graceful stop.
	try {
		if (server?.pid) process.kill(-server.pid, 'SIGKILL');
	} catch {
		// Already gone.
	}
	server = undefined;
}

// One server for the file, which its tests crash in turn: one worker, one test at a time.
test.describe.configure({ mode: 'serial' });
test.use({
	baseURL: `http://127.0.0.1:${PORT}`,
	viewport: { width: 1280, height: 800 },
	hasTouch: true
});

test.beforeAll(async () => {
	for (const suffix of ['', '-wal', '-shm']) rmSync(DB + suffix, { force: true });
	await startServer();
});
test.afterAll(() => crashServer());

for (const { definition, server: exercise } of registeredExercises()) {
	test(`${definition.id}: the server restarted in the middle of the timed part, the run goes on and completes`, async ({
		page
	}) => {
		test.setTimeout(150_000);
		const attempt = await newAttempt(
			{ exercises: [{ exerciseId: definition.id, config: exercise.bot.quickConfig }] },
			DB
		);
		const options = { attemptId: attempt.attemptId, skill: 0.9, rngSeed: 3, database: DB };
		await openKiosk(page, attempt.kioskCode);
		await playExercise(page, { ...options, until: atTestItem(2) });

		crashServer();
		// The person goes on while the server is down, and while it comes back.
		await playExercise(page, { ...options, until: atTestItem(4) });
		await Promise.all([startServer(), playAttempt(page, options)]);
		await expectWholeRun(attempt.attemptId, { database: DB });
	});
}
