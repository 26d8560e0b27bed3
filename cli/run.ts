import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { createUser, newUserSchema } from '../src/lib/server/auth/users';
import { demoEnabled, readConfig } from '../src/lib/server/config';
import { setAccountDisabled } from '../src/lib/server/admin/accounts';
import { migrateToLatest, openDatabase, type Db } from '../src/lib/server/db';
import { demoKioskCodes, seedDemo } from '../src/lib/server/demo/seed';
import { fr } from '../src/lib/i18n/fr';
import { rescoreExercise } from '../src/lib/server/runs/scoring';
import { registeredExercise } from '../exercises/registry.server';
import { EXERCISE_IDS } from '../exercises/registry';
import {
	calibrationStats,
	meanMinusSdThreshold,
	percentileThreshold,
	PsychometricsError,
	type ItemCalibrationStats,
	type ItemStats
} from '../src/lib/psychometrics';
import { CsvError, readScoreFile, type ScoreFile } from './csv';
import { printDemoLogins } from './demo-logins';
import { purgeExpired } from '../src/lib/server/retention/purge';
import {
	eraseCandidate,
	ERASURE_REASONS,
	type ErasureReason
} from '../src/lib/server/retention/erase';
import { exportCandidate } from '../src/lib/server/retention/export';

export interface CliIo {
	stdout: (line: string) => void;
	stderr: (line: string) => void;
	/** Reads the password when no --password-file is given (a hidden prompt on a terminal). */
	readSecret: (prompt: string) => Promise<string>;
	env: Record<string, string | undefined>;
}

export const USAGE = `Usage: npm run habile -- <command> [options]

Commands:
  migrate                         apply pending database migrations
  create-user --role R --email E --name N [--password-file F]
              [--agency NAME] [--company NAME]
                                  create a staff account (R: admin, adviser, employer);
                                  the password is read from F or asked at a prompt
                                  (the first admin of a real deployment is made so)
  disable-user --email E          disable an account: it cannot log in, its sessions end
  seed-demo                       create the demo agency, accounts and campaigns (not with
                                  HABILE_DEMO=0 or NODE_ENV=production)
  rescore --exercise ID           recompute the scores of every finished run of an exercise
                                  (after a scoring fix; scores keep the exercise version)
  stats FILE.csv [--item-max M | --item-max M1,M2,…] [--id COLUMN]
                                  calibration statistics of a score file, printed as one JSON
                                  object at full precision: header row of item names, one row
                                  per person, one number per item from 0 to its maximum: M for
                                  every item (default 1), or one maximum per item in column
                                  order, or a row right after the header whose identifier cell
                                  reads "max". --id COLUMN skips that identifier column (a first
                                  column "id" is skipped anyway); comma or semicolon separated.
                                  A file or option that cannot be used exits with code 2
  purge [--now ISO]               delete the data of candidates not shortlisted, 3 months
                                  after their session (2 years if they agreed); prints the
                                  counts. --now moves the clock (an ISO 8601 date)
  export-person --person P [--out FILE]
                                  everything kept about one candidate (P: their id or their
                                  code, e.g. C-AB12CD) as JSON, to FILE or standard output;
                                  audited
  erase-person --person P --reason R
                                  erase one candidate on their request (R: consent-withdrawn
                                  or erasure-request); audited by ids and reason only

Environment: DATABASE_URL (default data/habile.db; postgres://… for PostgreSQL), HABILE_DEMO`;

/** A mistake in how the command was called: the usage is printed with it. */
export class UsageError extends Error {}

/** Input the command cannot use (e.g. a bad file): exit code 2, the message without the usage. */
export class BadInputError extends Error {}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

type Command = (args: string[], io: CliIo, db: () => Promise<Db>) => Promise<void>;

