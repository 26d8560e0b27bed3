import ESpeakNg from 'espeak-ng';
import type { Locale } from '$lib/domain/records';

/**
 * Spoken instructions for kiosks whose browser has no voice in the person's language: eSpeak NG
 * (compiled to WebAssembly, so nothing to install on the server) renders the text as a WAV file.
 * Results are kept in a small in-process cache: the same instructions are read to every person.
 */
export const MAX_VOICE_TEXT = 600;

const VOICES: Record<Locale, string> = { fr: 'fr', en: 'en-gb' };
const CACHE_SIZE = 200;
const cache = new Map<string, Promise<Uint8Array>>();

async function render(text: string, locale: Locale): Promise<Uint8Array> {
	const espeak = await ESpeakNg({
		// `--` ends the options: a text starting with `-` is read aloud, never taken as one.
		arguments: ['-v', VOICES[locale], '-s', '145', '-w', '/voice.wav', '--', text],
		print: () => {},
		printErr: () => {}
	});
	return espeak.FS.readFile('/voice.wav') as Uint8Array;
}

/**
 * The text read aloud as a WAV file, from the cache when the same text (spaces aside) was read
 * before in this language. The text is only ever data for eSpeak.
 */
export function synthesize(text: string, locale: Locale): Promise<Uint8Array> {
	const spoken = text.replace(/\s+/g, ' ').trim();
	const key = `${locale}:${spoken}`;
	let wav = cache.get(key);
	if (!wav) {
		wav = render(spoken, locale);
		cache.set(key, wav);
		wav.catch(() => cache.delete(key));
		if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
	}
	return wav;
}
