import { describe, expect, it } from 'vitest';
import { clientAddress, clientProtocol } from './client-address';

const PROXY = '10.0.0.2';
const trusted = { trustProxy: true, proxyHops: 1 };
const untrusted = { trustProxy: false, proxyHops: 1 };

describe('the client address', () => {
	it('ignores X-Forwarded-For without a trusted proxy: anyone can send it', () => {
		expect(clientAddress('192.168.1.20', '203.0.113.9', untrusted)).toBe('192.168.1.20');
		expect(clientAddress('192.168.1.20', undefined, untrusted)).toBe('192.168.1.20');
	});

	it('behind one trusted proxy, takes the address the proxy appended', () => {
		expect(clientAddress(PROXY, '203.0.113.9', trusted)).toBe('203.0.113.9');
		// What the client wrote itself, left of the proxy's entry, proves nothing.
		expect(clientAddress(PROXY, '198.51.100.1, 203.0.113.9', trusted)).toBe('203.0.113.9');
		expect(clientAddress(PROXY, ['198.51.100.1', '203.0.113.9'], trusted)).toBe('203.0.113.9');
		expect(clientAddress(PROXY, '2001:db8::7', trusted)).toBe('2001:db8::7');
	});

	it('behind several proxies, skips as many entries as there are trusted hops', () => {
		const twoHops = { trustProxy: true, proxyHops: 2 };
		expect(clientAddress(PROXY, '198.51.100.1, 203.0.113.9, 10.0.0.1', twoHops)).toBe(
			'203.0.113.9'
		);
		// Reached through the nearer proxy only: the one entry there is.
		expect(clientAddress(PROXY, '203.0.113.9', twoHops)).toBe('203.0.113.9');
	});

	it('falls back to the connection when the header is missing, empty or not an address', () => {
		expect(clientAddress(PROXY, undefined, trusted)).toBe(PROXY);
		expect(clientAddress(PROXY, '', trusted)).toBe(PROXY);
		expect(clientAddress(PROXY, ' , ', trusted)).toBe(PROXY);
		expect(clientAddress(PROXY, '203.0.113.9, unknown', trusted)).toBe(PROXY);
		expect(clientAddress(PROXY, '<script>', trusted)).toBe(PROXY);
		expect(clientAddress(undefined, undefined, trusted)).toBe('');
	});
});

describe('the client protocol', () => {
	it('is the connection’s own without a trusted proxy', () => {
		expect(clientProtocol(false, 'https', { trustProxy: false })).toBe('http');
		expect(clientProtocol(true, 'http', { trustProxy: false })).toBe('https');
	});

	it('is what the trusted proxy reports, when it is http or https', () => {
		expect(clientProtocol(false, 'https', { trustProxy: true })).toBe('https');
		expect(clientProtocol(false, 'HTTPS', { trustProxy: true })).toBe('https');
		expect(clientProtocol(false, 'http, https', { trustProxy: true })).toBe('https');
		expect(clientProtocol(true, 'http', { trustProxy: true })).toBe('http');
		expect(clientProtocol(false, 'gopher', { trustProxy: true })).toBe('http');
		expect(clientProtocol(false, undefined, { trustProxy: true })).toBe('http');
	});
});