const commands: Record<string, Command> = {
	migrate: async (args, io, db) => {
		parse(args, {});
		const results = await migrateToLatest(await db());
		io.stdout(
			results.length
				? results.map((r) => `applied ${r.migrationName}`).join('\n')
				: 'database is up to date'
		);
	},

	'seed-demo': async (args, io, db) => {
		parse(args, {});
		if (!demoEnabled(readConfig(io.env)))
			throw new Error('the demo is off here (HABILE_DEMO=0 or NODE_ENV=production)');
		const database = await db();
		await migrateToLatest(database);
		const result = await seedDemo(database);
		io.stdout(result.seeded ? 'demo data created' : 'demo data already present');
		printDemoLogins(io.stdout, result);
		const codes = await demoKioskCodes(database);
		if (codes.length) io.stdout(`Demo kiosk codes: ${codes.join(' ')}`);
	},

	rescore: async (args, io, db) => {
		const { values } = parse(args, { exercise: { type: 'string' } });
		if (!values.exercise) throw new UsageError('missing --exercise');
		if (!registeredExercise(values.exercise)) {
			throw new Error(`unknown exercise "${values.exercise}" (known: ${EXERCISE_IDS.join(', ')})`);
		}
		const database = await db();
		await migrateToLatest(database);
		const count = await rescoreExercise(database, values.exercise);
		io.stdout(`rescored ${count} run${count === 1 ? '' : 's'} of ${values.exercise}`);
	},

	stats: async (args, io) => {
		const { values, positionals } = parse(
			args,
			{ 'item-max': { type: 'string' }, id: { type: 'string' } },
			true
		);
		if (positionals.length !== 1) {
			throw new UsageError(positionals.length ? 'stats takes one file' : 'missing FILE.csv');
		}
		const itemMax = itemMaxOption(values['item-max']);
		if (values.id !== undefined && values.id.trim() === '') {
			throw new UsageError('--id needs the name of a column');
		}
		const path = positionals[0]!;
		let content: string;
		try {
			content = await readFile(path, 'utf8');
		} catch {
			throw new BadInputError(`cannot read ${path}`);
		}
		const file = asBadInput(() => readScoreFile(content, itemMax, { idColumn: values.id?.trim() }));
		const stats = asBadInput(() => calibrationStats(file, file.maxima));
		io.stdout(JSON.stringify(statsReport(file, stats), null, 2));
	},

	purge: async (args, io, db) => {
		const { values } = parse(args, { now: { type: 'string' } });
		const now = values.now === undefined ? new Date() : new Date(values.now);
		if (values.now !== undefined && !(ISO_DATE.test(values.now) && !Number.isNaN(now.getTime())))
			throw new UsageError(`--now must be an ISO 8601 date, got "${values.now}"`);
		const database = await db();
		await migrateToLatest(database);
		const counts = await purgeExpired(database, now);
		io.stdout(
			`purged ${counts.persons} candidate${counts.persons === 1 ? '' : 's'}: ` +
				Object.entries(counts)
					.filter(([name]) => name !== 'persons')
					.map(([name, n]) => `${n} ${name}`)
					.join(', ')
		);
	},

	'export-person': async (args, io, db) => {
		const { values } = parse(args, { person: { type: 'string' }, out: { type: 'string' } });
		if (!values.person) throw new UsageError('missing --person');
		const database = await db();
		await migrateToLatest(database);
		const person = await findCandidate(database, values.person);
		const file = await exportCandidate(database, null, person.campaign_id, person.id);
		const text = JSON.stringify(file, null, 2);
		if (values.out) {
			await writeFile(values.out, text, { mode: 0o600 });
			io.stdout(`exported ${person.code} to ${values.out}`);
		} else io.stdout(text);
	},

	'erase-person': async (args, io, db) => {
		const { values } = parse(args, { person: { type: 'string' }, reason: { type: 'string' } });
		if (!values.person) throw new UsageError('missing --person');
		if (!(ERASURE_REASONS as readonly string[]).includes(values.reason ?? ''))
			throw new UsageError(`--reason must be one of ${ERASURE_REASONS.join(', ')}`);
		const database = await db();
		await migrateToLatest(database);
		const person = await findCandidate(database, values.person);
		const counts = await eraseCandidate(
			database,
			null,
			person.campaign_id,
			person.id,
			values.reason as ErasureReason
		);
		io.stdout(
			`erased ${person.code}: ` +
				Object.entries(counts ?? {})
					.filter(([name]) => name !== 'persons')
					.map(([name, n]) => `${n} ${name}`)
					.join(', ')
		);
	},

	'disable-user': async (args, io, db) => {
		const { values } = parse(args, { email: { type: 'string' } });
		if (!values.email) throw new UsageError('missing --email');
		const email = values.email.trim().toLowerCase();
		const database = await db();
		await migrateToLatest(database);
		const user = await database
			.selectFrom('users')
			.select('id')
			.where('email', '=', email)
			.executeTakeFirst();
		if (!user) throw new Error(`no account for ${email}`);
		const result = await setAccountDisabled(database, {
			actorId: null,
			userId: user.id,
			disabled: true
		});
		io.stdout(
			result.ok && result.changed
				? `disabled ${email} (${result.sessions} session${result.sessions === 1 ? '' : 's'} ended)`
				: `${email} was already disabled`
		);
	},

	'create-user': async (args, io, db) => {
		const { values } = parse(args, {
			role: { type: 'string' },
			email: { type: 'string' },
			name: { type: 'string' },
			'password-file': { type: 'string' },
			agency: { type: 'string' },
			company: { type: 'string' }
		});
		for (const required of ['role', 'email', 'name'] as const) {
			if (!values[required]) throw new UsageError(`missing --${required}`);
		}
		const password = values['password-file']
			? await readPasswordFile(values['password-file'])
			: await io.readSecret('Password (at least 12 characters): ');
		const database = await db();
		await migrateToLatest(database);
		const agencyId = values.agency ? await findOrCreateAgency(database, values.agency) : null;
		const companyId = values.company ? await findCompany(database, values.company) : null;
		const parsed = newUserSchema.safeParse({
			role: values.role,
			email: values.email,
			name: values.name,
			password,
			agencyId: agencyId ?? (values.role === 'adviser' ? await onlyAgency(database) : null),
			companyId
		});
		if (!parsed.success) throw new Error(describeIssues(parsed.error));
		const result = await createUser(database, parsed.data, null);
		if (!result.ok) throw new Error(`an account already exists for ${parsed.data.email}`);
		io.stdout(`created ${result.user.role} ${result.user.email}`);
	}
};

