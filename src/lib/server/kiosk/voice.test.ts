import { describe, expect, it } from 'vitest';
import { synthesize } from './voice';

describe('spoken instructions without a browser voice', () => {
	it('renders French text as a WAV file, and reuses it', async () => {
		const wav = await synthesize('Posez chaque colis dans le bon bac.', 'fr');
		expect(new TextDecoder().decode(wav.slice(0, 4))).toBe('RIFF');
		expect(new TextDecoder().decode(wav.slice(8, 12))).toBe('WAVE');
		// 16-bit mono at 22 050 Hz: about a second of speech or more.
		expect(wav.length).toBeGreaterThan(44_100);
		expect(await synthesize('Posez chaque colis dans le bon bac.', 'fr')).toBe(wav);
	});

	it('speaks English too', async () => {
		const wav = await synthesize('Put each parcel in the right bin.', 'en');
		expect(wav.length).toBeGreaterThan(44_100);
	});

	it('reads a text starting with a dash aloud: never an option of eSpeak', async () => {
		for (const text of ['-h', '--version', '-w /etc/passwd']) {
			const wav = await synthesize(text, 'fr');
			expect(new TextDecoder().decode(wav.slice(0, 4))).toBe('RIFF');
		}
	});

	it('caches by text: the same words, spaced differently, are rendered once', async () => {
		const wav = await synthesize('Rangez  le colis.', 'fr');
		expect(await synthesize(' Rangez le\ncolis. ', 'fr')).toBe(wav);
	});
});
