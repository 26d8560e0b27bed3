import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from '../src/lib/server/db';
import { makeAttempt } from '../src/lib/server/testing/factories';
import { ingestBatch } from '../src/lib/server/runs/ingest';
import { consignesServer } from '../exercises/consignes/exercise.server';
import { configSchema } from '../exercises/consignes/config';
import { run, type CliIo } from './run';

describe('habile CLI', () => {
	let dir: string;
	let out: string[];
	let err: string[];
	let io: CliIo;
	let secret: string;

	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'habile-cli-'));
		out = [];
		err = [];
		secret = '';
		io = {
			stdout: (l) => out.push(l),
			stderr: (l) => err.push(l),
			readSecret: async () => secret,
			env: { DATABASE_URL: join(dir, 'cli.db') }
		};
	});
	afterEach(() => {
		out = [];
	});
	const run_ = (argv: string[]) => run(argv, io);

	it('prints the usage and exits 2 without a command or with an unknown one', async () => {
		expect(await run([], io)).toBe(2);
		expect(err.join('\n')).toContain('Usage: npm run habile');
		expect(await run(['frobnicate'], io)).toBe(2);
		expect(err.join('\n')).toContain('Unknown command: frobnicate');
	});

	it('exits 2 on an unknown option or a missing one', async () => {
		expect(await run(['migrate', '--force'], io)).toBe(2);
		expect(await run(['create-user', '--role', 'admin'], io)).toBe(2);
		expect(err.join('\n')).toContain('missing --email');
	});

	it('migrates, then says the database is up to date', async () => {
		expect(await run(['migrate'], io)).toBe(0);
		expect(out[0]).toBe('applied 0001_initial\napplied 0002_kiosk_runs');
		expect(await run(['migrate'], io)).toBe(0);
		expect(out[1]).toBe('database is up to date');
	});

	it('creates an adviser with a password file, and refuses the same email twice', async () => {
		const file = join(dir, 'pw');
		writeFileSync(file, 'a very long password\n');
		const args = [
			'create-user',
			'--role',
			'adviser',
			'--email',
			'N@x.fr',
			'--name',
			'Nadia',
			'--agency',
			'Lyon',
			'--password-file',
			file
		];
		expect(await run(args, io)).toBe(0);
		expect(out.at(-1)).toBe('created adviser n@x.fr');
		const db = openDatabase(join(dir, 'cli.db'));
		const user = await db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
		await db.destroy();
		expect(user.password_hash).toMatch(/^\$argon2id/);
		expect(await run(args, io)).toBe(1);
		expect(err.at(-1)).toBe('Error: an account already exists for n@x.fr');
	});

	it('reads the password at the prompt and explains what is wrong with it', async () => {
		secret = 'short';
		expect(
			await run(['create-user', '--role', 'admin', '--email', 'a@x.fr', '--name', 'A'], io)
		).toBe(1);
		expect(err.at(-1)).toBe('Error: password must be at least 12 characters long');
		secret = 'long enough password';
		expect(
			await run(['create-user', '--role', 'admin', '--email', 'a@x.fr', '--name', 'A'], io)
		).toBe(0);
	});

	it('refuses an employer without a known company and a bad role', async () => {
		secret = 'long enough password';
		expect(
			await run(
				[
					'create-user',
					'--role',
					'employer',
					'--email',
					'e@x.fr',
					'--name',
					'E',
					'--company',
					'Nope'
				],
				io
			)
		).toBe(1);
		expect(err.at(-1)).toBe('Error: no company named "Nope"');
		expect(
			await run(['create-user', '--role', 'boss', '--email', 'e@x.fr', '--name', 'E'], io)
		).toBe(1);
		expect(err.at(-1)).toBe('Error: role must be one of admin, adviser, employer');
	});

	it('seeds the demo once and prints the logins', async () => {
		expect(await run(['seed-demo'], io)).toBe(0);
		expect(out.join('\n')).toContain('conseiller@habile.demo');
		expect(await run(['seed-demo'], io)).toBe(0);
		expect(out.join('\n')).toContain('demo data already present');
	});

	it('fails clearly on a missing password file', async () => {
		expect(
			await run(
				[
					'create-user',
					'--role',
					'admin',
					'--email',
					'a@x.fr',
					'--name',
					'A',
					'--password-file',
					join(dir, 'none')
				],
				io
			)
		).toBe(1);
		expect(err.at(-1)).toContain('cannot read the password file');
	});

	it('rescores the finished runs of an exercise, and refuses an unknown one', async () => {
		const db = openDatabase(join(dir, 'cli.db'));
		await migrateToLatest(db);
		const { attemptId, runIds } = await makeAttempt(db);
		const run = await db.selectFrom('runs').select(['seed', 'config']).executeTakeFirstOrThrow();
		const setup = { config: configSchema.parse(JSON.parse(run.config)), seed: Number(run.seed) };
		const events = consignesServer.simulate(setup, { skill: 0.8, rngSeed: 2 });
		await ingestBatch(db, {
			runId: runIds[0]!,
			attemptId,
			batch: { firstSeq: 0, sentT: 0, events }
		});
		await db.updateTable('scores').set({ raw: -1 }).execute();
		await db.destroy();

		expect(await run_(['rescore', '--exercise', 'consignes'])).toBe(0);
		expect(out.at(-1)).toBe('rescored 1 run of consignes');
		const check = openDatabase(join(dir, 'cli.db'));
		const score = await check.selectFrom('scores').select('raw').executeTakeFirstOrThrow();
		await check.destroy();
		expect(score.raw).toBe(consignesServer.score(setup, events).raw);

		expect(await run_(['rescore', '--exercise', 'nope'])).toBe(1);
		expect(err.at(-1)).toBe('Error: unknown exercise "nope" (known: consignes, attention)');
		expect(await run_(['rescore'])).toBe(2);
	});
});
