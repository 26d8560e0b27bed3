import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER } from '../src/lib/server/client-address';
import { appServer } from './serve';

/** What SvelteKit's handler would be told: adapter-node reads these two headers. */
const echo = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) =>
	res.end(
		JSON.stringify({
			address: req.headers[CLIENT_ADDRESS_HEADER],
			protocol: req.headers['x-forwarded-proto']
		})
	);

let close: (() => void) | undefined;
afterEach(() => close?.());

async function start(trustProxy: boolean, proxyHops = 1) {
	const server = appServer(echo, { trustProxy, proxyHops });
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	close = () => server.close();
	const { port } = server.address() as AddressInfo;
	return (headers: Record<string, string>) =>
		fetch(`http://127.0.0.1:${port}/connexion`, { headers }).then((r) => r.json());
}

describe('the app server', () => {
	it('gives SvelteKit the connection’s address and protocol, whatever the client claims', async () => {
		const ask = await start(false);
		expect(
			await ask({
				'x-forwarded-for': '203.0.113.9',
				'x-forwarded-proto': 'https',
				[CLIENT_ADDRESS_HEADER]: '198.51.100.1'
			})
		).toEqual({ address: '127.0.0.1', protocol: 'http' });
	});

	it('behind a trusted proxy, gives the address and protocol the proxy reports', async () => {
		const ask = await start(true);
		expect(
			await ask({
				'x-forwarded-for': '198.51.100.1, 203.0.113.9',
				'x-forwarded-proto': 'https',
				[CLIENT_ADDRESS_HEADER]: '198.51.100.1'
			})
		).toEqual({ address: '203.0.113.9', protocol: 'https' });
		expect(await ask({})).toEqual({ address: '127.0.0.1', protocol: 'http' });
	});
});