function parse<T extends Record<string, { type: 'string' }>>(
	args: string[],
	options: T,
	allowPositionals = false
) {
	try {
		return parseArgs({ args, options, strict: true, allowPositionals });
	} catch (e) {
		throw new UsageError((e as Error).message);
	}
}

async function readPasswordFile(path: string): Promise<string> {
	try {
		return (await readFile(path, 'utf8')).split(/\r?\n/)[0] ?? '';
	} catch {
		throw new Error(`cannot read the password file ${path}`);
	}
}

async function findOrCreateAgency(db: Db, name: string): Promise<string> {
	const found = await db
		.selectFrom('agencies')
		.select('id')
		.where('name', '=', name)
		.executeTakeFirst();
	if (found) return found.id;
	const id = crypto.randomUUID();
	await db
		.insertInto('agencies')
		.values({ id, name, created_at: new Date().toISOString() })
		.execute();
	return id;
}

async function onlyAgency(db: Db): Promise<string | null> {
	const agencies = await db.selectFrom('agencies').select('id').limit(2).execute();
	if (agencies.length === 1) return agencies[0]!.id;
	throw new Error(
		agencies.length === 0
			? 'an adviser needs an agency: pass --agency NAME (it is created if missing)'
			: 'several agencies exist: pass --agency NAME'
	);
}

/** The candidate with this id or this code; a code two candidates share is refused. */
async function findCandidate(db: Db, idOrCode: string) {
	const found = await db
		.selectFrom('persons')
		.select(['id', 'code', 'campaign_id'])
		.where('kind', '=', 'candidate')
		.where((eb) => eb.or([eb('id', '=', idOrCode), eb('code', '=', idOrCode.toUpperCase())]))
		.limit(2)
		.execute();
	if (found.length === 0) throw new BadInputError(`no candidate "${idOrCode}"`);
	if (found.length > 1)
		throw new BadInputError(`several candidates have the code "${idOrCode}": give the id`);
	return found[0]!;
}

async function findCompany(db: Db, name: string): Promise<string> {
	const found = await db
		.selectFrom('companies')
		.select('id')
		.where((eb) => eb.or([eb('name', '=', name), eb('id', '=', name)]))
		.executeTakeFirst();
	if (!found) throw new Error(`no company named "${name}"`);
	return found.id;
}

/** `--item-max`: one positive number for every item, or a comma-separated list, one per item. */
function itemMaxOption(text: string | undefined): number | number[] | undefined {
	if (text === undefined) return undefined;
	const parts = text.split(',').map((part) => part.trim());
	const numbers = parts.map((part) => (/^\d+(\.\d+)?$/.test(part) ? Number(part) : Number.NaN));
	const at = numbers.findIndex((n) => !(n > 0));
	if (at >= 0) {
		throw new UsageError(
			`--item-max must be a positive number, or one per item separated by commas (e.g. 1,1,4); "${parts[at]}" is not`
		);
	}
	return numbers.length === 1 ? numbers[0]! : numbers;
}

/** Runs `f`, turning what it says about a bad file into a `BadInputError` (exit code 2). */
function asBadInput<T>(f: () => T): T {
	try {
		return f();
	} catch (e) {
		if (e instanceof CsvError || e instanceof PsychometricsError) {
			throw new BadInputError(e.message);
		}
		throw e;
	}
}

