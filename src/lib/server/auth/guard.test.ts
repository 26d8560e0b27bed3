import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import type { Role } from '$lib/domain/records';
import { requireRole, requireStaff } from './guard';

function locals(role: Role | null): App.Locals {
	return {
		user: role
			? {
					id: 'u1',
					email: 'u@test.example',
					name: 'U',
					role,
					agency_id: null,
					company_id: null,
					locale: 'fr'
				}
			: null,
		locale: 'fr',
		ip: '127.0.0.1',
		kioskAttemptId: null
	};
}

function thrown(fn: () => unknown): unknown {
	try {
		fn();
	} catch (e) {
		return e;
	}
	return undefined;
}

describe('requireRole', () => {
	it('returns the user whose role it is', () => {
		expect(requireRole(locals('adviser'), 'adviser').id).toBe('u1');
	});

	it('sends a visitor to the login page', () => {
		const e = thrown(() => requireRole(locals(null), 'admin'));
		expect(isRedirect(e) && e.status === 303 && e.location).toBe('/connexion');
	});

	it('refuses every other role with a 403', () => {
		for (const role of ['employer', 'admin'] as const) {
			const e = thrown(() => requireRole(locals(role), 'adviser'));
			expect(isHttpError(e) && e.status).toBe(403);
		}
	});
});

describe('requireStaff', () => {
	it('returns any logged-in staff member', () => {
		for (const role of ['adviser', 'employer', 'admin'] as const)
			expect(requireStaff(locals(role)).role).toBe(role);
	});

	it('sends a visitor to the login page', () => {
		const e = thrown(() => requireStaff(locals(null)));
		expect(isRedirect(e) && e.status === 303 && e.location).toBe('/connexion');
	});
});
