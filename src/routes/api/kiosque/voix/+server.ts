import { z } from 'zod';
import { localeSchema } from '$lib/domain/records';
import { refuse, requireKiosk } from '$lib/server/kiosk/api';
import { MAX_VOICE_TEXT, synthesize } from '$lib/server/kiosk/voice';
import type { RequestHandler } from './$types';

const querySchema = z.object({
	texte: z.string().trim().min(1).max(MAX_VOICE_TEXT),
	lang: localeSchema.default('fr')
});

/**
 * A text read aloud, as a WAV file, for kiosks whose browser has no voice — and for advisers,
 * whose preview ("Essayer") reads the instructions as a kiosk does.
 */
export const GET: RequestHandler = async ({ url, locals }) => {
	if (locals.user?.role !== 'adviser') requireKiosk(locals);
	const query = querySchema.safeParse(Object.fromEntries(url.searchParams));
	if (!query.success)
		return refuse(400, `texte: 1 to ${MAX_VOICE_TEXT} characters; lang: fr or en`);
	const wav = await synthesize(query.data.texte, query.data.lang);
	return new Response(wav as Uint8Array<ArrayBuffer>, {
		headers: { 'content-type': 'audio/wav', 'cache-control': 'private, max-age=86400' }
	});
};
