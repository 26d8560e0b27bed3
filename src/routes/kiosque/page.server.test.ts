import { isRedirect } from '@sveltejs/kit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CODE_ALPHABET } from '$lib/domain/kiosk-code';
import type { Db } from '$lib/server/db';
import {
	CODE_FAILURES_PER_ADDRESS,
	CODE_FAILURES_PER_DEVICE
} from '$lib/server/kiosk/code-throttle';
import { testDatabases } from '$lib/server/testing/db';
import { makeAttempt } from '$lib/server/testing/factories';
import type { RequestEvent } from './$types';

const current: { db?: Db } = {};
vi.mock('$lib/server/db/instance', () => ({ database: () => current.db }));
const { actions } = await import('./+page.server');

/** A tablet: its cookies persist from one post to the next. */
function tablet(ip = '10.0.0.1') {
	const jar = new Map<string, string>();
	const cookies = {
		get: (name: string) => jar.get(name),
		set: (name: string, value: string) => void jar.set(name, value)
	};
	return async (code: string): Promise<number> => {
		const form = new FormData();
		form.set('code', code);
		try {
			const result = await actions.default({
				request: new Request('http://kiosk/kiosque', { method: 'POST', body: form }),
				cookies,
				locals: { ip },
				url: new URL('http://kiosk/kiosque')
			} as unknown as RequestEvent);
			return (result as { status: number }).status;
		} catch (e) {
			if (isRedirect(e)) return e.status;
			throw e;
		}
	};
}

describe.each(testDatabases())('the kiosk code screen [$name]', ({ open }) => {
	let code: string;
	beforeEach(async () => {
		current.db = await open();
		code = (await makeAttempt(current.db)).kioskCode;
	});
	afterEach(async () => current.db!.destroy());

	/** A well-formed code that opens nothing (a real code is drawn at random: never this one). */
	const wrong = (i: number) =>
		`WWWW${[...String(i).padStart(4, '0')].map((d) => CODE_ALPHABET[Number(d)]).join('')}`;

	it('slows down one tablet guessing, without blocking the room that shares its address', async () => {
		const guesser = tablet();
		for (let i = 0; i < CODE_FAILURES_PER_DEVICE; i++) expect(await guesser(wrong(i))).toBe(400);
		expect(await guesser(wrong(99))).toBe(400);
		expect(await guesser(code)).toBe(429);
		// Another tablet of the room opens its code.
		expect(await tablet()(code)).toBe(303);
	});

	it('a valid code does not reset the limit of an address', async () => {
		// Guesses from ever new devices (a script dropping the cookie) meet the address's limit.
		for (let i = 0; i < CODE_FAILURES_PER_ADDRESS - 1; i++) await tablet()(wrong(i));
		expect(await tablet()(code)).toBe(303);
		expect(await tablet()(wrong(1))).toBe(400);
		expect(await tablet()(wrong(2))).toBe(400);
		expect(await tablet()(code)).toBe(429);
	});
});
