import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { CODE_ALPHABET } from '$lib/domain/records';

export function newId(): string {
	return randomUUID();
}

/** A random code over the unambiguous alphabet (kiosk codes, anonymous employee codes). */
export function newCode(length: number): string {
	let code = '';
	for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
	return code;
}

/** An unguessable token for cookies (256 bits). */
export function newToken(): string {
	return randomBytes(32).toString('base64url');
}

export function nowIso(now: Date = new Date()): string {
	return now.toISOString();
}
