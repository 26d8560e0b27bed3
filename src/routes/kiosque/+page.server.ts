import { fail, redirect, type Cookies } from '@sveltejs/kit';
import { blockedUntil, recordFailure } from '$lib/server/auth/throttle';
import { loadKioskMessages } from '$lib/i18n/kiosk';
import { readConfig } from '$lib/server/config';
import { database } from '$lib/server/db/instance';
import { formOf } from '$lib/server/forms';
import { newToken } from '$lib/server/ids';
import { kioskAssets } from '$lib/server/kiosk/app';
import { DEVICE_COOKIE, KIOSK_COOKIE, openAttempt } from '$lib/server/kiosk/binding';
import { codeThrottleKeys } from '$lib/server/kiosk/code-throttle';
import type { CodeProps } from '../../kiosk/props';
import type { Actions, PageServerLoad } from './$types';

const config = readConfig();

/** The kiosk app runs this page (src/kiosk): no SvelteKit client. */
export const csr = false;

/** The tablet's long-lived id (`DEVICE_COOKIE`), set the first time it shows the code screen. */
function deviceOf(cookies: Cookies, url: URL): string {
	let device = cookies.get(DEVICE_COOKIE);
	if (!device) {
		device = newToken();
		cookies.set(DEVICE_COOKIE, device, {
			path: '/',
			httpOnly: true,
			sameSite: 'strict',
			secure: url.protocol === 'https:',
			maxAge: 60 * 60 * 24 * 400
		});
	}
	return device;
}

/** A convocation's QR code opens this page with the code filled in (`?code=`). */
export const load = (async ({ locals, url, cookies }) => {
	deviceOf(cookies, url);
	const messages = await loadKioskMessages(locals.locale);
	const props: Omit<CodeProps, 'refused'> = {
		messages,
		prefill: (url.searchParams.get('code') ?? '').slice(0, 12)
	};
	return { app: kioskAssets('code'), props, title: messages['kiosk.code.title'] };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, cookies, locals, url }) => {
		const code = String((await formOf(request, locals)).get('code') ?? '');
		const db = database();
		const device = deviceOf(cookies, url);
		// Guessing codes is slowed down per tablet and per address, like passwords; a valid code
		// clears nothing.
		const keys = codeThrottleKeys(locals.ip, device);
		if (await blockedUntil(db, keys))
			return fail(429, { message: 'kiosk.code.throttled' as const, code });
		const result = await openAttempt(db, code, {
			deviceId: device,
			opensMinutesBefore: config.KIOSK_CODE_OPENS_MINUTES_BEFORE ?? null
		});
		if (!result.ok) {
			if (result.reason !== 'invalid') await recordFailure(db, keys);
			return fail(400, { message: `kiosk.code.${result.reason}` as const, code });
		}
		cookies.set(KIOSK_COOKIE, result.token, {
			path: '/',
			httpOnly: true,
			sameSite: 'strict',
			secure: url.protocol === 'https:',
			maxAge: 60 * 60 * 24
		});
		redirect(303, '/kiosque/passation');
	}
} satisfies Actions;
