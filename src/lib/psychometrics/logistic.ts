/**
 * Logistic regression of a yes/no outcome on one predictor, for the contrasting-groups method:
 * by maximum likelihood (`fitLogistic`) and by Firth's penalised likelihood (`fitFirthLogistic`),
 * which still has a finite estimate when the groups are separated.
 */
import { isConstant, mean, sd } from './descriptives';

export interface LogisticFit {
	/** P(y = 1 | x) = 1 / (1 + exp(−(intercept + slope·x))). */
	intercept: number;
	slope: number;
	/** The x where the fitted probability crosses ½: −intercept / slope. */
	crossing: number;
	iterations: number;
}

const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-10;
/**
 * Firth's steps use the Fisher information, not the Hessian of the penalised likelihood, so they
 * converge linearly rather than quadratically: a smaller step is asked for the same accuracy.
 */
const FIRTH_TOLERANCE = 1e-13;
/** Firth's linear convergence can be slow when the groups are (nearly) separated. */
const FIRTH_MAX_ITERATIONS = 1000;

/** log(1 + eᵗ) without overflow. */
const softplus = (t: number) => Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));

function logLikelihood(u: readonly number[], y: readonly (0 | 1)[], b0: number, b1: number) {
	let ll = 0;
	for (let i = 0; i < u.length; i++) {
		const eta = b0 + b1 * u[i]!;
		ll += y[i]! * eta - softplus(eta);
	}
	return ll;
}

/**
 * The outcome groups are separated by x when every x of one group is ≤ every x of the other:
 * the likelihood then keeps growing as the slope goes to infinity and has no maximum.
 */
export function separated(x: readonly number[], y: readonly (0 | 1)[]): boolean {
	let max0 = -Infinity;
	let min0 = Infinity;
	let max1 = -Infinity;
	let min1 = Infinity;
	x.forEach((v, i) => {
		if (y[i] === 1) {
			max1 = Math.max(max1, v);
			min1 = Math.min(min1, v);
		} else {
			max0 = Math.max(max0, v);
			min0 = Math.min(min0, v);
		}
	});
	return max0 <= min1 || max1 <= min0;
}

/**
 * Maximum-likelihood fit of P(y = 1 | x) = 1 / (1 + exp(−(a + b·x))) by Newton–Raphson, which
 * for this model is iteratively reweighted least squares, on x standardised for stability and
 * with step halving whenever a step would lower the likelihood. `null` when no maximum exists
 * or it cannot be reached: an outcome never or always observed, a constant x, groups separated
 * by x (complete or quasi-complete separation), or no convergence in 100 iterations.
 */
export function fitLogistic(x: readonly number[], y: readonly (0 | 1)[]): LogisticFit | null {
	if (x.length !== y.length) {
		throw new RangeError(`paired lists differ in length (${x.length} and ${y.length})`);
	}
	const ones = y.filter((v) => v === 1).length;
	if (ones === 0 || ones === y.length || isConstant(x) || separated(x, y)) return null;
	const m = mean(x)!;
	const s = sd(x)!;
	const u = x.map((v) => (v - m) / s);
	let b0 = Math.log(ones / (y.length - ones));
	let b1 = 0;
	let ll = logLikelihood(u, y, b0, b1);
	for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
		let g0 = 0;
		let g1 = 0;
		let h00 = 0;
		let h01 = 0;
		let h11 = 0;
		for (let i = 0; i < u.length; i++) {
			const p = 1 / (1 + Math.exp(-(b0 + b1 * u[i]!)));
			const residual = y[i]! - p;
			const w = p * (1 - p);
			g0 += residual;
			g1 += residual * u[i]!;
			h00 += w;
			h01 += w * u[i]!;
			h11 += w * u[i]! * u[i]!;
		}
		const det = h00 * h11 - h01 * h01;
		if (!(det > 0)) return null;
		let step0 = (h11 * g0 - h01 * g1) / det;
		let step1 = (h00 * g1 - h01 * g0) / det;
		let next = logLikelihood(u, y, b0 + step0, b1 + step1);
		for (let halvings = 0; next < ll && halvings < 30; halvings++) {
			step0 /= 2;
			step1 /= 2;
			next = logLikelihood(u, y, b0 + step0, b1 + step1);
		}
		b0 += step0;
		b1 += step1;
		ll = next;
		if (Math.max(Math.abs(step0), Math.abs(step1)) < TOLERANCE) {
			if (b1 === 0) return null;
			return {
				intercept: b0 - (b1 * m) / s,
				slope: b1 / s,
				crossing: m - (b0 * s) / b1,
				iterations: iteration
			};
		}
	}
	return null;
}

