import { fail, redirect } from '@sveltejs/kit';
import { isMessageKey, type MessageKey } from '$lib/i18n';
import { requireRole } from '$lib/server/auth/guard';
import {
	batteryLineSchema,
	currentBattery,
	exercisesFor,
	lineConfig,
	saveBattery,
	settingsOf
} from '$lib/server/campaigns/battery-edit';
import type { BatteryExerciseInput } from '$lib/server/campaigns/battery';
import { database } from '$lib/server/db/instance';
import { formOf } from '$lib/server/forms';
import { campaignOr404 } from '$lib/server/results/access';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	const user = requireRole(locals, 'adviser');
	const campaign = await campaignOr404(database(), user, params.id);
	return {
		campaign,
		lines: campaign.analysis.map((a) => ({
			habilete: a.habilete,
			choices: exercisesFor(a.habilete)
		})),
		battery: await currentBattery(database(), params.id),
		saved: url.searchParams.get('enregistree'),
		newVersion: url.searchParams.has('nouvelle')
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, params }) => {
		const user = requireRole(locals, 'adviser');
		const campaign = await campaignOr404(database(), user, params.id);
		const form = await formOf(request, locals);
		const values = Object.fromEntries([...form].map(([k, v]) => [k, String(v)]));
		const errors: Record<string, MessageKey> = {};
		const lines: BatteryExerciseInput[] = [];
		for (const { habilete } of campaign.analysis) {
			if (!exercisesFor(habilete).length || values[`include-${habilete}`] !== 'on') continue;
			const parsed = batteryLineSchema.safeParse({
				exerciseId: values[`exercise-${habilete}`],
				theme: values[`theme-${habilete}`],
				difficulty: values[`difficulty-${habilete}`],
				durationMinutes: (values[`duration-${habilete}`] ?? '').replace(',', '.')
			});
			if (!parsed.success) {
				for (const issue of parsed.error.issues) {
					errors[`${String(issue.path[0])}-${habilete}`] ??= isMessageKey(issue.message)
						? issue.message
						: 'form.invalid';
				}
				continue;
			}
			const checked = lineConfig(parsed.data, settingsOf(values, habilete));
			if (checked.ok) lines.push(checked.input);
			else if (checked.field.startsWith('setting.'))
				errors[`${checked.field}-${habilete}`] = 'battery.setting.invalid';
			else
				errors[`${checked.field === 'theme' ? 'theme' : 'exercise'}-${habilete}`] = 'form.choose';
		}
		if (!Object.keys(errors).length && !lines.length) errors._form = 'battery.empty';
		if (Object.keys(errors).length) return fail(400, { errors, values });
		const saved = await saveBattery(database(), user, params.id, lines);
		redirect(
			303,
			`/conseiller/campagnes/${params.id}/batterie?enregistree=${saved.version}${saved.newVersion ? '&nouvelle' : ''}`
		);
	}
} satisfies Actions;
