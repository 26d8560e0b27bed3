import { describe, expect, it } from 'vitest';
import { areaOf, areaOfRoute, homeOf, isLocalPath, safeRedirectTarget } from './areas';

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

	it('only redirects after login to a local page the role may see', () => {
		expect(safeRedirectTarget('/conseiller/campagnes/1', 'adviser')).toBe(
			'/conseiller/campagnes/1'
		);
		expect(safeRedirectTarget('https://evil.example', 'adviser')).toBe('/conseiller');
		expect(safeRedirectTarget('//evil.example', 'adviser')).toBe('/conseiller');
		expect(safeRedirectTarget('/\\evil.example', 'adviser')).toBe('/conseiller');
		expect(safeRedirectTarget('/admin', 'adviser')).toBe('/conseiller');
		expect(safeRedirectTarget(null, 'employer')).toBe('/employeur');
	});

	it('tells a path of this site from one that browsers read as another host', () => {
		expect(isLocalPath('/conseiller?x=1')).toBe(true);
		for (const target of ['//evil.example', '/\\evil.example', 'https://evil.example', '', null])
			expect(isLocalPath(target)).toBe(false);
	});
});
