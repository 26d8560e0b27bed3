import { loadKioskMessages } from '$lib/i18n/kiosk';
import type { PageLoad } from './$types';

/** The kiosk's own texts, as a candidate's tablet shows them, in the adviser's language. */
export const load = (async ({ data, parent }) => {
	const { locale } = await parent();
	return { ...data, kioskMessages: await loadKioskMessages(locale) };
}) satisfies PageLoad;
