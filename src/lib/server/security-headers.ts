/** Headers every response carries: set by the `secure` hook, and by the direct events endpoint. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'same-origin',
	'X-Frame-Options': 'DENY',
	'Permissions-Policy': 'camera=(), geolocation=(), microphone=()'
};
