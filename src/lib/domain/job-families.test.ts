import { describe, expect, it } from 'vitest';
import { HABILETE_IDS } from './habiletes';
import { JOB_FAMILIES, jobFamiliesFor } from './job-families';

describe('job families', () => {
	it('offer 2 to 4 families with a ROME code for each of the 17 habiletés', () => {
		for (const id of HABILETE_IDS) {
			expect(JOB_FAMILIES[id].length, id).toBeGreaterThanOrEqual(2);
			expect(JOB_FAMILIES[id].length, id).toBeLessThanOrEqual(4);
			for (const f of JOB_FAMILIES[id]) expect(f.rome).toMatch(/^[A-N]\d{4}$/);
		}
	});

	it('lists the strongest habileté first, each family once, without the job applied for', () => {
		const families = jobFamiliesFor(['consignes', 'attention'], 'N1103');
		expect(families.map((f) => f.rome)).toEqual(['J1301', 'H2102', 'K2204', 'K2503']);
	});
});
