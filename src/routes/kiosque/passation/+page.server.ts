import { redirect } from '@sveltejs/kit';
import { loadKioskMessages } from '$lib/i18n/kiosk';
import { database } from '$lib/server/db/instance';
import { kioskAssets } from '$lib/server/kiosk/app';
import { kioskState } from '$lib/server/kiosk/state';
import type { PassationProps } from '../../../kiosk/props';
import type { PageServerLoad } from './$types';

/** The kiosk app runs this page (src/kiosk): no SvelteKit client. */
export const csr = false;

export const load = (async ({ locals }) => {
	if (!locals.kioskAttemptId) redirect(303, '/kiosque');
	const kiosk = await kioskState(database(), locals.kioskAttemptId);
	// The texts in the language the person chose (or the browser's, before they choose).
	const shown = kiosk.preferences?.locale ?? locals.locale;
	const texts = await loadKioskMessages(shown);
	const props: PassationProps = {
		kiosk,
		locale: locals.locale,
		messages: { locale: shown, texts }
	};
	return {
		app: kioskAssets('passation'),
		props,
		title: 'Habile — passation',
		waiting: texts['kiosk.loading']
	};
}) satisfies PageServerLoad;
