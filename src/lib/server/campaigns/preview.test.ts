import { describe, expect, it } from 'vitest';
import type { BatteryView } from './battery-edit';
import { previewRun } from './preview';

const ANALYSED = ['consignes', 'attention', 'tension', 'equipe'];
const saved: BatteryView = {
	versionId: 'v1',
	version: 1,
	frozen: false,
	attempts: 0,
	exercises: [
		{
			position: 0,
			exerciseId: 'consignes',
			habilete: 'consignes',
			config: { theme: 'soin', difficulty: 3, durationSeconds: 240, itemCount: 30 }
		}
	]
};

describe('previewRun', () => {
	it('takes the settings the form holds, over the saved ones', () => {
		const result = previewRun(
			'consignes',
			ANALYSED,
			{
				'theme-consignes': 'logistique',
				'difficulty-consignes': '1',
				'duration-consignes': '1,5',
				'setting-consignes-itemCount': '12'
			},
			saved
		);
		expect(result).toMatchObject({
			ok: true,
			run: {
				exerciseId: 'consignes',
				habilete: 'consignes',
				config: { theme: 'logistique', difficulty: 1, durationSeconds: 90, itemCount: 12 },
				durationMs: 90_000
			}
		});
	});

	it('falls back on the saved battery, then on the exercise’s defaults', () => {
		const fromSaved = previewRun('consignes', ANALYSED, {}, saved);
		expect(fromSaved.ok && fromSaved.run.config).toMatchObject({
			theme: 'soin',
			difficulty: 3,
			durationSeconds: 240,
			itemCount: 30
		});
		const fromDefaults = previewRun('attention', ANALYSED, {}, saved);
		expect(fromDefaults.ok && fromDefaults.run.exerciseId).toBe('attention');
		expect(fromDefaults.ok && fromDefaults.run.payload).toBeTruthy();
	});

	it('draws a new seed each time, as for a new person', () => {
		const payload = () => {
			const r = previewRun('consignes', ANALYSED, {}, null);
			return r.ok ? JSON.stringify(r.run.payload) : '';
		};
		expect(payload()).not.toBe(payload());
	});

	it('says plainly what is wrong', () => {
		expect(previewRun(null, ANALYSED, {}, null)).toEqual({ ok: false, reason: 'preview.unknown' });
		expect(previewRun('nimportequoi', ANALYSED, {}, null)).toEqual({
			ok: false,
			reason: 'preview.unknown'
		});
		// An habileté the job analysis did not pick.
		expect(previewRun('organiser', ANALYSED, {}, null)).toEqual({
			ok: false,
			reason: 'preview.unknown'
		});
		// Picked, but no exercise yet.
		expect(previewRun('tension', ANALYSED, {}, null)).toEqual({
			ok: false,
			reason: 'battery.none'
		});
		const forms: Record<string, string>[] = [
			{ 'duration-consignes': 'deux' },
			{ 'difficulty-consignes': '7' },
			{ 'theme-consignes': 'cuisine' },
			{ 'exercise-consignes': 'attention' }
		];
		for (const form of forms)
			expect(previewRun('consignes', ANALYSED, form, null)).toEqual({
				ok: false,
				reason: 'preview.invalid'
			});
	});
});
