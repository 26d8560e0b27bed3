import type { Locale } from '$lib/domain/records';

const LANG: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/**
 * Reads texts aloud with the Web Speech API, in the kiosk's language, when the person wants it.
 * A new text interrupts the previous one. Returns false when no voice can speak.
 */
export function createSpeaker(options: () => { enabled: boolean; locale: Locale }) {
	return (text: string): boolean => {
		const { enabled, locale } = options();
		if (!enabled || typeof speechSynthesis === 'undefined') return false;
		const voices = speechSynthesis.getVoices();
		const voice = voices.find((v) => v.lang.replace('_', '-').startsWith(LANG[locale].slice(0, 2)));
		speechSynthesis.cancel();
		const utterance = new SpeechSynthesisUtterance(text);
		utterance.lang = LANG[locale];
		utterance.rate = 0.95;
		if (voice) utterance.voice = voice;
		speechSynthesis.speak(utterance);
		return true;
	};
}
