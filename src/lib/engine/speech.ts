import type { Locale } from '$lib/domain/records';
import { afterPaint } from './after-paint';

const LANG: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

let player: HTMLAudioElement | undefined;

function stopAll(): void {
	if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
	player?.pause();
}

function browserVoice(locale: Locale): SpeechSynthesisVoice | undefined {
	if (typeof speechSynthesis === 'undefined') return undefined;
	const lang = LANG[locale].slice(0, 2);
	return speechSynthesis.getVoices().find((v) => v.lang.replace('_', '-').startsWith(lang));
}

/**
 * Reads texts aloud, in the kiosk's language, when the person wants it: with the browser's own
 * voice (Web Speech API) when it has one for the language, otherwise with an audio file the
 * server generates. A new text interrupts the previous one. Returns how it was read.
 */
export function createSpeaker(options: () => { enabled: boolean; locale: Locale }) {
	return (text: string): 'voice' | 'audio' | 'off' => {
		const { enabled, locale } = options();
		if (!enabled) return 'off';
		const voice = browserVoice(locale);
		// Starting a voice or an audio file costs the main thread: it waits until the screen that
		// asked for it (often a tap's answer, such as practice feedback) is painted.
		afterPaint(() => {
			stopAll();
			if (voice) {
				const utterance = new SpeechSynthesisUtterance(text);
				utterance.lang = LANG[locale];
				utterance.rate = 0.95;
				utterance.voice = voice;
				speechSynthesis.speak(utterance);
				return;
			}
			player ??= new Audio();
			player.src = `/api/kiosque/voix?${new URLSearchParams({ lang: locale, texte: text.slice(0, 600) })}`;
			player.play().catch(() => {
				// Autoplay refused before the first touch: "Réécouter" will play it.
			});
		});
		return voice ? 'voice' : 'audio';
	};
}
