import { loadKioskMessages } from '$lib/i18n/kiosk';
import type { PageLoad } from './$types';

export const load = (async ({ data }) => ({
	...data,
	messages: await loadKioskMessages(data.locale)
})) satisfies PageLoad;
