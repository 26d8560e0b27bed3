import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { database } from '../src/lib/server/db/instance';
import { serveRunEvents } from '../src/lib/server/runs/direct-endpoint';

type Handler = (
	req: import('node:http').IncomingMessage,
	res: import('node:http').ServerResponse,
	next: () => void
) => void;

/**
 * Serves the built app. adapter-node assumes https when it cannot tell the protocol, which
 * breaks form posts (origin check) and cookies on a plain-http local network, where kiosk tablets
 * reach the server by its address. Unless ORIGIN is set, the protocol is taken from the
 * connection itself, or from X-Forwarded-Proto when TRUST_PROXY=1 (behind a TLS proxy).
 *
 * The kiosks' event batches are answered before SvelteKit (`serveRunEvents`), with the code of
 * the SvelteKit route; everything else, and any request to that route not shaped like a kiosk's,
 * goes to SvelteKit.
 */
export async function serve(host: string, port: number): Promise<void> {
	const trustProxy = process.env.TRUST_PROXY === '1';
	if (!process.env.ORIGIN) process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
	const root = resolve(import.meta.dirname, '..');
	const { handler } = (await import(pathToFileURL(join(root, 'build', 'handler.js')).href)) as {
		handler: Handler;
	};
	const server = createServer((req, res) => {
		if (!trustProxy || !req.headers['x-forwarded-proto']) {
			req.headers['x-forwarded-proto'] = 'encrypted' in req.socket ? 'https' : 'http';
		}
		if (serveRunEvents(database, req, res)) return;
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));
	const stop = () => server.close(() => process.exit(0));
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}
