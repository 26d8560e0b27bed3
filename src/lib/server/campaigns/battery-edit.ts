import { z } from 'zod';
import type { HabileteId } from '$lib/domain/habiletes';
import type { SettingSpec } from '$lib/engine/contract';
import { registeredExercises } from '$exercises/registry.server';
import type { Db } from '../db';
import type { SessionUser } from '../auth/sessions';
import { audit } from '../audit/log';
import { nowIso } from '../ids';
import { insertBatteryVersion, type BatteryExerciseInput } from './battery';

/** An exercise that can measure an habileté, as the battery page offers it. */
export interface ExerciseChoice {
	id: string;
	title: string;
	measures: string;
	themes: readonly string[];
	defaults: { theme: string; difficulty: number; durationMinutes: number };
	/** Its own settings (`ExerciseServer.settings`), each with its default. */
	settings: (SettingSpec & { default: number })[];
}

/** The exercises available for each habileté (none yet for some: the page says so). */
export function exercisesFor(habilete: HabileteId): ExerciseChoice[] {
	return registeredExercises()
		.filter((e) => e.definition.habilete === habilete)
		.map(({ definition, server }) => {
			const defaults = server.configSchema.parse({ theme: server.themes[0] });
			return {
				id: definition.id,
				title: definition.title,
				measures: definition.measures,
				themes: server.themes,
				defaults: {
					theme: defaults.theme,
					difficulty: defaults.difficulty,
					durationMinutes: Math.round((defaults.durationSeconds / 60) * 10) / 10
				},
				settings: server.settings.map((setting) => ({
					...setting,
					default: Number((defaults as Record<string, unknown>)[setting.key])
				}))
			};
		});
}

export interface BatteryView {
	versionId: string;
	version: number;
	frozen: boolean;
	/** People (employees or candidates) registered on this version. */
	attempts: number;
	exercises: {
		position: number;
		exerciseId: string;
		habilete: string;
		config: Record<string, unknown>;
	}[];
}

/** The campaign's latest battery version, or null before any is saved. */
export async function currentBattery(db: Db, campaignId: string): Promise<BatteryView | null> {
	const version = await db
		.selectFrom('battery_versions')
		.select(['id', 'version', 'frozen_at'])
		.where('campaign_id', '=', campaignId)
		.orderBy('version', 'desc')
		.limit(1)
		.executeTakeFirst();
	if (!version) return null;
	const [exercises, attempts] = await Promise.all([
		db
			.selectFrom('battery_exercises')
			.select(['position', 'exercise_id', 'habilete', 'config'])
			.where('battery_version_id', '=', version.id)
			.orderBy('position')
			.execute(),
		db
			.selectFrom('attempts')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('battery_version_id', '=', version.id)
			.executeTakeFirstOrThrow()
	]);
	return {
		versionId: version.id,
		version: version.version,
		frozen: version.frozen_at !== null,
		attempts: attempts.n,
		exercises: exercises.map((e) => ({
			position: e.position,
			exerciseId: e.exercise_id,
			habilete: e.habilete,
			config: z.record(z.string(), z.unknown()).parse(JSON.parse(e.config))
		}))
	};
}

/** One line of the battery form: an habileté's exercise and its settings. */
export const batteryLineSchema = z.object({
	exerciseId: z.string().min(1),
	theme: z.string().min(1, { error: 'form.choose' }),
	difficulty: z.coerce
		.number()
		.int()
		.min(1, { error: 'battery.difficulty.invalid' })
		.max(3, { error: 'battery.difficulty.invalid' }),
	durationMinutes: z.coerce
		.number({ error: 'battery.duration.invalid' })
		.min(0.5, { error: 'battery.duration.invalid' })
		.max(60, { error: 'battery.duration.invalid' })
});
export type BatteryLine = z.infer<typeof batteryLineSchema>;

/** The battery form's values of an habileté's exercise settings (`setting-<habilete>-<key>`), by key. */
export function settingsOf(form: Record<string, string>, habilete: string): Record<string, string> {
	const prefix = `setting-${habilete}-`;
	return Object.fromEntries(
		Object.entries(form)
			.filter(([k]) => k.startsWith(prefix))
			.map(([k, v]) => [k.slice(prefix.length), v])
	);
}

/**
 * Checks a line against its exercise (theme offered, its own settings whole numbers within their
 * bounds, config valid); returns the config. `settings` holds the form's values of the
 * exercise's settings by key (absent: the default).
 */
export function lineConfig(
	line: BatteryLine,
	settings: Record<string, string | undefined> = {}
):
	| { ok: true; input: BatteryExerciseInput }
	| { ok: false; field: 'theme' | 'exerciseId' | `setting.${string}` } {
	const exercise = registeredExercises().find((e) => e.definition.id === line.exerciseId);
	if (!exercise) return { ok: false, field: 'exerciseId' };
	if (!exercise.server.themes.includes(line.theme as never)) return { ok: false, field: 'theme' };
	const config: Record<string, unknown> = {
		theme: line.theme,
		difficulty: line.difficulty,
		durationSeconds: Math.round(line.durationMinutes * 60)
	};
	for (const setting of exercise.server.settings) {
		const typed = settings[setting.key]?.trim();
		if (!typed) continue;
		const value = Number(typed);
		if (!Number.isInteger(value) || value < setting.min || value > setting.max)
			return { ok: false, field: `setting.${setting.key}` };
		config[setting.key] = value;
	}
	if (!exercise.server.configSchema.safeParse(config).success)
		return { ok: false, field: 'exerciseId' };
	return { ok: true, input: { exerciseId: line.exerciseId, config } };
}

/**
 * Saves the battery. The latest version is changed in place while it is a draft nobody has
 * taken; otherwise (frozen, or employees already registered on it) a new version is made, which
 * needs calibrating again.
 */
export async function saveBattery(
	db: Db,
	user: SessionUser,
	campaignId: string,
	lines: BatteryExerciseInput[],
	now = new Date()
): Promise<{ version: number; newVersion: boolean }> {
	return db.transaction().execute(async (trx) => {
		const current = await currentBattery(trx, campaignId);
		const editable = current && !current.frozen && current.attempts === 0;
		if (editable)
			await trx.deleteFrom('battery_versions').where('id', '=', current.versionId).execute();
		await insertBatteryVersion(trx, campaignId, lines, now);
		// A new version after validation needs calibrating again before any candidate takes it.
		if (current?.frozen)
			await trx
				.updateTable('campaigns')
				.set({ status: 'calibration', updated_at: nowIso(now) })
				.where('id', '=', campaignId)
				.execute();
		const saved = (await currentBattery(trx, campaignId))!;
		await audit(
			trx,
			{
				actorId: user.id,
				action: 'battery.saved',
				subjectType: 'campaign',
				subjectId: campaignId,
				details: { version: saved.version, exercises: lines.map((l) => l.exerciseId) }
			},
			now
		);
		return { version: saved.version, newVersion: !editable && current !== null };
	});
}