/**
 * Firth's penalised log-likelihood: ℓ(β) + ½ log det I(β), with I = XᵀWX the Fisher information
 * (Firth 1993, Biometrika 80:27–38). The penalty is Jeffreys' prior; it removes the O(1/n) bias
 * of the maximum-likelihood estimate and keeps the estimate finite under separation.
 */
export function firthPenalisedLogLikelihood(
	x: readonly number[],
	y: readonly (0 | 1)[],
	intercept: number,
	slope: number
): number {
	let ll = 0;
	let h00 = 0;
	let h01 = 0;
	let h11 = 0;
	for (let i = 0; i < x.length; i++) {
		const eta = intercept + slope * x[i]!;
		ll += y[i]! * eta - softplus(eta);
		const p = 1 / (1 + Math.exp(-eta));
		const w = p * (1 - p);
		h00 += w;
		h01 += w * x[i]!;
		h11 += w * x[i]! * x[i]!;
	}
	return ll + 0.5 * Math.log(h00 * h11 - h01 * h01);
}

/**
 * Firth's penalised maximum-likelihood fit of P(y = 1 | x) = 1 / (1 + exp(−(a + b·x))), the
 * method of R's `logistf`: Newton steps on the modified score Σ (yᵢ − pᵢ + hᵢ(½ − pᵢ)) xᵢ, where
 * hᵢ is the i-th diagonal element of the hat matrix W½X(XᵀWX)⁻¹XᵀW½, with step halving whenever
 * the penalised likelihood would fall (Heinze & Schemper 2002, Statistics in Medicine
 * 21:2409–2419). On x standardised for stability. Unlike `fitLogistic` it has a finite estimate
 * under complete or quasi-complete separation, which is common with a dozen rated employees.
 * `null` only when no fit can exist (one outcome only, a constant x) or in 1,000 iterations
 * without convergence.
 */
export function fitFirthLogistic(x: readonly number[], y: readonly (0 | 1)[]): LogisticFit | null {
	if (x.length !== y.length) {
		throw new RangeError(`paired lists differ in length (${x.length} and ${y.length})`);
	}
	const ones = y.filter((v) => v === 1).length;
	if (ones === 0 || ones === y.length || isConstant(x)) return null;
	const m = mean(x)!;
	const s = sd(x)!;
	const u = x.map((v) => (v - m) / s);
	let b0 = 0;
	let b1 = 0;
	let penalised = firthPenalisedLogLikelihood(u, y, b0, b1);
	for (let iteration = 1; iteration <= FIRTH_MAX_ITERATIONS; iteration++) {
		const p = u.map((v) => 1 / (1 + Math.exp(-(b0 + b1 * v))));
		let h00 = 0;
		let h01 = 0;
		let h11 = 0;
		for (let i = 0; i < u.length; i++) {
			const w = p[i]! * (1 - p[i]!);
			h00 += w;
			h01 += w * u[i]!;
			h11 += w * u[i]! * u[i]!;
		}
		const det = h00 * h11 - h01 * h01;
		if (!(det > 0)) return null;
		let g0 = 0;
		let g1 = 0;
		for (let i = 0; i < u.length; i++) {
			const w = p[i]! * (1 - p[i]!);
			// hᵢ = wᵢ · (1, uᵢ) I⁻¹ (1, uᵢ)ᵀ
			const h = (w * (h11 - 2 * h01 * u[i]! + h00 * u[i]! * u[i]!)) / det;
			const residual = y[i]! - p[i]! + h * (0.5 - p[i]!);
			g0 += residual;
			g1 += residual * u[i]!;
		}
		let step0 = (h11 * g0 - h01 * g1) / det;
		let step1 = (h00 * g1 - h01 * g0) / det;
		// Converged when the full step is negligible (not a step halved to nothing: halving on
		// the penalised likelihood's rounding noise near the estimate once stopped the fit with
		// the modified score still ~1e-6 from 0). A step is halved only when it lowers the
		// penalised likelihood by more than that noise.
		const full = Math.max(Math.abs(step0), Math.abs(step1));
		let next = firthPenalisedLogLikelihood(u, y, b0 + step0, b1 + step1);
		const noise = 1e-12 * (1 + Math.abs(penalised));
		for (let halvings = 0; !(next >= penalised - noise) && halvings < 30; halvings++) {
			step0 /= 2;
			step1 /= 2;
			next = firthPenalisedLogLikelihood(u, y, b0 + step0, b1 + step1);
		}
		penalised = next;
		b0 += step0;
		b1 += step1;
		if (full < FIRTH_TOLERANCE) {
			return {
				intercept: b0 - (b1 * m) / s,
				slope: b1 / s,
				crossing: b1 === 0 ? Number.NaN : m - (b0 * s) / b1,
				iterations: iteration
			};
		}
	}
	return null;
}
