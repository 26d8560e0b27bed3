import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import {
	applySecurityHeaders,
	secureCookiesOnlyOverHttps,
	securityHeaders
} from './security-headers';

describe('the security headers', () => {
	it('keep no copy of any response and send HSTS over https only', () => {
		expect(securityHeaders(false)['Cache-Control']).toBe('no-store');
		expect(securityHeaders(false)).not.toHaveProperty('Strict-Transport-Security');
		expect(securityHeaders(true)['Strict-Transport-Security']).toBe('max-age=31536000');
	});

	it('let a route choose its own caching, and nothing else', () => {
		const headers = new Headers({
			'cache-control': 'private, max-age=60',
			'x-frame-options': 'SAMEORIGIN'
		});
		applySecurityHeaders(headers, false);
		expect(headers.get('cache-control')).toBe('private, max-age=60');
		expect(headers.get('x-frame-options')).toBe('DENY');
		const plain = new Headers();
		applySecurityHeaders(plain, true);
		expect(plain.get('cache-control')).toBe('no-store');
		expect(plain.get('strict-transport-security')).toBe('max-age=31536000');
	});
});

describe('cookies', () => {
	function recorder() {
		const calls: { name: string; options: Record<string, unknown> }[] = [];
		const cookies = {
			set: (name: string, _value: string, options: Record<string, unknown>) =>
				calls.push({ name, options }),
			delete: (name: string, options: Record<string, unknown>) => calls.push({ name, options })
		} as unknown as Cookies;
		return { cookies, calls };
	}

	it('are Secure over https only, set or deleted, unless the call decides', () => {
		const http = recorder();
		secureCookiesOnlyOverHttps(http.cookies, false);
		http.cookies.set('lang', 'en', { path: '/' });
		http.cookies.delete('session', { path: '/' });
		http.cookies.set('forced', 'x', { path: '/', secure: true });
		expect(http.calls.map((c) => c.options.secure)).toEqual([false, false, true]);

		const https = recorder();
		secureCookiesOnlyOverHttps(https.cookies, true);
		https.cookies.set('lang', 'en', { path: '/' });
		https.cookies.delete('session', { path: '/' });
		expect(https.calls.map((c) => c.options.secure)).toEqual([true, true]);
	});
});
