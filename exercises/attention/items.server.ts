/**
 * Deterministic item generation: the same config and seed always give the same practice and
 * test sequence. The answer key (which items are defective) stays on the server.
 */
import type { RunSetup } from '$lib/engine/contract';
import { stratifiedDeal } from '$lib/engine/forms';
import { createRng, type Rng } from '$lib/engine/random';
import type {
	AttentionConfig,
	AttentionItem,
	AttentionPayload,
	PracticeItem
} from './config.schema';
import { GOOD_LOOK, levelFor, testItemMs, themeContent, type Defect, type Look } from './content';

/** A test item with its answer: the defect id, or null for a good product. */
export interface KeyedItem extends AttentionItem {
	defect: string | null;
}

export interface AttentionSequence {
	practice: PracticeItem[];
	items: KeyedItem[];
}

/** EXERCISES.md: 2–4 practice items. */
const PRACTICE_LENGTH = 4;
/**
 * Practice products are drawn 8 at a time and the first 4 are shown: drawing the same 8 as
 * before keeps every seed's test sequence unchanged, so stored runs rescore the same.
 */
const PRACTICE_DRAWN = 8;
/**
 * Defect positions among the 8 drawn: never first, never two in a row. The 4 shown hold one or
 * two defects, so the feedback covers both catching a defect and letting a good product go.
 */
const PRACTICE_PATTERNS = [
	[1, 4, 6],
	[2, 4, 7],
	[1, 3, 6],
	[2, 5, 7]
] as const;

const lookOf = (defect: Defect | null): Look =>
	defect ? { ...GOOD_LOOK, [defect.part]: defect.state } : GOOD_LOOK;

const lotNumber = (rng: Rng) => String(rng.int(1000, 9999));

/**
 * One defect per equal segment of the sequence, at a random place inside it: defects stay
 * rare and unpredictable, yet spread evenly, so that the first and last thirds can be compared.
 * Segment edges are avoided when there is room, so that two defects are never adjacent.
 */
export function defectPositions(rng: Rng, length: number, rate: number): number[] {
	const count = Math.min(length, Math.max(1, Math.round(length * rate)));
	const segment = length / count;
	return Array.from({ length: count }, (_, i) => {
		const start = Math.floor(i * segment);
		const end = Math.floor((i + 1) * segment) - 1;
		const lo = end - start >= 2 ? start + 1 : start;
		const hi = end - start >= 3 ? end - 1 : end;
		return rng.int(lo, hi);
	});
}

/** Cycles through the defect kinds in shuffled rounds, so that every kind appears as often. */
function defectDealer(rng: Rng, pool: Defect[]): () => Defect {
	let round: Defect[] = [];
	return () => {
		if (round.length === 0) round = rng.shuffle(pool);
		return round.pop()!;
	};
}

/**
 * The current form rule (see `ExerciseServer.formVersion`). 1: the test's defect kinds were
 * dealt on from the practice's rounds, so a kind could come once more or less than another
 * depending on the seed; 2: the test's defects are shared evenly among the kinds, the first
 * kinds of the theme's list taking the rest, and only their order is drawn.
 */
export const FORM_VERSION = 2;

export function generateSequence({
	config,
	seed,
	formVersion = FORM_VERSION
}: RunSetup<AttentionConfig>): AttentionSequence {
	const rng = createRng(seed);
	const level = levelFor(config.difficulty);
	const pool = themeContent[config.theme].defects.filter((d) =>
		level.subtleties.includes(d.subtlety)
	);
	const deal = defectDealer(rng, pool);

	const pattern: readonly number[] = rng.pick(PRACTICE_PATTERNS);
	const drawn = Array.from({ length: PRACTICE_DRAWN }, (_, i): PracticeItem => {
		const defect = pattern.includes(i) ? deal() : null;
		return {
			key: `p${i + 1}`,
			lot: lotNumber(rng),
			look: lookOf(defect),
			defect: defect?.id ?? null
		};
	});
	const practice = drawn.slice(0, PRACTICE_LENGTH);

	const positions = new Set(defectPositions(rng, config.itemCount, level.defectRate));
	const kinds = formVersion === 1 ? null : stratifiedDeal(rng, pool, positions.size);
	const items = Array.from({ length: config.itemCount }, (_, i): KeyedItem => {
		const defect = positions.has(i) ? (kinds ? kinds.pop()! : deal()) : null;
		return {
			key: `t${i + 1}`,
			lot: lotNumber(rng),
			look: lookOf(defect),
			defect: defect?.id ?? null
		};
	});
	return { practice, items };
}

/** The kiosk payload: practice with its answers (for feedback), test items without. */
export function prepare(setup: RunSetup<AttentionConfig>): AttentionPayload {
	const { practice, items } = generateSequence(setup);
	return {
		itemMs: testItemMs(setup.config.difficulty, setup.timeMultiplier),
		practice,
		items: items.map(({ defect: _defect, ...item }) => item)
	};
}
