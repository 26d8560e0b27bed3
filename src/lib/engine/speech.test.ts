import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSpeaker } from './speech';

describe('speaker', () => {
	let frames: FrameRequestCallback[];
	let played: string[];

	beforeEach(() => {
		vi.useFakeTimers();
		frames = [];
		played = [];
		vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.push(frame));
		vi.stubGlobal(
			'Audio',
			class {
				src = '';
				pause() {}
				play() {
					played.push(this.src);
					return Promise.resolve();
				}
			}
		);
	});
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});

	it('starts reading only once the screen that asked for it is painted', () => {
		const speak = createSpeaker(() => ({ enabled: true, locale: 'fr' }));
		expect(speak('Bonne réponse')).toBe('audio');
		vi.advanceTimersByTime(0);
		expect(played).toEqual([]);
		frames.splice(0).forEach((frame) => frame(0));
		vi.advanceTimersByTime(0);
		expect(played).toHaveLength(1);
		expect(decodeURIComponent(played[0]!.replace(/\+/g, ' '))).toContain('texte=Bonne réponse');
	});

	it('reads nothing when spoken instructions are off', () => {
		const speak = createSpeaker(() => ({ enabled: false, locale: 'fr' }));
		expect(speak('Bonjour')).toBe('off');
		frames.splice(0).forEach((frame) => frame(0));
		vi.advanceTimersByTime(300);
		expect(played).toEqual([]);
	});
});
