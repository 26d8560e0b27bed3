import { error, fail } from '@sveltejs/kit';
import { requireRole } from '$lib/server/auth/guard';
import { currentBattery } from '$lib/server/campaigns/battery-edit';
import {
	calibrationEmployees,
	ratingSchema,
	registerEmployees,
	registerEmployeesSchema,
	setSupervisorRating
} from '$lib/server/calibration/employees';
import { database } from '$lib/server/db/instance';
import { campaignOr404 } from '$lib/server/results/access';
import { formOf, parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
	const user = requireRole(locals, 'adviser');
	const campaign = await campaignOr404(database(), user, params.id);
	const db = database();
	return {
		campaign,
		battery: await currentBattery(db, params.id),
		employees: await calibrationEmployees(db, params.id)
	};
}) satisfies PageServerLoad;

export const actions = {
	register: async ({ request, locals, params }) => {
		const user = requireRole(locals, 'adviser');
		await campaignOr404(database(), user, params.id);
		const form = parseForm(registerEmployeesSchema, await formOf(request, locals));
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
		const result = await registerEmployees(database(), user, params.id, form.data.count);
		if (!result.ok) {
			return fail(400, {
				message:
					result.reason === 'frozen'
						? ('calibration.frozen' as const)
						: ('calibration.noBattery' as const),
				values: form.values
			});
		}
		return { registered: result.codes.length };
	},
	rating: async ({ request, locals, params }) => {
		const user = requireRole(locals, 'adviser');
		await campaignOr404(database(), user, params.id);
		const form = parseForm(ratingSchema, await formOf(request, locals));
		if (!form.ok) return fail(400, { errors: form.errors, values: form.values });
		const rating = form.data.rating === '' ? null : form.data.rating;
		if (!(await setSupervisorRating(database(), user, params.id, form.data.personId, rating))) {
			error(404, { message: 'Salarié introuvable.' });
		}
		return { rated: form.data.personId };
	}
} satisfies Actions;
