/**
 * The standard normal distribution: Φ (cumulative distribution) and Φ⁻¹ (quantile). Used for
 * normalised scores (stanines) and to say in plain words what a mean − k·SD threshold means.
 */

// Acklam's rational approximation of the normal quantile (relative error < 1.15e-9).
const A = [
	-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
	-3.066479806614716e1, 2.506628277459239
] as const;
const B = [
	-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
	-1.328068155288572e1
] as const;
const C = [
	-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
	4.374664141464968, 2.938163982698783
] as const;
const D = [
	7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416
] as const;
const P_LOW = 0.02425;

/** Tail region: `q = sqrt(-2 ln p)` for the lower tail. */
const tail = (q: number) =>
	(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
	((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);

/** Φ⁻¹: the standard normal quantile of `p`, for 0 < p < 1. */
export function normalQuantile(p: number): number {
	if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`);
	if (p < P_LOW) return tail(Math.sqrt(-2 * Math.log(p)));
	if (p > 1 - P_LOW) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
	const q = p - 0.5;
	const r = q * q;
	return (
		((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
		(((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1)
	);
}

// Hart's double-precision algorithm 5666 as published by West (2005), "Better approximations
// to cumulative normal functions" (absolute error below 1e-14).
const P = [
	3.52624965998911e-2, 0.700383064443688, 6.37396220353165, 33.912866078383, 112.079291497871,
	221.213596169931, 220.206867912376
] as const;
const Q = [
	8.83883476483184e-2, 1.75566716318264, 16.064177579207, 86.7807322029461, 296.564248779674,
	637.333633378831, 793.826512519948, 440.413735824752
] as const;

/** Φ: the probability that a standard normal variable is at most `x`. */
export function normalCdf(x: number): number {
	if (Number.isNaN(x)) return NaN;
	const z = Math.abs(x);
	let lower: number; // Φ(−|x|)
	if (z > 37) {
		lower = 0;
	} else {
		const density = Math.exp(-(z * z) / 2);
		if (z < 7.07106781186547) {
			const num = P.reduce((acc, c) => acc * z + c, 0);
			const den = Q.reduce((acc, c) => acc * z + c, 0);
			lower = (density * num) / den;
		} else {
			const fraction = z + 1 / (z + 2 / (z + 3 / (z + 4 / (z + 0.65))));
			lower = density / fraction / 2.506628274631;
		}
	}
	return x > 0 ? 1 - lower : lower;
}
