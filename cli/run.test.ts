import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from '../src/lib/server/db';
import { migrationProvider } from '../src/lib/server/db/migrations';
import { makeAttempt } from '../src/lib/server/testing/factories';
import { ingestBatch } from '../src/lib/server/runs/ingest';
import { consignesServer } from '../exercises/consignes/exercise.server';
import { configSchema } from '../exercises/consignes/config.schema';
import { EXERCISE_IDS } from '../exercises/registry';
import {
	handMatrix,
	partialCreditExpected,
	partialCreditMatrix
} from '../src/lib/psychometrics/fixtures';
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
		// Every migration, in order.
		const names = Object.keys(await migrationProvider.getMigrations());
		expect(names.slice(0, 2)).toEqual(['0001_initial', '0002_kiosk_runs']);
		expect(out[0]).toBe(names.map((n) => `applied ${n}`).join('\n'));
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

	it('refuses a trivial or common password, saying why', async () => {
		const create = () =>
			run(['create-user', '--role', 'admin', '--email', 'a@x.fr', '--name', 'A'], io);
		secret = 'aaaaaaaaaaaa';
		expect(await create()).toBe(1);
		expect(err.at(-1)).toBe(
			'Error: password is too simple (repeated characters or runs like 123456, azerty)'
		);
		secret = 'motdepasse2026';
		expect(await create()).toBe(1);
		expect(err.at(-1)).toContain('Error: password is too common');
	});

	it('creates the first admin of a production database, and disables an account', async () => {
		io.env = { ...io.env, NODE_ENV: 'production' };
		expect(await run(['seed-demo'], io)).toBe(1);
		expect(err.at(-1)).toBe('Error: the demo is off here (HABILE_DEMO=0 or NODE_ENV=production)');
		secret = 'la premiere admin de l agence';
		expect(
			await run(['create-user', '--role', 'admin', '--email', 'Chef@Agence.fr', '--name', 'C'], io)
		).toBe(0);
		expect(await run(['disable-user', '--email', 'chef@agence.fr'], io)).toBe(0);
		expect(out.at(-1)).toBe('disabled chef@agence.fr (0 sessions ended)');
		expect(await run(['disable-user', '--email', 'chef@agence.fr'], io)).toBe(0);
		expect(out.at(-1)).toBe('chef@agence.fr was already disabled');
		expect(await run(['disable-user', '--email', 'nobody@agence.fr'], io)).toBe(1);
		expect(await run(['disable-user'], io)).toBe(2);
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
		const { attemptId, runIds } = await makeAttempt(db, { consented: true });
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
		expect(err.at(-1)).toBe(`Error: unknown exercise "nope" (known: ${EXERCISE_IDS.join(', ')})`);
		expect(await run_(['rescore'])).toBe(2);
	});

	describe('stats', () => {
		const csv = (name: string, text: string) => {
			const file = join(dir, name);
			writeFileSync(file, text);
			return file;
		};
		const stats = async (text: string, ...options: string[]) =>
			run_(['stats', csv('scores.csv', text), ...options]);
		const rowsOf = (rows: readonly (readonly number[])[]) => rows.map((r) => r.join(','));

		it('prints the statistics of a file as one JSON object (figures by hand)', async () => {
			const text = ['A,B,C', ...rowsOf(handMatrix.rows)].join('\n') + '\n';
			expect(await stats(text)).toBe(0);
			expect(out).toHaveLength(1);
			// By hand (see src/lib/psychometrics/reliability.test.ts for α and the items):
			// totals 3 2 1 0; mean 1.5; SD √(5/3); type 7 percentiles at h = 3p: p10 0.3, p20 0.6,
			// p25 0.75, p75 2.25, p90 2.7; α = 0.75; SEM = √(5/3) × √0.25; mean − SD = 1.5 − √(5/3);
			// split-half r = 1/√2, Spearman–Brown 2(√2 − 1). Full precision: equal to 1e-12.
			const close = (x: number) => expect.closeTo(x, 12);
			expect(JSON.parse(out[0]!)).toEqual({
				n: 4,
				items: 3,
				itemMax: { A: 1, B: 1, C: 1 },
				total: {
					mean: 1.5,
					sd: close(Math.sqrt(5 / 3)),
					median: 1.5,
					min: 0,
					max: 3,
					p10: close(0.3),
					p25: 0.75,
					p75: 2.25,
					p90: close(2.7)
				},
				alpha: close(0.75),
				reliability: { interpretable: true, warning: null },
				alphaIfDeleted: { A: close(8 / 11), B: close(0.5), C: close(8 / 11) },
				itemTotalCorrected: {
					A: close(0.75 / Math.sqrt(2.0625)),
					B: close(Math.SQRT1_2),
					C: close(0.75 / Math.sqrt(2.0625))
				},
				difficulty: { A: 0.75, B: 0.5, C: 0.25 },
				splitHalf: { oddEven: close(Math.SQRT1_2), spearmanBrown: close(2 * (Math.SQRT2 - 1)) },
				sem: close(Math.sqrt(5 / 3) / 2),
				thresholds: { percentile20: close(0.6), meanMinus1Sd: close(1.5 - Math.sqrt(5 / 3)) }
			});
			// Not rounded: 4 decimals would put the SEM at 0.6455, 4e-6 away.
			expect(Math.abs(JSON.parse(out[0]!).sem - 0.6455)).toBeGreaterThan(1e-6);
		});

		it('takes one maximum per item from --item-max or from a "max" row (by hand)', async () => {
			// handMatrix again, B out of 2 and C out of 4: only the difficulties change
			// (mean / maximum: 0.75, 0.5/2, 0.25/4), α does not depend on the maxima.
			const body = rowsOf(handMatrix.rows).map((r, i) => `E${i + 1},${r}`);
			expect(
				await stats(['code,A,B,C', ...body].join('\n'), '--item-max', '1,2,4', '--id', 'code')
			).toBe(0);
			const fromOption = JSON.parse(out.pop()!);
			expect(fromOption.itemMax).toEqual({ A: 1, B: 2, C: 4 });
			expect(fromOption.difficulty).toEqual({ A: 0.75, B: 0.25, C: 0.0625 });
			expect(fromOption.alpha).toBeCloseTo(0.75, 12);
			expect(await stats(['id,A,B,C', 'max,1,2,4', ...body].join('\n'))).toBe(0);
			expect(JSON.parse(out.pop()!)).toEqual(fromOption);
			// A score above its own item's maximum, and lists that do not fit.
			await bad(
				'id,A,B\nmax,1,2\nE1,1,3\nE2,0,1\n',
				'line 3, column "B": 3 is outside 0–2 (see the "max" row)'
			);
			await bad(
				'A,B\n1,0\n0,1\n',
				'--item-max gives 3 maxima for 2 items (A, B)',
				'--item-max',
				'1,1,4'
			);
			await bad(
				'id,A,B\nmax,1,2\nE1,1,0\nE2,0,1\n',
				'the file has a "max" row and --item-max is given: keep only one of them',
				'--item-max',
				'2'
			);
		});

		it('skips a non-numeric identifier column named by --id, and names a missing one', async () => {
			const text = 'A,Salarié,B,C\n1,Mme A,1,1\n1,M. B,1,0\n1,C,0,0\n0,D,0,0\n';
			await bad(text, 'line 2, column "Salarié": "Mme A" is not a number');
			expect(await stats(text, '--id', 'Salarié')).toBe(0);
			expect(JSON.parse(out.pop()!).alpha).toBeCloseTo(0.75, 12);
			await bad(text, 'line 1: no column "Code" (see --id)', '--id', 'Code');
		});

		it('reports a negative α as not interpretable, with no SEM', async () => {
			// By hand (calibration.test.ts): α = −8/3.
			expect(await stats('A,B\n1,0\n0,1\n1,0\n0,0\n')).toBe(0);
			const result = JSON.parse(out.pop()!);
			expect(result.alpha).toBeCloseTo(-8 / 3, 12);
			expect(result.reliability).toEqual({ interpretable: false, warning: 'negative' });
			expect(result.sem).toBeNull();
		});

		it('reads what spreadsheets export: id column, semicolons, BOM, CRLF, decimal commas', async () => {
			// The partial-credit fixture scored 0–2 (NumPy figures in its file), with a half point
			// written « 1,0 » and a blank line at the end.
			const rows = [
				'2;1;2;1;0;1',
				'2;2;2;1;1;2',
				'1;0;1;0;0;0',
				'2;2;1;2;1;1',
				'0;1;0;0;0;1',
				'2;2;2;2;2;1',
				'1;1;2;0;1;0',
				'2;1;1;1;0;2',
				'1;0;0;1;0;0',
				'2;2;2;2;1;2',
				'1;2;1;1;1;0',
				'0;0;1,0;0;0;0'
			];
			const text =
				'\uFEFFid;Q1;Q2;Q3;Q4;Q5;Q6\r\n' +
				rows.map((r, i) => `E${i + 1};${r}`).join('\r\n') +
				'\r\n\r\n';
			expect(await stats(text, '--item-max', '2')).toBe(0);
			const result = JSON.parse(out[0]!);
			const expected = partialCreditExpected;
			// Every figure equals the NumPy reference to 1e-12 (well within the 1e-9 asked).
			const close = (x: number) => expect.closeTo(x, 12);
			expect(result).toMatchObject({
				n: 12,
				items: 6,
				alpha: close(expected.alpha),
				sem: close(expected.sem),
				splitHalf: {
					oddEven: close(expected.oddEven),
					spearmanBrown: close(expected.spearmanBrown)
				},
				thresholds: {
					percentile20: expected.percentile20,
					meanMinus1Sd: close(expected.meanMinus1Sd)
				}
			});
			partialCreditMatrix.items.forEach((item, j) => {
				expect(result.difficulty[item]).toBeCloseTo(expected.difficulty[j]!, 12);
				expect(result.alphaIfDeleted[item]).toBeCloseTo(expected.alphaIfDeleted[j]!, 12);
				expect(result.itemTotalCorrected[item]).toBeCloseTo(expected.itemTotalCorrected[j]!, 12);
			});
		});

		const bad = async (text: string, message: string, ...options: string[]) => {
			expect(await stats(text, ...options)).toBe(2);
			expect(out).toEqual([]);
			expect(err.at(-1)).toBe(`Error: ${message}`);
		};

		it('exits 2 naming the line of a ragged row', async () => {
			await bad('A,B,C\n1,0,1\n0,1,1\n1,1\n', 'line 4 has 2 cells where the header has 3');
		});

		it('exits 2 naming the line and column of a cell that is not a number', async () => {
			await bad('A,B,C\n1,0,1\n0,oui,1\n', 'line 3, column "B": "oui" is not a number');
			await bad('A,B,C\n1,0,1\n0,,1\n', 'line 3, column "B": the cell is empty');
		});

		it('exits 2 with fewer than 2 persons or 2 items', async () => {
			await bad('A,B,C\n1,0,1\n', 'one person (line 2) after the header; at least 2 are needed');
			await bad('id,A\nx,1\ny,0\n', 'line 1: one item column ("A"); at least 2 are needed');
		});

		it('exits 2 naming an item on which every person has the same score', async () => {
			await bad(
				'A,B,C\n1,1,1\n0,1,1\n1,1,0\n',
				'column "B": every person has the same score, so α cannot use it (remove it or add persons)'
			);
		});

		it('exits 2 on a score above the item maximum, and reads --item-max', async () => {
			const text = 'A,B\n1,0\n2,1\n0,2\n';
			await bad(text, 'line 3, column "A": 2 is outside 0–1 (see --item-max)');
			expect(await stats(text, '--item-max', '2')).toBe(0);
		});

		it('exits 2 on a missing file or a bad call', async () => {
			expect(await run_(['stats', join(dir, 'none.csv')])).toBe(2);
			expect(err.at(-1)).toBe(`Error: cannot read ${join(dir, 'none.csv')}`);
			expect(await run_(['stats'])).toBe(2);
			expect(err.at(-1)).toContain('missing FILE.csv');
			expect(await stats('A,B\n1,0\n0,1\n', '--item-max', 'zero')).toBe(2);
			expect(err.at(-1)).toContain('--item-max must be a positive number');
			expect(await stats('A,B\n1,0\n0,1\n', '--item-max', '1,,4')).toBe(2);
			expect(err.at(-1)).toContain('"" is not');
			expect(await stats('A,B\n1,0\n0,1\n', '--id', ' ')).toBe(2);
			expect(err.at(-1)).toContain('--id needs the name of a column');
		});
	});
});
