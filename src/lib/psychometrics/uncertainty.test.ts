import { describe, expect, it } from 'vitest';
import { conditionalSem } from './conditional-sem';
import { decisionConsistency } from './decision-consistency';
import { thresholdIntervals } from './threshold-intervals';
import { suggestThresholds } from './thresholds';
import { cutUncertainty, thresholdUncertainty, UNSTABLE_CALIBRATION } from './uncertainty';

const totals = [9, 15, 12, 17, 10, 14, 18, 11, 16, 13, 19, 14];
const suggestions = suggestThresholds(totals);
const input = { totals, suggestions, max: 20, items: 20, reliability: 0.8 };

describe('uncertainty of the suggested thresholds', () => {
	it('puts the interval, CSEM and consistency of each suggestion together', () => {
		const u = thresholdUncertainty(input);
		expect(u.resamples).toBe(1000);
		expect(u.intervals).toEqual(thresholdIntervals(totals, undefined, { max: 20 }));
		const p20 = suggestions[0]!.value!;
		const context = { items: 20, max: 20, scores: totals, reliability: 0.8 };
		expect(u.cuts.percentile).toEqual({
			cut: p20,
			csem: conditionalSem(p20, context),
			consistency: decisionConsistency(p20, context)
		});
		expect(u.cuts.percentile!.csem).toBeGreaterThan(0);
		expect(u.unstable).toBe(true);
	});

	it('warns below 30 employees only', () => {
		expect(UNSTABLE_CALIBRATION).toBe(30);
		const thirty = Array.from({ length: 30 }, (_, i) => i % 20);
		const u = thresholdUncertainty(
			{ ...input, totals: thirty, suggestions: [] },
			{ resamples: 50 }
		);
		expect(u.unstable).toBe(false);
		expect(u.resamples).toBe(50);
	});

	it('has no zone and no consistency without reliability or items', () => {
		expect(cutUncertainty(12, { ...input, reliability: null })).toEqual({
			cut: 12,
			csem: null,
			consistency: null
		});
		expect(cutUncertainty(12, { ...input, items: null })).toEqual({
			cut: 12,
			csem: null,
			consistency: null
		});
	});
});
