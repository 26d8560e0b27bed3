/**
 * The logistic fit of the contrasting-groups method on grouped data: scores take few distinct
 * values (0 to 40), so a bootstrap resample of 500 employees is at most 41 levels, each with its
 * number of employees and of « confirmé ». The same maximum-likelihood fit as `fitLogistic`, with
 * the same refusals (one group only, a constant score, separated groups), at a cost per
 * iteration of the levels instead of the employees; it can start from a previous fit.
 */
export interface GroupedLogisticStart {
	/** Centre and scale of x (fixed across calls, so that a start can be reused). */
	centre: number;
	scale: number;
	/** Coefficients on the standardised scale: P = 1/(1 + exp(−(b0 + b1·(x − centre)/scale))). */
	b0: number;
	b1: number;
}

const MAX_ITERATIONS = 100;
/**
 * Newton converges quadratically: once a step is below 1e-8 the error left is of the order of its
 * square, far below what a threshold needs, and one iteration (a quarter of the cost) is saved.
 */
const TOLERANCE = 1e-8;
/** Steps below this (on the standardised scale) are taken without checking the likelihood. */
const SMALL_STEP = 0.25;
const softplus = (t: number) => Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));

/**
 * Maximum-likelihood logistic fit of `successes[j]` out of `trials[j]` at `levels[j]`, by
 * Newton–Raphson with step halving. Returns the crossing of ½ and the coefficients (to start the
 * next fit from), or `null` where `fitLogistic` has none on the same data written out.
 */
export function fitGroupedLogistic(
	levels: ArrayLike<number>,
	successes: ArrayLike<number>,
	trials: ArrayLike<number>,
	start?: GroupedLogisticStart
): { crossing: number; slope: number; start: GroupedLogisticStart } | null {
	let n = 0;
	let ones = 0;
	let sumX = 0;
	let max0 = -Infinity;
	let min0 = Infinity;
	let max1 = -Infinity;
	let min1 = Infinity;
	for (let j = 0; j < levels.length; j++) {
		const t = trials[j]!;
		const s = successes[j]!;
		if (t === 0) continue;
		const x = levels[j]!;
		n += t;
		ones += s;
		sumX += t * x;
		if (s > 0) [max1, min1] = [Math.max(max1, x), Math.min(min1, x)];
		if (t > s) [max0, min0] = [Math.max(max0, x), Math.min(min0, x)];
	}
	// One group only, or separated groups (which includes a constant score): no maximum.
	if (ones === 0 || ones === n || max0 <= min1 || max1 <= min0) return null;
	let centre = start?.centre;
	let scale = start?.scale;
	if (centre === undefined || scale === undefined) {
		centre = sumX / n;
		let squares = 0;
		for (let j = 0; j < levels.length; j++) squares += trials[j]! * (levels[j]! - centre) ** 2;
		scale = Math.sqrt(squares / (n - 1));
	}
	const u = new Float64Array(levels.length);
	for (let j = 0; j < levels.length; j++) u[j] = (levels[j]! - centre) / scale;
	const logLikelihood = (b0: number, b1: number) => {
		let ll = 0;
		for (let j = 0; j < u.length; j++) {
			if (trials[j] === 0) continue;
			const eta = b0 + b1 * u[j]!;
			ll += successes[j]! * eta - trials[j]! * softplus(eta);
		}
		return ll;
	};
	let b0 = start?.b0 ?? Math.log(ones / (n - ones));
	let b1 = start?.b1 ?? 0;
	let ll: number | null = null;
	for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
		let g0 = 0;
		let g1 = 0;
		let h00 = 0;
		let h01 = 0;
		let h11 = 0;
		for (let j = 0; j < u.length; j++) {
			const t = trials[j]!;
			if (t === 0) continue;
			const p = 1 / (1 + Math.exp(-(b0 + b1 * u[j]!)));
			const residual = successes[j]! - t * p;
			const w = t * p * (1 - p);
			g0 += residual;
			g1 += residual * u[j]!;
			h00 += w;
			h01 += w * u[j]!;
			h11 += w * u[j]! * u[j]!;
		}
		const det = h00 * h11 - h01 * h01;
		if (!(det > 0)) return null;
		let step0 = (h11 * g0 - h01 * g1) / det;
		let step1 = (h00 * g1 - h01 * g0) / det;
		// Near the maximum (a start from a previous fit) Newton's steps are small and the
		// likelihood is concave: it is only checked, and the step halved, after a large step.
		if (Math.max(Math.abs(step0), Math.abs(step1)) > SMALL_STEP) {
			ll ??= logLikelihood(b0, b1);
			let next = logLikelihood(b0 + step0, b1 + step1);
			for (let halvings = 0; next < ll && halvings < 30; halvings++) {
				step0 /= 2;
				step1 /= 2;
				next = logLikelihood(b0 + step0, b1 + step1);
			}
			ll = next;
		} else {
			ll = null;
		}
		b0 += step0;
		b1 += step1;
		if (Math.max(Math.abs(step0), Math.abs(step1)) < TOLERANCE) {
			if (b1 === 0) return null;
			return {
				crossing: centre - (b0 * scale) / b1,
				slope: b1 / scale,
				start: { centre, scale, b0, b1 }
			};
		}
	}
	return null;
}
