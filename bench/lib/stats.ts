/** Small statistics and reporting helpers shared by the benchmarks. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';

/** The q-quantile (0..1) of values, by linear interpolation between closest ranks. */
export function quantile(values: number[], q: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const pos = (sorted.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/**
 * A distribution-free confidence interval for the q-quantile of what `values` sample: order
 * statistics x(l) ≤ x(u) such that P(x(l) ≤ true quantile ≤ x(u)) ≥ level, from the binomial law
 * of how many draws fall below the true quantile (no assumption on the distribution; exact, not
 * an approximation). `high` is Infinity when the sample is too small to bound the quantile from
 * above: 40 taps, for instance, cannot bound a 95th percentile at 95 % (0.95^40 > 0.025).
 */
export function quantileInterval(
	values: number[],
	q: number,
	level = 0.95
): { low: number; high: number } {
	if (!(q > 0 && q < 1) || !(level > 0 && level < 1))
		throw new RangeError(`quantile ${q} and level ${level} must lie strictly between 0 and 1`);
	const sorted = [...values].sort((a, b) => a - b);
	const n = sorted.length;
	const tail = (1 - level) / 2;
	// Binomial(n, q) CDF, pmf built in log space: (1 - q)^n underflows for large n.
	const cdf: number[] = [];
	let logPmf = n * Math.log(1 - q);
	let sum = 0;
	for (let k = 0; k <= n; k++) {
		sum += Math.exp(logPmf);
		cdf.push(Math.min(1, sum));
		logPmf += Math.log((n - k) / (k + 1)) + Math.log(q / (1 - q));
	}
	// Ranks are 1-based: x(r) = sorted[r - 1]. P(B < r) = cdf[r - 1].
	let l = 0;
	while (l + 1 <= n && cdf[l]! <= tail) l++;
	let u = 1;
	while (u <= n && cdf[u - 1]! < 1 - tail) u++;
	return { low: l >= 1 ? sorted[l - 1]! : -Infinity, high: u <= n ? sorted[u - 1]! : Infinity };
}

export const median = (values: number[]) => quantile(values, 0.5);
/** The largest value; `Math.max(...values)` overflows the stack past about 100,000 values. */
export const maximum = (values: number[]) => values.reduce((a, b) => (b > a ? b : a), -Infinity);
export const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** A number for a table: fixed decimals, or '–' when not a number. */
export const fmt = (value: number, decimals = 1) =>
	Number.isFinite(value) ? value.toFixed(decimals) : '–';

/** Prints rows as an aligned text table (first row: headers). */
export function printTable(rows: (string | number)[][]): void {
	const cells = rows.map((row) => row.map(String));
	const widths = cells[0]!.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
	const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
	console.log(line(cells[0]!));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const row of cells.slice(1)) console.log(line(row));
}

/** What the figures were measured on: to be read with them. */
export function machine() {
	return {
		date: new Date().toISOString(),
		node: process.version,
		cores: cpus().length,
		cpu: cpus()[0]?.model ?? 'unknown',
		/** Shared machine: the 1, 5 and 15 min load averages when the results were written. */
		loadavg: loadavg().map((x) => Math.round(x * 100) / 100)
	};
}

/** Writes a benchmark's results to bench/results/<name>-<timestamp>.json; returns the path. */
export function writeResults(name: string, results: unknown): string {
	const dir = resolve(import.meta.dirname, '..', 'results');
	mkdirSync(dir, { recursive: true });
	const stamp = new Date().toISOString().replace(/[:.]/g, '-');
	const path = join(dir, `${name}-${stamp}.json`);
	const json = JSON.stringify(
		{ machine: machine(), ...(results as object) },
		(_, value) => (typeof value === 'bigint' ? value.toString() : value),
		'\t'
	);
	writeFileSync(path, json);
	return path;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));

/** A seeded PRNG (mulberry32): the same trials in every run and for every system measured. */
export function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The last line of a benchmark: how long it took, how loaded the machine was, where results are. */
export function footer(startedAt: number, path: string): void {
	const [one, five] = loadavg();
	console.log(
		`\n${((Date.now() - startedAt) / 1000).toFixed(0)} s; machine load average ` +
			`${one!.toFixed(1)} (1 min), ${five!.toFixed(1)} (5 min) on ${cpus().length} cores; ` +
			`results in ${path}`
	);
}
