import type { Locale } from '$lib/domain/records';
import type { SessionUser } from '$lib/server/auth/sessions';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** The staff member logged in, or null (kiosk users never log in). */
			user: SessionUser | null;
			locale: Locale;
			/** The client's address, for login throttling and the audit log. */
			ip: string;
			/** On kiosk routes: the attempt this kiosk is bound to (by its cookie), or null. */
			kioskAttemptId: string | null;
		}
	}
}

export {};
