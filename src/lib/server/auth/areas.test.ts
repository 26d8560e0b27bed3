import { describe, expect, it } from 'vitest';
import { areaOf, areaOfRoute, homeOf, localPath, safeRedirectTarget } from './areas';

describe('staff areas', () => {
	it('maps each path to the role allowed in it', () => {
		expect(areaOf('/conseiller')?.role).toBe('adviser');
		expect(areaOf('/conseiller/campagnes/x')?.role).toBe('adviser');
		expect(areaOf('/employeur/x')?.role).toBe('employer');
		expect(areaOf('/admin')?.role).toBe('admin');
		expect(areaOf('/administration')).toBeUndefined();
		expect(areaOf('/connexion')).toBeUndefined();
	});

	it('maps the route the router resolved, whatever spelling reached it', () => {
		expect(areaOfRoute('/(staff)/admin')?.role).toBe('admin');
		expect(areaOfRoute('/(staff)/admin/journal')?.role).toBe('admin');
		expect(areaOfRoute('/(staff)/conseiller/campagnes/[id]/export.csv')?.role).toBe('adviser');
		expect(areaOfRoute('/(staff)/employeur/candidats/[attemptId]')?.role).toBe('employer');
		expect(areaOfRoute('/(staff)/connexion')).toBeUndefined();
		expect(areaOfRoute('/(staff)')).toBeUndefined();
		expect(areaOfRoute('/kiosque/passation')).toBeUndefined();
		expect(areaOfRoute(null)).toBeUndefined();
	});

	it('sends each role home', () => {
		expect(homeOf('adviser')).toBe('/conseiller');
		expect(homeOf('employer')).toBe('/employeur');
		expect(homeOf('admin')).toBe('/admin');
	});

	const ORIGIN = 'http://192.168.1.10:3000';

	it('only redirects after login to a local page the role may see', () => {
		expect(safeRedirectTarget('/conseiller/campagnes/1', 'adviser', ORIGIN)).toBe(
			'/conseiller/campagnes/1'
		);
		expect(safeRedirectTarget('/conseiller?x=1#y', 'adviser', ORIGIN)).toBe('/conseiller?x=1#y');
		expect(safeRedirectTarget(`${ORIGIN}/conseiller/a`, 'adviser', ORIGIN)).toBe('/conseiller/a');
		expect(safeRedirectTarget('https://evil.example', 'adviser', ORIGIN)).toBe('/conseiller');
		expect(safeRedirectTarget('//evil.example', 'adviser', ORIGIN)).toBe('/conseiller');
		expect(safeRedirectTarget('/\t/evil.example', 'adviser', ORIGIN)).toBe('/conseiller');
		expect(safeRedirectTarget('/admin', 'adviser', ORIGIN)).toBe('/conseiller');
		expect(safeRedirectTarget('/\t/admin', 'adviser', ORIGIN)).toBe('/conseiller');
		expect(safeRedirectTarget(null, 'employer', ORIGIN)).toBe('/employeur');
	});

	// Every spelling a browser follows to another host, as a redirectTo would carry it decoded.
	const OFF_SITE = [
		'//evil.example',
		'/\t/evil.example',
		'/\n/evil.example',
		'/\r/evil.example',
		'/\r\n/evil.example',
		'\t//evil.example',
		' //evil.example',
		'/\\evil.example',
		'\\\\evil.example',
		'\\/evil.example',
		'/\\/evil.example',
		'/\t\\evil.example',
		'//evil.example/conseiller',
		'///evil.example',
		'https://evil.example',
		'https:evil.example',
		'https:/evil.example',
		'http:\\\\evil.example',
		'HTTPS://evil.example',
		'http://192.168.1.10:3000@evil.example',
		'http://192.168.1.10:3001/',
		'https://192.168.1.10:3000/',
		'javascript:alert(1)',
		'java\tscript:alert(1)',
		'JavaScript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'blob:http://192.168.1.10:3000/x',
		'ftp://evil.example',
		'mailto:a@evil.example',
		'http://[::1',
		'',
		null
	];

	it.each(OFF_SITE)('refuses %j as a target on this site', (target) => {
		expect(localPath(target, ORIGIN)).toBeNull();
		expect(safeRedirectTarget(target, 'adviser', ORIGIN)).toBe('/conseiller');
	});

	it.each([
		['/conseiller', '/conseiller'],
		['/conseiller?x=1', '/conseiller?x=1'],
		// Encoded slashes stay one path segment: a browser does not read them as a host.
		['/%2F/evil.example', '/%2F/evil.example'],
		['/%5C/evil.example', '/%5C/evil.example'],
		['/%09/evil.example', '/%09/evil.example'],
		// Line breaks are dropped, as a browser drops them: the Location header stays valid.
		['/conseiller\r\nSet-Cookie: x=1', '/conseillerSet-Cookie:%20x=1'],
		['/a\nb', '/ab'],
		['/a/../b', '/b'],
		['/é', '/%C3%A9']
	])('keeps %j on this site as %j', (target, path) => {
		expect(localPath(target, ORIGIN)).toBe(path);
	});
});
