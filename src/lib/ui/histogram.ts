/** The bins of the histogram of whole-point scores, and where a threshold line falls on them. */

export interface Bin {
	/** Lowest and highest whole score counted in the bin. */
	from: number;
	to: number;
	n: number;
}

/** About ten bins of whole points over 0…max. */
export function histogramBins(values: readonly number[], max: number): Bin[] {
	const width = Math.max(1, Math.ceil((max + 1) / 10));
	const count = Math.ceil((max + 1) / width);
	const counts = Array.from({ length: count }, () => 0);
	for (const v of values) counts[Math.min(count - 1, Math.max(0, Math.floor(v / width)))]!++;
	return counts.map((n, i) => ({ from: i * width, to: Math.min(max, (i + 1) * width - 1), n }));
}

/**
 * Where a threshold falls on the category axis of the bars, bar i spanning [i − ½, i + ½]: a
 * bin covers the scores from `from` up to the next bin's `from`, so 12.5 falls in the middle of
 * the bar of 12 (one point wide) rather than between bars and lost. `null` outside the bins.
 */
export function markerPosition(bins: readonly Bin[], value: number): number | null {
	if (bins.length === 0) return null;
	const last = bins.length - 1;
	if (value < bins[0]!.from || value > bins[last]!.to + 1) return null;
	for (let i = 0; i <= last; i++) {
		const width = bins[i]!.to - bins[i]!.from + 1;
		if (value < bins[i]!.from + width || i === last)
			return i - 0.5 + Math.min(1, (value - bins[i]!.from) / width);
	}
	return null;
}
