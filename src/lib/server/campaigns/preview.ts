import { accommodationsSchema, timedPartMs } from '$lib/domain/records';
import { newSeed } from '$lib/engine/random';
import type { MessageKey } from '$lib/i18n';
import { registeredExercise } from '$exercises/registry.server';
import { isHabileteId, type HabileteId } from '$lib/domain/habiletes';
import {
	batteryLineSchema,
	exercisesFor,
	lineConfig,
	settingsOf,
	type BatteryView
} from './battery-edit';

/** An exercise prepared for the adviser's preview: what a kiosk gets for a run, and no more. */
export interface PreviewRun {
	exerciseId: string;
	title: string;
	habilete: HabileteId;
	config: Record<string, unknown>;
	payload: unknown;
	durationMs: number;
}

/**
 * Prepares the exercise of one habileté of the battery for "Essayer", with the settings the
 * battery form holds (saved or not yet): a field left out takes the saved battery's value, else
 * the exercise's default. A fresh seed each time, as a new person would get. Nothing is stored.
 */
export function previewRun(
	habilete: string | null,
	analysed: readonly string[],
	form: Record<string, string>,
	battery: BatteryView | null
): { ok: true; run: PreviewRun } | { ok: false; reason: MessageKey } {
	if (!habilete || !isHabileteId(habilete) || !analysed.includes(habilete))
		return { ok: false, reason: 'preview.unknown' };
	const choices = exercisesFor(habilete);
	const choice = choices[0];
	if (!choice) return { ok: false, reason: 'battery.none' };
	const saved = battery?.exercises.find((e) => e.habilete === habilete);
	const config = (saved?.config ?? {}) as {
		theme?: string;
		difficulty?: number;
		durationSeconds?: number;
	};
	const line = batteryLineSchema.safeParse({
		exerciseId: form[`exercise-${habilete}`] ?? saved?.exerciseId ?? choice.id,
		theme: form[`theme-${habilete}`] ?? config.theme ?? choice.defaults.theme,
		difficulty: form[`difficulty-${habilete}`] ?? config.difficulty ?? choice.defaults.difficulty,
		durationMinutes: (
			form[`duration-${habilete}`] ??
			String(config.durationSeconds ? config.durationSeconds / 60 : choice.defaults.durationMinutes)
		).replace(',', '.')
	});
	if (!line.success || !choices.some((c) => c.id === line.data.exerciseId))
		return { ok: false, reason: 'preview.invalid' };
	// The exercise's own settings: as typed, else as saved.
	const savedSettings = Object.fromEntries(
		Object.entries(saved?.config ?? {}).map(([k, v]) => [k, String(v)])
	);
	const checked = lineConfig(line.data, { ...savedSettings, ...settingsOf(form, habilete) });
	const exercise = checked.ok ? registeredExercise(checked.input.exerciseId) : undefined;
	if (!checked.ok || !exercise) return { ok: false, reason: 'preview.invalid' };
	const parsed = exercise.server.configSchema.parse(checked.input.config);
	return {
		ok: true,
		run: {
			exerciseId: exercise.definition.id,
			title: exercise.definition.title,
			habilete,
			config: parsed,
			payload: exercise.server.prepare({ config: parsed, seed: newSeed() }),
			durationMs: timedPartMs(parsed.durationSeconds, accommodationsSchema.parse({}))
		}
	};
}
