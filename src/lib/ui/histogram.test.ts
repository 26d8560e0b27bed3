import { describe, expect, it } from 'vitest';
import { histogramBins, markerPosition } from './histogram';

describe('histogram bins and the threshold line', () => {
	it('counts whole scores in about ten bins (by hand)', () => {
		// max 20: width ⌈21/10⌉ = 3, 7 bins 0–2, 3–5, …, 18–20.
		const bins = histogramBins([0, 2, 3, 12.5, 20], 20);
		expect(bins).toHaveLength(7);
		expect(bins.map((b) => b.n)).toEqual([2, 1, 0, 0, 1, 0, 1]);
		expect(bins.at(-1)).toMatchObject({ from: 18, to: 20 });
	});

	it('places a non-integer threshold on its bar instead of dropping it', () => {
		// max 9: one bar per point, bar i centred on i. 12.5 on a 0–20 scale: bin 12–14 (index
		// 4, from −0.5 + 4 to 4.5), (12.5 − 12)/3 of the way: 4 − 0.5 + 1/6.
		const unit = histogramBins([], 9);
		expect(markerPosition(unit, 4)).toBeCloseTo(3.5, 12);
		expect(markerPosition(unit, 4.5)).toBeCloseTo(4, 12);
		expect(markerPosition(histogramBins([], 20), 12.5)).toBeCloseTo(4 - 0.5 + 0.5 / 3, 12);
		expect(markerPosition(unit, 9)).toBeCloseTo(8.5, 12);
		expect(markerPosition(unit, -1)).toBeNull();
		expect(markerPosition(unit, 11)).toBeNull();
	});
});
