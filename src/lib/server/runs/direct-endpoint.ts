import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BATCH_BYTES } from '$lib/domain/kiosk';
import { localeFromAcceptLanguage, translator } from '$lib/i18n';
import type { Db } from '../db';
import { KIOSK_COOKIE } from '../kiosk/binding';
import { securityHeaders } from '../security-headers';
import { receiveBatch, type Answer } from './receive';

const EVENTS_PATH = /^\/api\/runs\/([^/?]+)\/events(?:\?|$)/;

/**
 * Serves the kiosks' `POST /api/runs/{runId}/events` straight from Node's http server, ahead
 * of SvelteKit, whose request pipeline costs more than storing a batch. It runs the same
 * `receiveBatch` as the SvelteKit route, with the kiosk's token in place of the attempt the
 * hook would look up (`receiveBatch` folds that check into the run's own look-up).
 *
 * It takes only what a kiosk sends: JSON with the kiosk cookie and a Content-Length within
 * bounds. Anything else is left to SvelteKit (false is returned, nothing read), which answers
 * it as before: 401 without the cookie, its CSRF check for form posts, its body size limit.
 */
export function serveRunEvents(db: () => Db, req: IncomingMessage, res: ServerResponse): boolean {
	if (req.method !== 'POST') return false;
	const path = EVENTS_PATH.exec(req.url ?? '');
	const runId = path && decoded(path[1]!);
	const token = kioskToken(req.headers.cookie);
	const contentType = req.headers['content-type']?.split(';')[0]!.trim().toLowerCase();
	const declaredLength = Number(req.headers['content-length']);
	if (!runId || !token || contentType !== 'application/json') return false;
	if (!(declaredLength >= 0 && declaredLength <= MAX_BATCH_BYTES)) return false;

	const request = {
		runId,
		kiosk: { kioskToken: token },
		declaredLength,
		readText: () => text(req)
	};
	Promise.resolve()
		.then(() => receiveBatch(db(), request))
		.catch((e: unknown): Answer => {
			console.error(`[POST ${req.url}]`, e);
			const t = translator(localeFromAcceptLanguage(req.headers['accept-language'] ?? null));
			return { status: 500, body: { message: t('error.500') } };
		})
		.then((answer) => {
			// cli/serve.ts sets the protocol on every request, from the connection or a trusted proxy.
			res.writeHead(answer.status, {
				...securityHeaders(req.headers['x-forwarded-proto'] === 'https'),
				'content-type': 'application/json'
			});
			res.end(JSON.stringify(answer.body));
		});
	return true;
}

/** The kiosk cookie's value, as SvelteKit's cookie parser reads it. */
function kioskToken(header: string | undefined): string | null {
	for (const pair of header?.split(';') ?? []) {
		const at = pair.indexOf('=');
		if (at > 0 && pair.slice(0, at).trim() === KIOSK_COOKIE) {
			const value = pair.slice(at + 1).trim();
			return decoded(value.startsWith('"') ? value.slice(1, -1) : value) || null;
		}
	}
	return null;
}

function decoded(text: string): string | null {
	try {
		return decodeURIComponent(text);
	} catch {
		return null;
	}
}

function text(req: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}
