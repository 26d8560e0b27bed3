import { describe, expect, it } from 'vitest';
import { profileBars } from './profile';

describe('habileté profile', () => {
	it('puts scores, thresholds and their zone on a 0–100 scale', () => {
		expect(
			profileBars([
				{ habilete: 'consignes', raw: 30, max: 40, threshold: 20, sem: 2 },
				{ habilete: 'attention', raw: null, max: 10, threshold: 9.5, sem: 1 }
			])
		).toEqual([
			{
				habilete: 'consignes',
				label: 'Respecter des normes et des consignes',
				pct: 75,
				threshold: 50,
				zone: [45, 55]
			},
			{
				habilete: 'attention',
				label: 'Maintenir son attention dans la durée',
				pct: null,
				threshold: 95,
				zone: [85, 100]
			}
		]);
	});
});
