import { loadKioskMessages } from '$lib/i18n/kiosk';
import type { PageLoad } from './$types';

/** The kiosk texts in the language the person chose (or the browser's, before they choose). */
export const load = (async ({ data, parent }) => {
	const { locale } = await parent();
	const shown = data.kiosk.preferences?.locale ?? locale;
	return { ...data, messages: { locale: shown, texts: await loadKioskMessages(shown) } };
}) satisfies PageLoad;
