import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	CLIENT_ADDRESS_HEADER,
	clientAddress,
	clientProtocol,
	type ProxyTrust
} from '../src/lib/server/client-address';
import { readConfig } from '../src/lib/server/config';
import { database } from '../src/lib/server/db/instance';
import { serveRunEvents } from '../src/lib/server/runs/direct-endpoint';

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * The app's http server around SvelteKit's handler. adapter-node assumes https when it cannot
 * tell the protocol, which breaks form posts (origin check) and cookies on a plain-http local
 * network, where kiosk tablets reach the server by its address; and behind a proxy it would see
 * every client at the proxy's address. So each request gets, before SvelteKit sees it, the
 * protocol (X-Forwarded-Proto) and the client address (CLIENT_ADDRESS_HEADER) decided here: from
 * the connection itself, or from the proxy's headers when TRUST_PROXY=1 (see client-address.ts).
 *
 * The kiosks' event batches are answered before SvelteKit (`serveRunEvents`), with the code of
 * the SvelteKit route; everything else, and any request to that route not shaped like a kiosk's,
 * goes to SvelteKit.
 */
export function appServer(handler: Handler, trust: ProxyTrust): Server {
	return createServer((req, res) => {
		req.headers['x-forwarded-proto'] = clientProtocol(
			'encrypted' in req.socket,
			req.headers['x-forwarded-proto'],
			trust
		);
		req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
			req.socket.remoteAddress,
			req.headers['x-forwarded-for'],
			trust
		);
		if (serveRunEvents(database, req, res)) return;
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
}

/** Serves the built app (`build/`). */
export async function serve(host: string, port: number): Promise<void> {
	const { TRUST_PROXY, TRUST_PROXY_HOPS } = readConfig();
	// adapter-node reads these when its handler is loaded, below.
	if (!process.env.ORIGIN) process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
	process.env.ADDRESS_HEADER = CLIENT_ADDRESS_HEADER;
	const root = resolve(import.meta.dirname, '..');
	const { handler } = (await import(pathToFileURL(join(root, 'build', 'handler.js')).href)) as {
		handler: Handler;
	};
	const server = appServer(handler, { trustProxy: TRUST_PROXY, proxyHops: TRUST_PROXY_HOPS });
	server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));
	const stop = () => server.close(() => process.exit(0));
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}
