/**
 * The logistic fit of the contrasting-groups method on grouped data: scores take few distinct
 * values (0 to 40), so a bootstrap resample of 500 employees is at most 41 levels, each with its
 * number of employees and of « confirmé ». The same fit as `fitFirthLogistic` (Firth's penalised
 * likelihood, the suggestion shown), at a cost per iteration of the levels instead of the
 * employees; it can start from a previous fit.
 *
 * Grouping changes nothing: with tⱼ employees at level xⱼ, sⱼ of them « confirmé », the
 * log-likelihood is Σ sⱼηⱼ − tⱼ log(1 + e^ηⱼ), the Fisher information I = Σ tⱼwⱼ xⱼxⱼᵀ
 * (wⱼ = pⱼ(1 − pⱼ), xⱼ = (1, uⱼ)), and the hat diagonal of the grouped weighted design,
 * hⱼ = tⱼwⱼ · xⱼᵀI⁻¹xⱼ, is the sum of the tⱼ equal hat diagonals of the employees at that level:
 * Firth's modified score Σ (sⱼ − tⱼpⱼ + hⱼ(½ − pⱼ)) xⱼ is the ungrouped one, term for term
 * (Firth 1993, Biometrika 80:27–38; Heinze & Schemper 2002, Statistics in Medicine 21:2409–2419).
 */
export interface GroupedLogisticStart {
	/** Centre and scale of x (fixed across calls, so that a start can be reused). */
	centre: number;
	scale: number;
	/** Coefficients on the standardised scale: P = 1/(1 + exp(−(b0 + b1·(x − centre)/scale))). */
	b0: number;
	b1: number;
}

/** As `fitFirthLogistic`: Firth's linear convergence is slow for (nearly) separated groups. */
const MAX_ITERATIONS = 1000;
/**
 * Firth's steps use the Fisher information, not the Hessian of the penalised likelihood: they
 * converge linearly, not quadratically. A step below 1e-11 on the standardised scale leaves the
 * crossing within 1e-9 of `fitFirthLogistic`'s (which stops at 1e-13) on the tests' data.
 */
const TOLERANCE = 1e-11;
/** Steps below this (on the standardised scale) are taken without checking the likelihood. */
const SMALL_STEP = 0.25;
const softplus = (t: number) => Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));

/**
 * Firth's penalised maximum-likelihood logistic fit of `successes[j]` out of `trials[j]` at
 * `levels[j]`, by Newton steps on the modified score with step halving after a large step.
 * Returns the crossing of ½ and the coefficients (to start the next fit from), or `null` where
 * `fitFirthLogistic` has none on the same data written out (one outcome only, a constant score,
 * no convergence), and where the slope is 0 (no crossing).
 */
export function fitGroupedFirth(
	levels: ArrayLike<number>,
	successes: ArrayLike<number>,
	trials: ArrayLike<number>,
	start?: GroupedLogisticStart
): { crossing: number; slope: number; start: GroupedLogisticStart } | null {
	let n = 0;
	let ones = 0;
	let sumX = 0;
	let lowest = Infinity;
	let highest = -Infinity;
	for (let j = 0; j < levels.length; j++) {
		const t = trials[j]!;
		if (t === 0) continue;
		const x = levels[j]!;
		n += t;
		ones += successes[j]!;
		sumX += t * x;
		lowest = Math.min(lowest, x);
		highest = Math.max(highest, x);
	}
	if (ones === 0 || ones === n || !(highest > lowest)) return null;
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
	const p = new Float64Array(levels.length);
	const penalised = (b0: number, b1: number) => {
		let ll = 0;
		let i00 = 0;
		let i01 = 0;
		let i11 = 0;
		for (let j = 0; j < u.length; j++) {
			const t = trials[j]!;
			if (t === 0) continue;
			const eta = b0 + b1 * u[j]!;
			ll += successes[j]! * eta - t * softplus(eta);
			const q = 1 / (1 + Math.exp(-eta));
			const w = t * q * (1 - q);
			i00 += w;
			i01 += w * u[j]!;
			i11 += w * u[j]! * u[j]!;
		}
		return ll + 0.5 * Math.log(i00 * i11 - i01 * i01);
	};
	let b0 = start?.b0 ?? 0;
	let b1 = start?.b1 ?? 0;
	let current: number | null = null;
	for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
		let i00 = 0;
		let i01 = 0;
		let i11 = 0;
		for (let j = 0; j < u.length; j++) {
			const q = 1 / (1 + Math.exp(-(b0 + b1 * u[j]!)));
			p[j] = q;
			const w = trials[j]! * q * (1 - q);
			i00 += w;
			i01 += w * u[j]!;
			i11 += w * u[j]! * u[j]!;
		}
		const det = i00 * i11 - i01 * i01;
		if (!(det > 0)) return null;
		let g0 = 0;
		let g1 = 0;
		for (let j = 0; j < u.length; j++) {
			const t = trials[j]!;
			const q = p[j]!;
			const uj = u[j]!;
			// hⱼ = tⱼwⱼ · (1, uⱼ) I⁻¹ (1, uⱼ)ᵀ: the level's share of the hat matrix's trace.
			const h = (t * q * (1 - q) * (i11 - 2 * i01 * uj + i00 * uj * uj)) / det;
			const residual = successes[j]! - t * q + h * (0.5 - q);
			g0 += residual;
			g1 += residual * uj;
		}
		let step0 = (i11 * g0 - i01 * g1) / det;
		let step1 = (i00 * g1 - i01 * g0) / det;
		// Near the maximum (a start from a previous fit) the steps are small and the penalised
		// likelihood is concave there: it is only checked, and the step halved, after a large step.
		if (Math.max(Math.abs(step0), Math.abs(step1)) > SMALL_STEP) {
			current ??= penalised(b0, b1);
			let next = penalised(b0 + step0, b1 + step1);
			for (let halvings = 0; !(next >= current) && halvings < 30; halvings++) {
				step0 /= 2;
				step1 /= 2;
				next = penalised(b0 + step0, b1 + step1);
			}
			current = next;
		} else {
			current = null;
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
