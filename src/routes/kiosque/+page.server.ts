import { fail, redirect } from '@sveltejs/kit';
import { blockedUntil, clearFailures, recordFailure } from '$lib/server/auth/throttle';
import { loadKioskMessages } from '$lib/i18n/kiosk';
import { database } from '$lib/server/db/instance';
import { formOf } from '$lib/server/forms';
import { kioskAssets } from '$lib/server/kiosk/app';
import { KIOSK_COOKIE, openAttempt } from '$lib/server/kiosk/binding';
import type { CodeProps } from '../../kiosk/props';
import type { Actions, PageServerLoad } from './$types';

/** The kiosk app runs this page (src/kiosk): no SvelteKit client. */
export const csr = false;

/** A convocation's QR code opens this page with the code filled in (`?code=`). */
export const load = (async ({ locals, url }) => {
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
		// Guessing codes is slowed down per address, like passwords.
		const keys = [{ key: `kiosk-ip:${locals.ip}`, free: 30 }];
		if (await blockedUntil(db, keys))
			return fail(429, { message: 'kiosk.code.throttled' as const, code });
		const result = await openAttempt(db, code);
		if (!result.ok) {
			if (result.reason !== 'invalid') await recordFailure(db, keys);
			return fail(400, { message: `kiosk.code.${result.reason}` as const, code });
		}
		await clearFailures(db, keys);
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
