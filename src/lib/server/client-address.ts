import { isIP } from 'node:net';

/**
 * Behind a reverse proxy every connection comes from the proxy: the client's own address and
 * protocol are in the headers the proxy adds. Those headers are read when, and only when, the
 * proxy is trusted (TRUST_PROXY=1); otherwise anyone could claim any address by sending them.
 */
export interface ProxyTrust {
	trustProxy: boolean;
	/** How many proxies in a row append to X-Forwarded-For in front of the app (usually 1). */
	proxyHops: number;
}

/**
 * The header cli/serve.ts sets on every request to the address it decided on, always replacing
 * what a client sent; adapter-node's `getClientAddress()` reads it (its ADDRESS_HEADER).
 */
export const CLIENT_ADDRESS_HEADER = 'x-habile-client-address';

/**
 * The client's address. Each proxy appends the address it was called from to X-Forwarded-For,
 * so with `proxyHops` trusted proxies the client is the `proxyHops`-th address from the right:
 * what is left of it was written by the client itself and proves nothing. Without a trusted
 * proxy, or without a usable header (a request that did not come through the proxy), the
 * connection's own address.
 */
export function clientAddress(
	socketAddress: string | undefined,
	forwardedFor: string | string[] | undefined,
	trust: ProxyTrust
): string {
	const own = socketAddress ?? '';
	if (!trust.trustProxy || forwardedFor === undefined) return own;
	const addresses = [forwardedFor]
		.flat()
		.join(',')
		.split(',')
		.map((a) => a.trim())
		.filter(Boolean);
	// Fewer entries than hops: the farthest proxy's view is the best there is.
	const chosen = addresses[Math.max(0, addresses.length - trust.proxyHops)];
	return chosen && isIP(chosen) ? chosen : own;
}

/**
 * The protocol the client used: the connection's own, or the one the trusted proxy reports
 * (X-Forwarded-Proto, the last value if several proxies wrote it) when it is http or https.
 */
export function clientProtocol(
	encrypted: boolean,
	forwardedProto: string | string[] | undefined,
	trust: Pick<ProxyTrust, 'trustProxy'>
): 'http' | 'https' {
	const own = encrypted ? 'https' : 'http';
	if (!trust.trustProxy || forwardedProto === undefined) return own;
	const reported = [forwardedProto].flat().join(',').split(',').at(-1)?.trim().toLowerCase();
	return reported === 'http' || reported === 'https' ? reported : own;
}
