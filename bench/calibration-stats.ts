/**
 * Calibration statistics: how long the adviser's statistics take for a large campaign, 500
 * employees × 6 exercises × 40 right/wrong items. Target: ≤ 200 ms for the whole campaign.
 *
 * Method. Scores are generated once with the app's seeded generator (`createRng`): each employee
 * has one ability per exercise (normal, Box–Muller), each item a difficulty and a
 * discrimination, and the answer is right with the two-parameter logistic probability, so α,
 * item–total correlations and thresholds come out like real calibration data (α ≈ 0.95). About
 * two employees in three carry a supervisor's rating that follows their ability with noise, so
 * that the contrasting-groups method runs its logistic fit. One campaign = for each exercise,
 * `calibrationStats` (descriptives, α, α if deleted, item–total correlations, difficulty,
 * split-half, SEM) then `suggestThresholds` (all four methods) and `thresholdUncertainty` (the
 * bootstrap interval of every method, 1,000 resamples, and the CSEM and decision consistency at
 * each suggestion). Other measures: 2,000 resamples, no bootstrap, the bootstrap alone (of the
 * two unrated methods, then of all four). A second measure adds reading
 * the 6 score files as CSV text (`readScoreFile`, as the `stats` command does). After warm-up
 * runs, each measure is repeated and its median and 95th percentile reported, in wall-clock
 * time (the target) and, because these machines are shared, in CPU time of this process too.
 *
 * Run: npm run bench:calibration [-- --runs 100 --warmup 5]   (a few seconds)
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createRng, type Rng } from '../src/lib/engine/random';
import {
	BOOTSTRAP_RESAMPLES,
	calibrationStats,
	suggestThresholds,
	thresholdIntervals,
	thresholdUncertainty,
	type ScoreMatrix,
	type SupervisorRating
} from '../src/lib/psychometrics';
import { readScoreFile } from '../cli/csv';
import { fmt, maximum, printTable, quantile, writeResults } from './lib/stats';

const { values: args } = parseArgs({
	options: {
		runs: { type: 'string', default: '100' },
		warmup: { type: 'string', default: '5' }
	}
});
const RUNS = Number(args.runs);
const WARMUP = Number(args.warmup);
const EMPLOYEES = 500;
const EXERCISES = 6;
const ITEMS = 40;
const TARGET_MS = 200;

interface Exercise {
	matrix: ScoreMatrix;
	ratings: (SupervisorRating | null)[];
	csv: string;
}

function normal(rng: Rng): number {
	const u = 1 - rng.next(); // (0, 1]: log(0) is avoided
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

function generateExercise(rng: Rng, index: number): Exercise {
	const items = Array.from({ length: ITEMS }, (_, i) => `E${index + 1}-Q${i + 1}`);
	const difficulty = items.map(() => normal(rng));
	const discrimination = items.map(() => 0.8 + rng.next() * 1.2);
	const rows: number[][] = [];
	const ratings: (SupervisorRating | null)[] = [];
	for (let p = 0; p < EMPLOYEES; p++) {
		const ability = normal(rng);
		rows.push(
			items.map((_, i) => {
				const logit = 1.7 * discrimination[i]! * (ability - difficulty[i]!);
				return rng.chance(1 / (1 + Math.exp(-logit))) ? 1 : 0;
			})
		);
		const judged = ability + normal(rng);
		ratings.push(rng.chance(1 / 3) ? null : judged > -0.5 ? 'confirme' : 'en-progression');
	}
	const csv = [
		['id', ...items].join(','),
		...rows.map((row, p) => [`P${p + 1}`, ...row].join(','))
	].join('\n');
	return { matrix: { items, rows }, ratings, csv };
}

/** What the adviser sees of one exercise: statistics, suggestions and their uncertainty. */
function exerciseStats(
	matrix: ScoreMatrix,
	ratings: (SupervisorRating | null)[],
	resamples = BOOTSTRAP_RESAMPLES
) {
	const stats = calibrationStats(matrix, 1);
	const thresholds = suggestThresholds(stats.totals, ratings, { max: ITEMS });
	const uncertainty = thresholdUncertainty(
		{
			totals: stats.totals,
			ratings,
			suggestions: thresholds,
			max: ITEMS,
			items: ITEMS,
			reliability: stats.reliability.interpretable ? stats.reliability.value : null
		},
		{ resamples }
	);
	return { stats, thresholds, uncertainty };
}

const campaignStats = (exercises: Exercise[], resamples = BOOTSTRAP_RESAMPLES) =>
	exercises.map(({ matrix, ratings }) => exerciseStats(matrix, ratings, resamples));

