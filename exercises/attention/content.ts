/**
 * Themed content of the attention exercise, as data: the product on the conveyor, what a good
 * one looks like, and its defects. Plain TypeScript, so that the kiosk does not load zod;
 * `content.schema.ts` validates it when the server loads the exercise, so that a content
 * mistake fails at start-up, not in front of a candidate.
 */

import type { ContentText } from '$lib/engine/contract';

/** A candidate-visible text, in both kiosk languages. */
export type LocalText = ContentText;

/**
 * The parts every product is drawn with, and the states each part can be drawn in. The names
 * are visual (what the drawing shows); `ok` is how a good product looks.
 */
export const PART_STATES = {
	/** Bottle cap, box flap, parcel tape. */
	closure: ['ok', 'missing', 'wrong'],
	/** Tamper ring, security sticker, parcel seal. */
	seal: ['ok', 'missing', 'broken'],
	label: ['ok', 'missing', 'torn', 'crooked'],
	/** The container itself: filled to the line, not crushed. */
	body: ['ok', 'damaged', 'low']
} as const;
export type PartId = keyof typeof PART_STATES;
export const PART_IDS = Object.keys(PART_STATES) as PartId[];

/** How one product on the conveyor is drawn. */
export type Look = { [P in PartId]: (typeof PART_STATES)[P][number] };
export const GOOD_LOOK: Look = { closure: 'ok', seal: 'ok', label: 'ok', body: 'ok' };

export interface Defect {
	id: string;
	part: PartId;
	/** A non-ok state of its part. */
	state: string;
	/** 1 = plain to see, 3 = needs a careful look. */
	subtlety: number;
	label: LocalText;
}

export interface ThemeContent {
	/** Which drawing the view uses. */
	shape: 'bottle' | 'box' | 'parcel';
	product: LocalText;
	/** Title of the workstation, e.g. "Contrôle des bouteilles". */
	station: LocalText;
	/** What a good product has, one line per part (shown on the reference card). */
	good: Record<PartId, LocalText>;
	/** At least 4, ids unique, at least 2 per subtlety level. */
	defects: Defect[];
	/** The instructions, in short plain lines (the duration line is added by the view). */
	instructions: LocalText[];
}

const t = (fr: string, en: string): LocalText => ({ fr, en });

/** Defects written one per line: `[id, part, state, subtlety, French label, English label]`. */
const defects = (...rows: [string, PartId, string, number, string, string][]) =>
	rows.map(([id, part, state, subtlety, fr, en]) => ({
		id,
		part,
		state,
		subtlety,
		label: t(fr, en)
	}));

export const ATTENTION_THEMES = ['industrie', 'soin', 'logistique'] as const;
export type AttentionTheme = (typeof ATTENTION_THEMES)[number];

export const themeContent: Record<AttentionTheme, ThemeContent> = {
	industrie: {
		shape: 'bottle',
		product: t('Bouteille', 'Bottle'),
		station: t('Contrôle des bouteilles', 'Bottle inspection'),
		good: {
			closure: t('Bouchon bleu', 'Blue cap'),
			seal: t('Bague de sécurité entière', 'Safety ring whole'),
			label: t('Étiquette droite et entière', 'Label straight and whole'),
			body: t('Remplie jusqu’au trait', 'Filled to the line')
		},
		defects: defects(
			['cap-missing', 'closure', 'missing', 1, 'bouchon absent', 'cap missing'],
			['label-missing', 'label', 'missing', 1, 'étiquette absente', 'label missing'],
			['cap-wrong', 'closure', 'wrong', 2, 'mauvais bouchon', 'wrong cap'],
			['label-torn', 'label', 'torn', 2, 'étiquette déchirée', 'torn label'],
			['seal-broken', 'seal', 'broken', 3, 'bague cassée', 'broken ring'],
			['label-crooked', 'label', 'crooked', 3, 'étiquette de travers', 'crooked label'],
			['fill-low', 'body', 'low', 3, 'pas assez remplie', 'not filled enough']
		),
		instructions: [
			t(
				'Des bouteilles passent sur le tapis, une à la fois.',
				'Bottles go by on the belt, one at a time.'
			),
			t('Presque toutes sont bonnes.', 'Almost all of them are good.'),
			t(
				'Parfois, une bouteille a un défaut : bouchon, bague, étiquette ou niveau.',
				'Sometimes a bottle has a defect: cap, ring, label or level.'
			),
			t('Vous voyez un défaut ? Touchez « Rejeter ».', 'You see a defect? Touch “Reject”.'),
			t('La bouteille est bonne ? Ne touchez rien.', 'The bottle is good? Touch nothing.')
		]
	},
	soin: {
		shape: 'box',
		product: t('Boîte de médicament', 'Medicine box'),
		station: t('Contrôle des boîtes de médicament', 'Medicine box inspection'),
		good: {
			closure: t('Boîte bien fermée', 'Box closed'),
			seal: t('Pastille de sécurité verte', 'Green safety sticker'),
			label: t('Étiquette droite et entière', 'Label straight and whole'),
			body: t('Boîte en bon état', 'Box in good shape')
		},
		defects: defects(
			['box-open', 'closure', 'missing', 1, 'boîte ouverte', 'box open'],
			['label-missing', 'label', 'missing', 1, 'étiquette absente', 'label missing'],
			['seal-missing', 'seal', 'missing', 2, 'pastille absente', 'sticker missing'],
			['label-torn', 'label', 'torn', 2, 'étiquette déchirée', 'torn label'],
			['box-crushed', 'body', 'damaged', 2, 'boîte écrasée', 'crushed box'],
			['seal-broken', 'seal', 'broken', 3, 'pastille déchirée', 'torn sticker'],
			['label-crooked', 'label', 'crooked', 3, 'étiquette de travers', 'crooked label']
		),
		instructions: [
			t(
				'Des boîtes de médicament passent sur le tapis, une à la fois.',
				'Medicine boxes go by on the belt, one at a time.'
			),
			t('Presque toutes sont bonnes.', 'Almost all of them are good.'),
			t(
				'Parfois, une boîte a un défaut : ouverte, pastille, étiquette, écrasée.',
				'Sometimes a box has a defect: open, sticker, label, crushed.'
			),
			t('Vous voyez un défaut ? Touchez « Rejeter ».', 'You see a defect? Touch “Reject”.'),
			t('La boîte est bonne ? Ne touchez rien.', 'The box is good? Touch nothing.')
		]
	},
	logistique: {
		shape: 'parcel',
		product: t('Colis', 'Parcel'),
		station: t('Contrôle des colis', 'Parcel inspection'),
		good: {
			closure: t('Scotch bien collé', 'Tape well stuck'),
			seal: t('Scellé rouge entier', 'Red seal whole'),
			label: t('Étiquette droite et entière', 'Label straight and whole'),
			body: t('Carton en bon état', 'Box in good shape')
		},
		defects: defects(
			['tape-missing', 'closure', 'missing', 1, 'scotch absent', 'tape missing'],
			['label-missing', 'label', 'missing', 1, 'étiquette absente', 'label missing'],
			['box-crushed', 'body', 'damaged', 2, 'carton écrasé', 'crushed box'],
			['label-torn', 'label', 'torn', 2, 'étiquette déchirée', 'torn label'],
			['tape-loose', 'closure', 'wrong', 3, 'scotch décollé', 'tape coming off'],
			['seal-broken', 'seal', 'broken', 3, 'scellé cassé', 'broken seal'],
			['label-crooked', 'label', 'crooked', 3, 'étiquette de travers', 'crooked label']
		),
		instructions: [
			t(
				'Des colis passent sur le tapis, un à la fois.',
				'Parcels go by on the belt, one at a time.'
			),
			t('Presque tous sont bons.', 'Almost all of them are good.'),
			t(
				'Parfois, un colis a un défaut : scotch, scellé, étiquette, carton.',
				'Sometimes a parcel has a defect: tape, seal, label, box.'
			),
			t('Vous voyez un défaut ? Touchez « Rejeter ».', 'You see a defect? Touch “Reject”.'),
			t('Le colis est bon ? Ne touchez rien.', 'The parcel is good? Touch nothing.')
		]
	}
};

