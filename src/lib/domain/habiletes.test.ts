import { describe, expect, it } from 'vitest';
import { HABILETES, habileteIdSchema, habileteLabel, isHabileteId } from './habiletes';

describe('habiletés reference list', () => {
	it('holds the 17 habiletés with unique ids', () => {
		expect(HABILETES).toHaveLength(17);
		expect(new Set(HABILETES.map((h) => h.id)).size).toBe(17);
	});

	it('keeps the exact French labels', () => {
		expect(habileteLabel('espace')).toBe("Se représenter un objet dans l'espace");
		expect(habileteLabel('attention')).toBe('Maintenir son attention dans la durée');
		expect(habileteLabel('relation-service')).toBe('Agir dans une relation de service');
	});

	it('validates ids', () => {
		expect(isHabileteId('negocier')).toBe(true);
		expect(isHabileteId('negociation')).toBe(false);
		expect(habileteIdSchema.safeParse('creer').success).toBe(true);
		expect(habileteIdSchema.safeParse('cv').success).toBe(false);
	});
});