const fromCsv = (exercises: Exercise[]) =>
	exercises.map(({ csv, ratings }) => exerciseStats(readScoreFile(csv, 1), ratings));

/** The bootstrap alone, for one method at a time (the breakdown of its cost). */
function bootstrapOnly(exercises: Exercise[], method: 'percentile' | 'contrasting-groups' | 'all') {
	return exercises.map(({ matrix, ratings }) => {
		const totals = matrix.rows.map((row) => row.reduce((a, b) => a + b, 0));
		return thresholdIntervals(totals, method === 'percentile' ? undefined : ratings, {
			max: ITEMS
		});
	});
}

function measure(name: string, f: () => unknown) {
	for (let i = 0; i < WARMUP; i++) f();
	const times: number[] = [];
	const cpuTimes: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const cpu = process.cpuUsage();
		const start = performance.now();
		f();
		times.push(performance.now() - start);
		const used = process.cpuUsage(cpu);
		cpuTimes.push((used.user + used.system) / 1000);
	}
	return {
		name,
		runs: RUNS,
		medianMs: quantile(times, 0.5),
		p95Ms: quantile(times, 0.95),
		maxMs: maximum(times),
		cpuMedianMs: quantile(cpuTimes, 0.5)
	};
}

function interval(i: { low: number; high: number } | null | undefined) {
	return i ? `${fmt(i.low)}–${fmt(i.high)}` : '—';
}

const rng = createRng(20251128);
const exercises = Array.from({ length: EXERCISES }, (_, i) => generateExercise(rng, i));

// What is being computed, once: the data must look like a real calibration.
const sample = campaignStats(exercises);
console.log(`Campaign: ${EMPLOYEES} employees × ${EXERCISES} exercises × ${ITEMS} items`);
printTable([
	[
		'exercise',
		'mean',
		'SD',
		'α',
		'split-half',
		'SEM',
		'P20',
		'P20 95 % CI',
		'CSEM at P20',
		'consistency at P20',
		'contrasting groups',
		'its 95 % CI'
	],
	...sample.map(({ stats, thresholds, uncertainty }, i) => [
		`E${i + 1}`,
		fmt(stats.total.mean ?? NaN),
		fmt(stats.total.sd ?? NaN),
		fmt(stats.alpha, 3),
		fmt(stats.splitHalf.spearmanBrown ?? NaN, 3),
		fmt(stats.sem ?? NaN, 2),
		fmt(thresholds[0]!.value ?? NaN),
		interval(uncertainty.intervals.percentile),
		fmt(uncertainty.cuts.percentile?.csem ?? NaN, 2),
		fmt(uncertainty.cuts.percentile?.consistency?.agreement ?? NaN, 3),
		fmt(thresholds.find((t) => t.method === 'contrasting-groups')?.value ?? NaN),
		interval(uncertainty.intervals['contrasting-groups'])
	])
]);
console.log(`Bootstrap: ${BOOTSTRAP_RESAMPLES} resamples per method and exercise.`);

const results = [
	measure('campaign statistics (6 × calibrationStats + suggestThresholds + uncertainty)', () =>
		campaignStats(exercises)
	),
	measure('campaign statistics, 2,000 resamples', () => campaignStats(exercises, 2000)),
	measure('campaign statistics without the bootstrap (0 resamples)', () =>
		exercises.map(({ matrix, ratings }) => {
			const stats = calibrationStats(matrix, 1);
			return suggestThresholds(stats.totals, ratings, { max: ITEMS });
		})
	),
	measure('one exercise (calibrationStats + suggestThresholds + uncertainty)', () =>
		campaignStats(exercises.slice(0, 1))
	),
	measure('bootstrap only, 6 × percentile and mean − SD', () =>
		bootstrapOnly(exercises, 'percentile')
	),
	measure('bootstrap only, 6 × all four methods', () => bootstrapOnly(exercises, 'all')),
	measure('campaign from CSV text (readScoreFile + the above)', () => fromCsv(exercises))
];
console.log('');
printTable([
	['measure', 'runs', 'median ms', 'p95 ms', 'max ms', 'CPU median ms'],
	...results.map((r) => [
		r.name,
		r.runs,
		fmt(r.medianMs),
		fmt(r.p95Ms),
		fmt(r.maxMs),
		fmt(r.cpuMedianMs)
	])
]);
const campaign = results[0]!;
const verdict = campaign.p95Ms <= TARGET_MS ? 'meets' : 'MISSES';
console.log(`\nCampaign p95 ${fmt(campaign.p95Ms)} ms: ${verdict} the target of ${TARGET_MS} ms.`);
console.log(`Results: ${writeResults('calibration-stats', { results })}`);
