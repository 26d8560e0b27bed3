import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_BATCH_BYTES } from '$lib/domain/kiosk';
import type { Db } from '../db';
import { KIOSK_COOKIE, openAttempt } from '../kiosk/binding';
import { securityHeaders } from '../security-headers';
import { testDatabases } from '../testing/db';
import { makeAttempt } from '../testing/factories';
import { serveRunEvents } from './direct-endpoint';

const batch = JSON.stringify({
	firstSeq: 0,
	sentT: 10,
	events: [{ seq: 0, t: 0, type: 'phase.started', data: { phase: 'consigne' } }]
});

describe.each(testDatabases())('the direct events endpoint [$name]', ({ open }) => {
	let db: Db;
	let server: Server;
	let base: string;
	let runId: string;
	let cookie: string;
	/** Requests left to SvelteKit. */
	let passed: string[];
	beforeEach(async () => {
		db = await open();
		const attempt = await makeAttempt(db, { consented: true });
		runId = attempt.runIds[0]!;
		const opened = await openAttempt(db, attempt.kioskCode);
		if (!opened.ok) throw new Error(opened.reason);
		cookie = `lang=fr; ${KIOSK_COOKIE}=${opened.token}`;
		passed = [];
		server = createServer((req, res) => {
			if (serveRunEvents(() => db, req, res)) return;
			passed.push(`${req.method} ${req.url}`);
			res.writeHead(418).end();
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterEach(async () => {
		await new Promise((resolve) => server.close(resolve));
		await db.destroy();
	});

	const post = (
		headers: Record<string, string>,
		body = batch,
		path = `/api/runs/${runId}/events`
	) => fetch(base + path, { method: 'POST', headers, body });
	const kiosk = () => ({ 'content-type': 'application/json', cookie });

	it("answers a kiosk's batch itself, with the security headers", async () => {
		const res = await post(kiosk());
		expect(res.status).toBe(200);
		expect(await res.json()).toMatchObject({ ack: 0, deadline: null });
		for (const [name, value] of Object.entries(securityHeaders(false)))
			expect(res.headers.get(name)).toBe(value);
		expect(res.headers.get('cache-control')).toBe('no-store');
		expect(res.headers.get('strict-transport-security')).toBeNull();
		const refused = await post(kiosk(), '{"firstSeq": 0');
		expect(refused.status).toBe(400);
		expect(await refused.json()).toEqual({ error: 'body is not valid JSON' });
		expect(passed).toEqual([]);
	});

	it('sends HSTS when the batch came over https (as cli/serve.ts tells it)', async () => {
		const res = await post({ ...kiosk(), 'x-forwarded-proto': 'https' }, batch);
		expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
	});

	it('leaves SvelteKit every request not shaped like a kiosk batch, unread', async () => {
		await post({ 'content-type': 'application/json' });
		await post({ 'content-type': 'text/plain', cookie });
		await post({ 'content-type': 'application/x-www-form-urlencoded', cookie });
		await post(kiosk(), 'x'.repeat(MAX_BATCH_BYTES + 1));
		await post(kiosk(), batch, `/api/runs/${runId}/events/`);
		await post(kiosk(), batch, `/api/runs/${runId}/other`);
		await fetch(`${base}/api/runs/${runId}/events`, { headers: { cookie } });
		expect(passed).toHaveLength(7);
	});

	it('answers 500 when storing fails', async () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		await db.destroy();
		const res = await post(kiosk());
		expect(res.status).toBe(500);
		expect(await res.json()).toEqual({ message: expect.any(String) });
		expect(error).toHaveBeenCalled();
		error.mockRestore();
		db = await open();
	});
});