/**
 * The `stats` command's JSON at full precision (JSON keeps every bit of a double), `null` where
 * a value is undefined. Refuses items that do not vary: unlike the adviser's page, which shows
 * them with a warning. A negative α is reported as not interpretable, with no SEM.
 */
function statsReport(file: ScoreFile & { maxima: number[] }, stats: ItemCalibrationStats) {
	if (stats.constantItems.length) {
		const columns = stats.constantItems.map((item) => `"${item}"`).join(', ');
		const one = stats.constantItems.length === 1;
		throw new BadInputError(
			`column${one ? '' : 's'} ${columns}: every person has the same score, so α cannot use ${one ? 'it' : 'them'} (remove ${one ? 'it' : 'them'} or add persons)`
		);
	}
	const top = file.maxima.reduce((sum, max) => sum + max, 0);
	const onScale = (x: number | null) => (x === null ? null : Math.min(top, Math.max(0, x)));
	const byItem = (value: (item: ItemStats) => number | null) =>
		Object.fromEntries(stats.items.map((item) => [item.item, value(item)]));
	const { total } = stats;
	return {
		n: stats.n,
		items: file.items.length,
		itemMax: Object.fromEntries(file.items.map((item, j) => [item, file.maxima[j]!])),
		total: {
			mean: total.mean,
			sd: total.sd,
			median: total.median,
			min: total.min,
			max: total.max,
			p10: total.p10,
			p25: total.p25,
			p75: total.p75,
			p90: total.p90
		},
		alpha: stats.alpha,
		reliability: {
			interpretable: stats.reliability.interpretable,
			warning: stats.reliability.warning
		},
		alphaIfDeleted: byItem((i) => i.alphaIfDeleted),
		itemTotalCorrected: byItem((i) => i.itemTotalCorrected),
		difficulty: byItem((i) => i.difficulty),
		splitHalf: {
			oddEven: stats.splitHalf.oddEven,
			spearmanBrown: stats.splitHalf.spearmanBrown
		},
		sem: stats.sem,
		// On the scale of the totals, [0, Σ maxima], as the adviser's page shows them.
		thresholds: {
			percentile20: onScale(percentileThreshold(stats.totals, 20)),
			meanMinus1Sd: onScale(meanMinusSdThreshold(stats.totals, 1))
		}
	};
}

/** Turns schema issues (whose messages are catalogue keys) into one English line. */
function describeIssues(error: z.ZodError): string {
	const english: Partial<Record<string, string>> = {
		'form.required': 'is required',
		'form.email.invalid': 'is not a valid email address',
		'form.password.short': 'must be at least 12 characters long',
		'form.password.common':
			'is too common, or built on a very common word (a phrase of a few words is better)',
		'form.password.trivial': 'is too simple (repeated characters or runs like 123456, azerty)',
		'form.password.personal': 'must not be built on the account’s name or email',
		'form.choose': 'must be one of admin, adviser, employer',
		'form.company.required': 'is required for an employer (--company NAME)',
		'form.agency.required': 'is required for an adviser (--agency NAME)',
		'form.tooLong': 'is too long'
	};
	return error.issues
		.map((i) => {
			const field = String(i.path[0] ?? 'input');
			return `${field} ${english[i.message] ?? (i.message in fr ? i.message : 'is invalid')}`;
		})
		.join('; ');
}

/** Runs one CLI command; returns the process exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
	const [name, ...args] = argv;
	const command = name ? commands[name] : undefined;
	if (!command) {
		io.stderr(name ? `Unknown command: ${name}\n\n${USAGE}` : USAGE);
		return 2;
	}
	let db: Db | undefined;
	const open = async () => (db ??= openDatabase(readConfig(io.env).DATABASE_URL));
	try {
		await command(args, io, open);
		return 0;
	} catch (e) {
		if (e instanceof UsageError) {
			io.stderr(`Error: ${e.message}\n\n${USAGE}`);
			return 2;
		}
		if (e instanceof BadInputError) {
			io.stderr(`Error: ${e.message}`);
			return 2;
		}
		io.stderr(`Error: ${(e as Error).message}`);
		return 1;
	} finally {
		await db?.destroy();
	}
}

/** Reads a line from the terminal without echoing it, or from piped standard input. */
export function readSecretFromStdin(prompt: string): Promise<string> {
	return new Promise((resolve) => {
		const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
		const tty = process.stdin.isTTY;
		if (tty) process.stdout.write(prompt);
		// Hide what is typed: write nothing back to the terminal.
		(rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
		rl.once('line', (line) => {
			rl.close();
			if (tty) process.stdout.write('\n');
			resolve(line);
		});
		rl.once('close', () => resolve(''));
	});
}
