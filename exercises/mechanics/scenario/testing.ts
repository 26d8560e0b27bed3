import type { ContentText } from '$lib/engine/contract';
import {
	offered,
	type ReplyContent,
	type ScenarioContent,
	type TurnContent
} from './scenes.server';

const t = (fr: string): ContentText => ({ fr, en: fr });

/** Four replies: full (earns both), half (earns `a`, from 2), poor, wrong (up to 2). */
function turn(id: string, engages: [string, string], next?: { good: string; bad: string }) {
	const replies: ReplyContent[] = [
		{ text: t(`${id} full`), earns: engages, next: next?.good },
		{ text: t(`${id} half`), earns: [engages[0]], next: next?.good, from: 2 },
		{ text: t(`${id} poor`), earns: [], next: next?.bad },
		{ text: t(`${id} wrong`), earns: [], next: next?.bad, until: 2 }
	];
	return { id, other: t(`${id} says`), engages, replies } satisfies TurnContent;
}

/**
 * A small hand-made content for tests: three scenes of two turns, over dimensions a, b, c.
 * Each scene: `open` (a, b) leads to `calm` (a, c) after the full or half reply, to `tense`
 * (b, c) after the others.
 */
export function sampleContent(): ScenarioContent {
	const scene = (id: string) => ({
		id,
		who: t(`${id} who`),
		turns: [
			turn('open', ['a', 'b'], { good: 'calm', bad: 'tense' }),
			turn('calm', ['a', 'c']),
			turn('tense', ['b', 'c'])
		]
	});
	return {
		place: 'shop',
		consigne: [t('Écoutez.'), t('Répondez.')],
		practice: [
			{
				who: t('p who'),
				other: t('p says'),
				replies: [{ text: t('p good'), best: true }, { text: t('p bad') }, { text: t('p worse') }],
				why: t('p why')
			}
		],
		scenes: [scene('one'), scene('two'), scene('three')]
	};
}

export const SAMPLE_DIMENSIONS = ['a', 'b', 'c'] as const;

/**
 * The share of an exercise's turns whose full reply (earning both dimensions) is the longest of
 * those offered at `difficulty`: near 1, length alone would give the key away.
 */
export function fullReplyLongestShare(
	contents: readonly ScenarioContent[],
	difficulty = 2
): number {
	const turns = contents.flatMap((c) => c.scenes.flatMap((s) => s.turns));
	const longest = turns.filter((t) => {
		const replies = offered(t, difficulty);
		const max = Math.max(...replies.map((r) => r.text.fr.length));
		return replies.find((r) => r.earns.length === 2)!.text.fr.length === max;
	});
	return longest.length / turns.length;
}
