import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openKiosk, placeParcel, practiseSorting } from './helpers';
import { newAttempt, storedScores } from './data';

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
	if (server?.pid) process.kill(-server.pid, 'SIGKILL');
	server = undefined;
}

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

test('the server restarted in the middle of a run: the run goes on and completes', async ({
	page
}) => {
	test.setTimeout(120_000);
	const attempt = await newAttempt(
		{ exercises: [{ exerciseId: 'consignes', config: { itemCount: 10, difficulty: 1 } }] },
		DB
	);
	await openKiosk(page, attempt.kioskCode);
	await practiseSorting(page);
	for (let n = 1; n <= 3; n++) await placeParcel(page, n);

	crashServer();
	for (let n = 4; n <= 6; n++) await placeParcel(page, n);
	await startServer();
	for (let n = 7; n <= 10; n++) await placeParcel(page, n);
	await expect(page.getByRole('heading', { name: 'C’est terminé. Merci !' })).toBeVisible();

	await expect
		.poll(async () => (await storedScores(attempt.attemptId, DB)).length, { timeout: 30_000 })
		.toBe(1);
	const [score] = await storedScores(attempt.attemptId, DB);
	expect(JSON.parse(score!.subscores).processed).toBe(10);
});
