import { z } from 'zod';
import { localeSchema } from '$lib/domain/records';
import { database } from '$lib/server/db/instance';
import { refuse, requireKioskRead } from '$lib/server/kiosk/api';
import { hitRate, VOICE_RATE } from '$lib/server/kiosk/rate-limit';
import { MAX_VOICE_TEXT, synthesize } from '$lib/server/kiosk/voice';
import type { RequestHandler } from './$types';

const querySchema = z.object({
	texte: z.string().trim().min(1).max(MAX_VOICE_TEXT),
	lang: localeSchema.default('fr')
});

/**
 * A text read aloud, as a WAV file, for kiosks whose browser has no voice — and for advisers,
 * whose preview ("Essayer") reads the instructions as a kiosk does. Limited per kiosk (or
 * adviser): `VOICE_RATE`.
 */
export const GET: RequestHandler = async ({ url, locals }) => {
	const db = database();
	if (locals.user?.role === 'adviser') {
		if (!(await hitRate(db, VOICE_RATE, `user:${locals.user.id}`)))
			return refuse(429, 'Too many texts read aloud: try again in a minute.');
	} else await requireKioskRead(db, locals, VOICE_RATE);
	const query = querySchema.safeParse(Object.fromEntries(url.searchParams));
	if (!query.success)
		return refuse(400, `texte: 1 to ${MAX_VOICE_TEXT} characters; lang: fr or en`);
	const wav = await synthesize(query.data.texte, query.data.lang);
	return new Response(wav as Uint8Array<ArrayBuffer>, {
		headers: { 'content-type': 'audio/wav', 'cache-control': 'private, max-age=86400' }
	});
};
