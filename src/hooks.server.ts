import {
	error,
	redirect,
	type Handle,
	type HandleServerError,
	type ServerInit
} from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { localeSchema } from '$lib/domain/records';
import { localeFromAcceptLanguage, translator } from '$lib/i18n';
import { SESSION_COOKIE, validateSession } from '$lib/server/auth/sessions';
import { areaOf, areaOfRoute } from '$lib/server/auth/areas';
import { readConfig, sessionLifetime } from '$lib/server/config';
import { attemptForKioskToken, KIOSK_COOKIE } from '$lib/server/kiosk/binding';
import { database, ensureMigrated } from '$lib/server/db/instance';
import { scheduleDailyPurge } from '$lib/server/retention/purge';
import { applySecurityHeaders, secureCookiesOnlyOverHttps } from '$lib/server/security-headers';

const config = readConfig();
/** Kiosk routes: the kiosk pages and the API they call. */
const KIOSK_PATH = /^\/(kiosque|api\/kiosque|api\/runs)(\/|$)/;

export const init: ServerInit = async () => {
	await ensureMigrated();
	// Rejected candidates' data is deleted on time even if nobody runs the CLI command.
	scheduleDailyPurge(database());
};

/** Who is calling: the staff session (from its cookie), the language, the address. */
const identify: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	const user = token ? await validateSession(database(), token, sessionLifetime(config)) : null;
	if (token && !user) event.cookies.delete(SESSION_COOKIE, { path: '/' });
	event.locals.user = user;
	const chosen = localeSchema.safeParse(event.cookies.get('lang'));
	event.locals.locale =
		user?.locale ??
		(chosen.success
			? chosen.data
			: localeFromAcceptLanguage(event.request.headers.get('accept-language')));
	event.locals.ip = event.getClientAddress();
	event.locals.kioskAttemptId = null;
	if (KIOSK_PATH.test(event.url.pathname)) {
		const kioskToken = event.cookies.get(KIOSK_COOKIE);
		event.locals.kioskAttemptId = kioskToken
			? await attemptForKioskToken(database(), kioskToken)
			: null;
	}
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
};

/**
 * The first check of who may enter each staff area, for every request (pages, data requests,
 * form actions, endpoints). It decides on the route the router resolved, not on the path as
 * written, which other spellings (`/adm%69n`) would get past; the path as written still counts,
 * so that a staff path that matches no route sends a visitor to the login as before. Each area's
 * loads, actions and endpoints check again with `requireRole`.
 */
const authorize: Handle = async ({ event, resolve }) => {
	const area = areaOfRoute(event.route.id) ?? areaOf(event.url.pathname);
	if (area) {
		const user = event.locals.user;
		if (!user) {
			const target = event.url.pathname + event.url.search;
			redirect(303, `/connexion?redirectTo=${encodeURIComponent(target)}`);
		}
		if (user.role !== area.role)
			error(403, { message: translator(event.locals.locale)('error.403') });
	}
	return resolve(event);
};

/**
 * `?/default` names the reserved action: SvelteKit throws a plain Error for it, which would be a
 * 500 for a request that is only malformed.
 */
const refuseReservedAction: Handle = async ({ event, resolve }) => {
	const named = [...event.url.searchParams.keys()].find((key) => key.startsWith('/'));
	if (event.request.method === 'POST' && named === '/default')
		error(400, { message: translator(event.locals.locale)('error.400') });
	return resolve(event);
};

/** Security headers for every response; cookies Secure over https only. */
const secure: Handle = async ({ event, resolve }) => {
	const https = event.url.protocol === 'https:';
	secureCookiesOnlyOverHttps(event.cookies, https);
	const response = await resolve(event);
	applySecurityHeaders(response.headers, https);
	return response;
};

export const handle = sequence(secure, identify, authorize, refuseReservedAction);

export const handleError: HandleServerError = ({ error: err, event, status }) => {
	// Only the server's own failures: a refused or malformed request is not worth a stack trace.
	if (status >= 500) console.error(`[${event.request.method} ${event.url.pathname}]`, err);
	return {
		message: translator(event.locals.locale ?? 'fr')(status === 404 ? 'error.404' : 'error.500')
	};
};
