import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { withDb } from './data';

/**
 * A second server on the same build and database, started as `npm start` serves, behind a
 * trusted proxy (TRUST_PROXY=1): what the proxy's headers say is believed there, and only there.
 */
const PROXIED_PORT = Number(process.env.E2E_PORT ?? 4173) + 1000;
const proxied = `http://127.0.0.1:${PROXIED_PORT}`;
let server: ChildProcess | undefined;
// One worker, one second server.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	server = spawn(
		process.execPath,
		[
			'--import',
			'tsx',
			'--eval',
			`import('./cli/serve.ts').then((m) => m.serve('127.0.0.1', ${PROXIED_PORT}))`
		],
		{
			env: { ...process.env, DATABASE_URL: 'data/e2e.db', TRUST_PROXY: '1' },
			stdio: ['ignore', 'pipe', 'inherit']
		}
	);
	await new Promise<void>((resolve, reject) => {
		server!.stdout!.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('Listening')) resolve();
		});
		server!.once('exit', (code) => reject(new Error(`the proxied server exited (${code})`)));
	});
});

test.afterAll(() => {
	server?.kill();
});

/** Throttle keys that name this address (each failed login counts against its address). */
const keysNaming = (address: string) =>
	withDb((db) =>
		db.selectFrom('login_throttle').select('key').where('key', 'like', `%${address}%`).execute()
	).then((rows) => rows.map((r) => r.key));

async function failLogin(
	request: import('@playwright/test').APIRequestContext,
	base: string,
	headers: Record<string, string>
) {
	const response = await request.post(`${base}/connexion`, {
		headers: { origin: base, accept: 'text/html', ...headers },
		form: { email: 'personne-proxy@exemple.fr', password: 'pas le bon mot de passe' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(400);
}

test('behind the trusted proxy, the client is the address the proxy appended', async ({
	request
}) => {
	await failLogin(request, proxied, { 'x-forwarded-for': '198.51.100.21, 203.0.113.21' });
	expect(await keysNaming('203.0.113.21')).not.toEqual([]);
	expect(await keysNaming('198.51.100.21')).toEqual([]);
});

test('without a trusted proxy, X-Forwarded-For is ignored', async ({ request, baseURL }) => {
	await failLogin(request, baseURL!, { 'x-forwarded-for': '203.0.113.22' });
	expect(await keysNaming('203.0.113.22')).toEqual([]);
});

test('HSTS and Secure cookies when the trusted proxy says https, never otherwise', async ({
	request,
	baseURL
}) => {
	const https = { 'x-forwarded-proto': 'https' };
	const secure = await request.get(`${proxied}/connexion`, { headers: https });
	expect(secure.headers()['strict-transport-security']).toBe('max-age=31536000');
	const origin = `https://127.0.0.1:${PROXIED_PORT}`;
	const lang = await request.post(`${proxied}/langue`, {
		headers: { ...https, origin, accept: 'text/html' },
		form: { locale: 'en', back: '/connexion' },
		maxRedirects: 0
	});
	expect(lang.status()).toBe(303);
	expect(lang.headers()['set-cookie']).toMatch(/^lang=en;.*; Secure/i);

	const plain = await request.get(`${proxied}/connexion`);
	expect(plain.headers()['strict-transport-security']).toBeUndefined();
	// Anyone can send the header to the server itself: it changes nothing there.
	const claimed = await request.get(`${baseURL}/connexion`, { headers: https });
	expect(claimed.headers()['strict-transport-security']).toBeUndefined();
});
