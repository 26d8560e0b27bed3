import { describe, expect, it } from 'vitest';
import { detection, sensitivityScore } from './signal-detection';

// The examples, a 10-minute run of 400 products, 40 of them defective. Expected values
// by hand with the log-linear correction (Hautus 1995), quantiles from Python's
// statistics.NormalDist().inv_cdf: z(36.5/41) = 1.2278263, z(36.5/361) = −1.2752633,
// z(24.5/41) = 0.2470390, z(4.5/361) = −2.2424741, z(40.5/41) = 2.2509257,
// z(0.5/361) = −2.9921630.
describe('signal detection', () => {
	it('gives 36 of 40 defects with 36 false alarms the d′ of 24 with 4, and a score', () => {
		// d′ = 1.2278263 + 1.2752633 = 2.5030896, c = −(1.2278263 − 1.2752633) / 2 = 0.0237185.
		const liberal = detection({ hits: 36, misses: 4, falseAlarms: 36, correctRejections: 324 })!;
		expect(liberal.dprime).toBeCloseTo(2.5030896, 6);
		expect(liberal.criterion).toBeCloseTo(0.0237185, 6);
		// d′ = 0.2470390 + 2.2424741 = 2.4895131, c = −(0.2470390 − 2.2424741) / 2 = 0.9977176.
		const cautious = detection({ hits: 24, misses: 16, falseAlarms: 4, correctRejections: 356 })!;
		expect(cautious.dprime).toBeCloseTo(2.4895131, 6);
		expect(cautious.criterion).toBeCloseTo(0.9977176, 6);
		// hits − false alarms gave 0 and 20: the sensitivity score tells them as equal as they are,
		// and the criterion tells the cautious one apart.
		expect(sensitivityScore(liberal.dprime)).toBe(50.1);
		expect(sensitivityScore(cautious.dprime)).toBe(49.8);
	});

	it('reaches about 100 for a flawless long run, 0 at chance and below', () => {
		// d′ = 2.2509257 + 2.9921630 = 5.2430887: capped at 100.
		const flawless = detection({ hits: 40, misses: 0, falseAlarms: 0, correctRejections: 360 })!;
		expect(flawless.dprime).toBeCloseTo(5.2430887, 6);
		expect(sensitivityScore(flawless.dprime)).toBe(100);
		// Half the defects and half the good products rejected: H = 20.5/41 = F = 180.5/361 = .5,
		// d′ = 0.
		const chance = detection({ hits: 20, misses: 20, falseAlarms: 180, correctRejections: 180 })!;
		expect(chance.dprime).toBeCloseTo(0, 12);
		expect(sensitivityScore(chance.dprime)).toBe(0);
		expect(sensitivityScore(-1.2)).toBe(0);
		expect(sensitivityScore(null)).toBe(0);
	});

	it('is undefined without defects or without good products', () => {
		expect(detection({ hits: 0, misses: 0, falseAlarms: 2, correctRejections: 8 })).toBeNull();
		expect(detection({ hits: 3, misses: 1, falseAlarms: 0, correctRejections: 0 })).toBeNull();
	});
});