/** The defect of a theme with this id, if any. */
export function findDefect(theme: AttentionTheme, id: string): Defect | undefined {
	return themeContent[theme].defects.find((d) => d.id === id);
}

export interface Level {
	/** Time each test item stays under the inspection light. */
	itemMs: number;
	/** Practice goes slower so that the person can learn the defects. */
	practiceItemMs: number;
	/** Share of defective items in the test sequence (8–12 %: rare signals). */
	defectRate: number;
	/** Which defect subtleties (1–3) this difficulty draws from. */
	subtleties: number[];
}

/**
 * Difficulty 1–3: faster pace, rarer defects (rarer signals are harder to keep watching for)
 * and subtler defects.
 */
export const levels: Record<1 | 2 | 3, Level> = {
	1: { itemMs: 1800, practiceItemMs: 3600, defectRate: 0.12, subtleties: [1] },
	2: { itemMs: 1500, practiceItemMs: 3000, defectRate: 0.1, subtleties: [1, 2] },
	3: { itemMs: 1200, practiceItemMs: 2600, defectRate: 0.08, subtleties: [2, 3] }
};

export function levelFor(difficulty: number): Level {
	return levels[Math.min(3, Math.max(1, Math.round(difficulty))) as 1 | 2 | 3];
}

/**
 * How long each test product stays under the light for a person with this time multiplier.
 * Extra time slows the belt: the same products and defects, each seen for longer, rather than
 * a longer vigil (which would make the task harder, not easier).
 */
export function testItemMs(difficulty: number, timeMultiplier = 1): number {
	return Math.round(levelFor(difficulty).itemMs * timeMultiplier);
}

/** Texts of the workstation shared by every theme. `{name}` is filled in by the view. */
export const stationTexts = {
	reject: t('Rejeter', 'Reject'),
	reference: t('Produit bon', 'Good product'),
	bin: t('Bac de rejet', 'Reject bin'),
	rejected: t('Rejeté', 'Rejected'),
	lot: t('Lot', 'Lot'),
	duration: t(
		'Cela dure environ {minutes} minutes. Gardez votre attention jusqu’à la fin.',
		'It lasts about {minutes} minutes. Keep your attention to the end.'
	),
	hit: t('Bien vu : {defect}.', 'Well spotted: {defect}.'),
	miss: t(
		'Il y avait un défaut : {defect}. Il fallait rejeter.',
		'There was a defect: {defect}. You had to reject it.'
	),
	falseAlarm: t(
		'Pas de défaut ici. Laissez passer les produits bons.',
		'No defect here. Let good products go by.'
	),
	demoGood: t('Bon : ne touchez rien', 'Good: touch nothing'),
	demoDefect: t('Défaut : rejetez', 'Defect: reject')
} satisfies Record<string, LocalText>;
